"""Generate the eighteenth blind personal-data evaluation set (stdlib only, deterministic)."""

import datetime as dt
import hashlib
import ipaddress
import json
import re
import string
import random
from pathlib import Path

SEED = 20261224
R = random.Random(SEED)
OUT = Path(__file__).with_name("personal_data_eighteenth.jsonl")

LANG_RAW = """
en|Phone|Mobile|Email|You can reach me at|Hi|Thanks|wrote|My new number is
fr|Téléphone|Portable|Courriel|Vous pouvez me joindre au|Bonjour|Merci|a écrit|Mon nouveau numéro est le
de|Telefon|Handy|E-Mail|Sie erreichen mich unter|Hallo|Danke|schrieb|Meine neue Nummer ist
es|Teléfono|Móvil|Correo|Puedes llamarme al|Hola|Gracias|escribió|Mi nuevo número es el
pt|Telefone|Celular|E-mail|Pode ligar para|Olá|Obrigado|escreveu|O meu número novo é
it|Telefono|Cellulare|E-mail|Puoi chiamarmi al|Ciao|Grazie|ha scritto|Il mio nuovo numero è
nl|Telefoon|Mobiel|E-mail|Je kunt me bereiken op|Hoi|Bedankt|schreef|Mijn nieuwe nummer is
sv|Telefon|Mobil|E-post|Du når mig på|Hej|Tack|skrev|Mitt nya nummer är
no|Telefon|Mobil|E-post|Du kan ringe meg på|Hei|Takk|skrev|Mitt nye nummer er
da|Telefon|Mobil|E-mail|Du kan ringe til mig på|Hej|Tak|skrev|Mit nye nummer er
fi|Puhelin|Matkapuhelin|Sähköposti|Minut tavoittaa numerosta|Hei|Kiitos|kirjoitti|Uusi numeroni on
is|Sími|Farsími|Netfang|Hægt er að hringja í|Hæ|Takk|skrifaði|Nýja númerið mitt er
pl|Telefon|Komórka|E-mail|Proszę dzwonić pod numer|Cześć|Dziękuję|napisał(a)|Mój nowy numer to
cs|Telefon|Mobil|E-mail|Zavolejte mi na číslo|Ahoj|Díky|napsal(a)|Moje nové číslo je
sk|Telefón|Mobil|E-mail|Zavolajte mi na číslo|Ahoj|Vďaka|napísal(a)|Moje nové číslo je
hu|Telefon|Mobil|E-mail|Hívjon ezen a számon:|Szia|Köszönöm|írta|Az új számom:
ro|Telefon|Mobil|E-mail|Mă puteți suna la|Salut|Mulțumesc|a scris|Noul meu număr este
bg|Телефон|Мобилен|Имейл|Можете да ми се обадите на|Здравей|Благодаря|написа|Новият ми номер е
hr|Telefon|Mobitel|E-pošta|Nazovite me na|Bok|Hvala|je napisao|Moj novi broj je
sr|Телефон|Мобилни|Е-пошта|Позовите ме на|Здраво|Хвала|је написао|Мој нови број је
sl|Telefon|Mobitel|E-pošta|Pokličite me na|Živjo|Hvala|je napisal|Moja nova številka je
uk|Телефон|Мобільний|Ел. пошта|Телефонуйте мені за номером|Привіт|Дякую|пише|Мій новий номер
ru|Телефон|Мобильный|Эл. почта|Звоните мне по номеру|Привет|Спасибо|пишет|Мой новый номер
el|Τηλέφωνο|Κινητό|Email|Καλέστε με στο|Γεια σου|Ευχαριστώ|έγραψε|Το νέο μου νούμερο είναι
tr|Telefon|Cep|E-posta|Beni şu numaradan arayabilirsin:|Merhaba|Teşekkürler|yazdı|Yeni numaram
he|טלפון|נייד|דוא״ל|אפשר להתקשר אליי במספר|שלום|תודה|כתב|המספר החדש שלי
ar|هاتف|جوال|البريد الإلكتروني|يمكنك الاتصال بي على|مرحبا|شكرا|كتب|رقمي الجديد هو
fa|تلفن|موبایل|ایمیل|با این شماره تماس بگیرید|سلام|ممنون|نوشت|شماره جدید من
hi|फ़ोन|मोबाइल|ईमेल|मुझे इस नंबर पर कॉल करें|नमस्ते|धन्यवाद|ने लिखा|मेरा नया नंबर है
bn|ফোন|মোবাইল|ইমেইল|আমাকে এই নম্বরে কল করুন|নমস্কার|ধন্যবাদ|লিখেছেন|আমার নতুন নম্বর
ur|فون|موبائل|ای میل|مجھے اس نمبر پر کال کریں|السلام علیکم|شکریہ|نے لکھا|میرا نیا نمبر ہے
ta|தொலைபேசி|கைபேசி|மின்னஞ்சல்|இந்த எண்ணில் அழைக்கவும்|வணக்கம்|நன்றி|எழுதினார்|என் புதிய எண்
ne|फोन|मोबाइल|इमेल|यो नम्बरमा फोन गर्नुहोस्|नमस्ते|धन्यवाद|लेख्नुभयो|मेरो नयाँ नम्बर
si|දුරකථනය|ජංගම|විද්‍යුත් තැපෑල|මෙම අංකයට අමතන්න|ආයුබෝවන්|ස්තූතියි|ලිව්වා|මගේ අලුත් අංකය
zh|电话|手机|邮箱|请打我电话|你好|谢谢|写道|我的新号码是
zt|電話|手機|電郵|請致電|你好|謝謝|寫道|我的新號碼是
ja|電話|携帯|メール|こちらにお電話ください|こんにちは|ありがとうございます|書きました|新しい番号は
ko|전화|휴대폰|이메일|이 번호로 연락주세요|안녕하세요|감사합니다|작성|새 번호는
th|โทรศัพท์|มือถือ|อีเมล|โทรหาฉันได้ที่|สวัสดี|ขอบคุณ|เขียนว่า|เบอร์ใหม่ของฉันคือ
vi|Điện thoại|Di động|Email|Gọi cho tôi theo số|Xin chào|Cảm ơn|đã viết|Số mới của tôi là
id|Telepon|HP|Email|Hubungi saya di|Halo|Terima kasih|menulis|Nomor baru saya
ms|Telefon|Bimbit|E-mel|Hubungi saya di|Hai|Terima kasih|menulis|Nombor baharu saya
tl|Telepono|Cellphone|Email|Tawagan mo ako sa|Kumusta|Salamat|sumulat|Bago kong number ay
sw|Simu|Simu ya mkononi|Barua pepe|Nipigie kwa|Habari|Asante|aliandika|Namba yangu mpya ni
am|ስልክ|ሞባይል|ኢሜይል|በዚህ ቁጥር ይደውሉልኝ|ሰላም|አመሰግናለሁ|ጻፈ|አዲሱ ቁጥሬ
et|Telefon|Mobiil|E-post|Helista mulle numbril|Tere|Aitäh|kirjutas|Minu uus number on
lv|Tālrunis|Mobilais|E-pasts|Zvaniet man uz|Sveiki|Paldies|rakstīja|Mans jaunais numurs ir
lt|Telefonas|Mobilusis|El. paštas|Skambinkite man|Labas|Ačiū|rašė|Mano naujas numeris
ka|ტელეფონი|მობილური|ელფოსტა|დამირეკეთ ნომერზე|გამარჯობა|მადლობა|დაწერა|ჩემი ახალი ნომერია
hy|Հեռախոս|Բջջային|Էլ. փոստ|Զանգահարեք ինձ|Բարև|Շնորհակալություն|գրել է|Իմ նոր համարն է
af|Telefoon|Selfoon|E-pos|Bel my by|Hallo|Dankie|het geskryf|My nuwe nommer is
"""
LK = ["phone", "mobile", "email", "call", "hi", "thanks", "wrote", "new"]
LANG = {}
for _line in LANG_RAW.strip().splitlines():
    _k, *_v = _line.split("|")
    LANG[_k] = dict(zip(LK, _v))

NAMES_RAW = """
en|James Olivia Liam Emma Noah Ava Ethan Grace|Smith Johnson Walker Brooks Hughes Carter Reed Bennett
fr|Camille Louis Chloe Hugo Manon Jules Lea Theo|Martin Bernard Dubois Lefevre Moreau Girard Fournier Roux
de|Lukas Anna Jonas Lea Felix Marie Paul Sophie|Muller Schmidt Schneider Fischer Weber Becker Wagner Hoffmann
es|Lucia Mateo Sofia Hugo Martina Pablo Carmen Diego|Garcia Fernandez Lopez Martinez Sanchez Romero Navarro Torres
pt|Joao Beatriz Tiago Mariana Rafael Ana Pedro Ines|Silva Santos Oliveira Costa Pereira Ferreira Almeida Rocha
it|Giulia Marco Francesca Luca Chiara Matteo Sara Davide|Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci
nl|Daan Sanne Bram Lotte Thijs Femke Ruben Anouk|Jansen Visser Smit Bakker Mulder Bos Vos Dekker
sv|Erik Astrid Oskar Elsa Nils Ingrid Hugo Maja|Andersson Johansson Karlsson Nilsson Lindqvist Berg Holm Lund
no|Ola Ingrid Magnus Nora Sindre Thea Even Sofie|Hansen Johansen Olsen Larsen Haugen Bakke Solberg Dahl
da|Mads Freja Rasmus Ida Kasper Sofie Emil Clara|Jensen Nielsen Pedersen Christensen Madsen Kristensen Poulsen Holm
fi|Aino Eero Helmi Juho Venla Onni Siiri Lauri|Korhonen Virtanen Makinen Nieminen Heikkinen Laine Koskinen Salo
is|Gudrun Einar Sigrid Bjarni Katla Gunnar Helga Arni|Jonsson Sigurdsson Gudmundsdottir Olafsson Magnusdottir Einarsson
pl|Zofia Jakub Julia Kacper Maja Antoni Hanna Szymon|Nowak Kowalski Wisniewski Wojcik Kaminska Lewandowski Zielinska
cs|Tereza Jakub Eliska Tomas Anna Vojtech Karolina Ondrej|Novak Svoboda Dvorak Cerny Prochazka Kucera Vesela Horak
sk|Zuzana Matej Lucia Martin Simona Peter Natalia Jakub|Horvath Kovac Varga Toth Nagy Balaz Molnar Baranova
hu|Bence Hanna Levente Anna Mate Zsofia Aron Reka|Nagy Kovacs Toth Szabo Horvath Varga Kiss Molnar
ro|Andrei Ioana Mihai Elena Stefan Maria Vlad Ana|Popescu Ionescu Dumitru Stan Stoica Gheorghe Matei Ciobanu
bg|Georgi Maria Ivan Elena Dimitar Viktoria Nikolay Desislava|Ivanov Petrova Georgiev Dimitrova Nikolov Stoyanova
hr|Luka Ana Ivan Petra Marko Lucija Josip Mia|Horvat Kovacevic Babic Maric Juric Novak Knezevic Vukovic
sr|Nikola Milica Stefan Jovana Lazar Teodora Marko Ana|Jovanovic Petrovic Nikolic Markovic Djordjevic Ilic Pavlovic
sl|Luka Eva Jan Zala Nik Sara Tim Nika|Novak Horvat Kranjc Zupancic Potocnik Mlakar Kovacic Vidmar
uk|Oleksandr Olena Andriy Kateryna Dmytro Iryna Taras Oksana|Shevchenko Bondarenko Kovalenko Tkachenko Melnyk Boyko
ru|Alexei Anastasia Dmitry Ekaterina Sergei Olga Mikhail Tatiana|Ivanov Smirnova Kuznetsov Popova Volkov Sokolova
el|Giorgos Maria Nikos Eleni Kostas Katerina Yannis Sofia|Papadopoulos Georgiou Nikolaou Ioannou Dimitriou Vlachou
tr|Mehmet Elif Emre Zeynep Burak Ayse Can Defne|Yilmaz Kaya Demir Sahin Celik Yildiz Aydin Ozturk
he|Noam Tamar Yosef Noa Itai Maya Ariel Shira|Cohen Levi Mizrahi Peretz Biton Friedman Avraham Katz
ar|Ahmed Fatima Omar Layla Youssef Mariam Khalid Nour|Alharbi Almansour Haddad Nasser Saleh Khalil Hassan Farouk
fa|Ali Zahra Reza Maryam Amir Sara Hossein Neda|Hosseini Ahmadi Karimi Rezaei Moradi Jafari Rahimi Sadeghi
hi|Aarav Priya Rohan Ananya Vikram Kavya Arjun Isha|Sharma Verma Gupta Patel Singh Mehta Iyer Reddy
bn|Arif Nusrat Rahim Farhana Tanvir Sadia Imran Tania|Rahman Hossain Islam Ahmed Chowdhury Khan Sarkar Das
ur|Bilal Ayesha Hamza Sana Usman Hira Faisal Mahnoor|Qureshi Malik Butt Chaudhry Sheikh Raza Akhtar Siddiqui
ta|Karthik Divya Arun Meena Surya Lakshmi Vijay Priya|Subramanian Krishnan Raman Murugan Pillai Natarajan Rajan
ne|Bikash Sita Ramesh Anjali Suman Puja Prakash Sunita|Shrestha Gurung Thapa Adhikari Tamang Rai Karki Sharma
si|Kasun Nadeesha Chamara Dilani Ruwan Ishara Nuwan Sanduni|Perera Fernando Silva Jayasinghe Bandara Dissanayake
zh|Wei Fang Jun Li Hao Mei Lei Yan|Wang Li Zhang Liu Chen Yang Zhao Huang
zt|Chiahao Yiting Weilun Shufen Chunkit Kayan Hoyin Meiling|Chen Lin Huang Chang Wong Chan Cheung Lau
ja|Haruto Yui Sota Aoi Ren Hina Yuto Sakura|Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura
ko|Minjun Seoyeon Jiho Jiwoo Hyunwoo Soyeon Dohyun Yuna|Kim Lee Park Choi Jung Kang Cho Yoon
th|Somchai Niran Kanya Pim Anan Malee Chai Siriporn|Saetang Srisuk Chaiyaporn Wongsawat Kittisak Boonmee Thongdee
vi|Minh Lan Tuan Huong Duc Mai Quang Thao|Nguyen Tran Le Pham Hoang Vu Dang Bui
id|Budi Siti Agus Dewi Rizky Putri Andi Ayu|Santoso Wijaya Saputra Lestari Hidayat Kurniawan Pratama Setiawan
ms|Aiman Nurul Hafiz Aisyah Farid Siti Amir Zara|Abdullah Ismail Rahman Hassan Yusof Ibrahim Othman Aziz
tl|Juan Maria Jose Angelica Mark Kristine Paolo Jasmine|Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos
sw|Baraka Amani Juma Neema Hamisi Zawadi Omari Rehema|Mwangi Otieno Kamau Wanjiru Njoroge Mushi Kimaro Odhiambo
am|Abebe Meron Dawit Selam Yonas Hana Tesfaye Liya|Tadesse Bekele Haile Girma Alemu Mengistu Kebede
et|Mart Liis Kristjan Kadri Rasmus Triin Siim Kertu|Tamm Saar Sepp Magi Kask Kukk Rebane Ilves
lv|Janis Liga Martins Ilze Edgars Anna Roberts Laura|Berzins Kalnins Ozolins Jansons Liepa Krumins Abols Zarins
lt|Lukas Ieva Mantas Egle Tomas Ruta Darius Greta|Kazlauskas Jankauskas Petrauskas Butkus Paulauskas Zukauskas
ka|Giorgi Nino Davit Mariam Levan Tamar Irakli Ana|Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri
hy|Aram Ani Davit Narine Tigran Lilit Armen Mariam|Petrosyan Hakobyan Sargsyan Grigoryan Vardanyan Karapetyan
af|Pieter Annelie Johan Marike Francois Elna Willem Lize|Botha Pretorius Nel Venter Coetzee Steyn Joubert
"""
NAMES = {}
for _line in NAMES_RAW.strip().splitlines():
    _k, _f, _l = _line.split("|")
    NAMES[_k] = (_f.split(), _l.split())

# code|cc|trunk|national patterns|languages|mail domains|currency
REG_RAW = """
US|1||(N##) N##-####;N##-N##-####;N##.N##.####|en,es|gmail.com,yahoo.com,comcast.net,icloud.com|USD
CA|1||(N##) N##-####;N##-N##-####|en,fr|rogers.com,videotron.ca,shaw.ca|CAD
GB|44|0|7### ######;20 #### ####;161 ### ####;7###-###-###|en|btinternet.com,hotmail.co.uk,sky.com|GBP
IE|353|0|8# ### ####;1 ### ####|en|eircom.net,gmail.com|EUR
MT|356||79## ####;21## ####|en|maltanet.net|EUR
FR|33|0|6 ## ## ## ##;7 ## ## ## ##;1 ## ## ## ##|fr|orange.fr,free.fr,laposte.net|EUR
BE|32|0|4## ## ## ##;2 ### ## ##|fr,nl|skynet.be,telenet.be|EUR
LU|352||621 ### ###;691 ### ###|fr,de|pt.lu|EUR
CH|41|0|7# ### ## ##;44 ### ## ##|de,fr,it|bluewin.ch,gmx.ch|CHF
DE|49|0|15# ########;17# #######;30 ########;89 ### ####|de|web.de,gmx.de,t-online.de|EUR
AT|43|0|664 #######;1 ### ## ##|de|aon.at,gmx.at|EUR
NL|31|0|6 ########;6-## ## ## ##;20 ### ####|nl|ziggo.nl,kpnmail.nl|EUR
ES|34||6## ## ## ##;6## ### ###;91 ### ## ##|es|telefonica.net,gmail.com|EUR
PT|351||9## ### ###;21 ### ####|pt|sapo.pt|EUR
IT|39||3## ### ####;3## #######;06 #### ####;02 #### ####|it|libero.it,virgilio.it|EUR
GR|30||69# ### ####;21# ### ####|el|otenet.gr|EUR
CY|357||9# ######|el|cytanet.com.cy|EUR
SE|46|0|7#-### ## ##;8-### ### ##|sv|telia.com,bredband.net|SEK
NO|47||4## ## ###;9## ## ###|no|online.no|NOK
DK|45||## ## ## ##|da|mail.dk|DKK
FI|358|0|4# ### ####;50 ### ####|fi,sv|elisanet.fi|EUR
IS|354||### ####|is|simnet.is|ISK
PL|48||### ### ###;5## ### ###|pl|wp.pl,onet.pl,o2.pl|PLN
CZ|420||### ### ###|cs|seznam.cz,centrum.cz|CZK
SK|421|0|9## ### ###|sk|azet.sk|EUR
HU|36|06_|20 ### ####;30 ### ####;1 ### ####|hu|freemail.hu|HUF
RO|40|0|7## ### ###|ro|yahoo.ro|RON
BG|359|0|8## ### ###|bg|abv.bg|BGN
HR|385|0|9# ### ####|hr|net.hr|EUR
RS|381|0|6# ### ####|sr|eunet.rs|RSD
SI|386|0|4# ### ###|sl|siol.net|EUR
EE|372||5### ####|et|hot.ee|EUR
LV|371||2# ### ###|lv|inbox.lv|EUR
LT|370|8_|6## #####|lt|one.lt|EUR
UA|380|0|6# ### ## ##;9# ### ## ##|uk|ukr.net,i.ua|UAH
RU|7|8_|(9##) ###-##-##;9## ###-##-##|ru|yandex.ru,mail.ru|RUB
GE|995|0|5## ## ## ##|ka|posta.ge|GEL
AM|374|0|9# ######|hy|mail.am|AMD
TR|90|0|5## ### ## ##;(5##) ### ## ##|tr|hotmail.com.tr,yandex.com.tr|TRY
IL|972|0|5#-###-####|he|walla.co.il,bezeqint.net|ILS
AE|971|0|5# ### ####|ar,en|emirates.net.ae|AED
SA|966|0|5# ### ####|ar|hotmail.com|SAR
EG|20|0|1# #### ####|ar|yahoo.com|EGP
MA|212|0|6##-######|ar,fr|menara.ma|MAD
IR|98|0|9## ### ####|fa|chmail.ir|IRR
NG|234|0|80# ### ####;81# ### ####|en|yahoo.com|NGN
KE|254|0|7## ######;7## ### ###|sw,en|gmail.com|KES
TZ|255|0|7## ### ###|sw|gmail.com|TZS
GH|233|0|24 ### ####|en|gmail.com|GHS
ET|251|0|91 ### ####|am|ethionet.et|ETB
ZA|27|0|8# ### ####;21 ### ####|en,af|mweb.co.za,telkomsa.net|ZAR
IN|91||9#### #####;8#### #####|hi,en,ta|rediffmail.com,gmail.com|INR
PK|92|0|3##-#######;3## #######|ur,en|gmail.com|PKR
BD|880|0|1###-######|bn|gmail.com|BDT
LK|94|0|7# ### ####|si,ta|sltnet.lk|LKR
NP|977||98########|ne|wlink.com.np|NPR
CN|86||1## #### ####;13#-####-####|zh|qq.com,163.com,126.com|CNY
HK|852||9### ####;6### ####|zt,en|netvigator.com|HKD
TW|886|0|9##-###-###;9## ### ###|zt|hinet.net|TWD
JP|81|0|90-####-####;80-####-####;3-####-####|ja|docomo.ne.jp,yahoo.co.jp|JPY
KR|82|0|10-####-####;2-###-####|ko|naver.com,daum.net|KRW
SG|65||9### ####;8### ####|en,zh,ms|singnet.com.sg|SGD
MY|60|0|1#-### ####;1#-#### ####|ms,en|streamyx.com|MYR
TH|66|0|8#-###-####;9# ### ####|th|hotmail.co.th|THB
VN|84|0|9# ### ## ##;3# ### ####|vi|vnn.vn|VND
PH|63|0|9## ### ####|tl,en|globe.com.ph|PHP
ID|62|0|8##-####-####;8## #### ####|id|yahoo.co.id|IDR
AU|61|0|4## ### ###;2 #### ####;3 #### ####|en|bigpond.com,optusnet.com.au|AUD
NZ|64|0|2# ### ####;9 ### ####|en|xtra.co.nz|NZD
BR|55||(11) 9####-####;(21) 9####-####;11 9####-####|pt|uol.com.br,bol.com.br|BRL
AR|54|0|11 ####-####;351 ###-####|es|fibertel.com.ar|ARS
MX|52||55 #### ####;(55) ####-####;33 #### ####|es|prodigy.net.mx|MXN
CL|56||9 #### ####|es|vtr.net|CLP
CO|57||3## ### ####|es|une.net.co|COP
PE|51||9## ### ###|es|terra.com.pe|PEN
VE|58|0|41#-#######|es|cantv.net|VES
UY|598|0|9# ### ###|es|adinet.com.uy|UYU
"""
REG = {}
for _line in REG_RAW.strip().splitlines():
    _c, _cc, _tr, _p, _l, _d, _cur = _line.split("|")
    REG[_c] = dict(
        cc=_cc,
        tr=_tr.replace("_", " "),
        pats=_p.split(";"),
        langs=_l.split(","),
        doms=_d.split(","),
        cur=_cur,
    )
TLD_RAW = "US:com GB:co.uk JP:co.jp KR:co.kr AU:com.au BR:com.br ZA:co.za NZ:co.nz MX:com.mx AR:com.ar TR:com.tr IN:in IL:co.il TH:co.th ID:co.id MY:com.my SG:com.sg HK:com.hk"
TLD = dict(x.split(":") for x in TLD_RAW.split())
COMMON = """
gmail.com outlook.com hotmail.com proton.me icloud.com yahoo.com
""".split()
COMPANY = """
northwind bluepeak kestrel-labs harbourline solvia greenleaf atelier9 mapleridge
novadent brightpath orbis-legal lumen-studio stonebridge
""".split()
TAGS = """
news bills school work shop travel
""".split()

IBAN_RAW = """
DE|##################
FR|#######################
GB|AAAA##############
ES|####################
IT|A######################
NL|AAAA##########
BE|############
AT|################
CH|#################
PL|########################
PT|#####################
SE|####################
NO|###########
DK|##############
FI|##############
IE|AAAA##############
LU|################
CZ|####################
SK|####################
HU|########################
RO|AAAA################
BG|AAAA##############
HR|#################
SI|###############
GR|#######################
TR|######################
SA|####################
AE|###################
IL|###################
EE|################
LV|AAAA#############
LT|################
"""
IBAN_LEN_RAW = """
DE:22 FR:27 GB:22 ES:24 IT:27 NL:18 BE:16 AT:20 CH:21 PL:28 PT:25 SE:24
NO:15 DK:18 FI:18 IE:22 LU:20 CZ:24 SK:24 HU:28 RO:24 BG:22 HR:21 SI:19
GR:27 TR:26 SA:24 AE:23 IL:23 EE:20 LV:21 LT:20
"""
IBAN_SPEC = dict(ln.split("|") for ln in IBAN_RAW.strip().splitlines())
IBAN_LEN = {k: int(v) for k, v in (x.split(":") for x in IBAN_LEN_RAW.split())}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


# ---------------------------------------------------------------- value generators
def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def an(n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def fillp(p):
    out = []
    for ch in p:
        if ch == "#":
            out.append(R.choice(string.digits))
        elif ch == "N":
            out.append(R.choice("23456789"))
        elif ch == "A":
            out.append(R.choice(string.ascii_uppercase))
        else:
            out.append(ch)
    return "".join(out)


def ph(rg, style=None):
    g = REG[rg]
    pat = fillp(R.choice(g["pats"]))
    if style is None:
        style = R.choices(["nat", "intl", "00", "e164", "intl0"], [50, 30, 8, 8, 4])[0]
    if style == "intl0" and g["tr"] != "0":
        style = "intl"
    if style == "00" and g["cc"] == "1":
        style = "intl"
    if style == "nat":
        if R.random() < 0.15 and " " in pat and "(" not in pat:
            pat = pat.replace(" ", R.choice(".-"))
        return g["tr"] + pat
    bare = pat.replace("(", "").replace(")", "") if R.random() < 0.6 else pat
    if style == "intl":
        return f"+{g['cc']} {bare}"
    if style == "00":
        return f"00{g['cc']} {bare}"
    if style == "intl0":
        return f"+{g['cc']} (0){bare}"
    return "+" + g["cc"] + re.sub(r"\D", "", pat)


def person(lg):
    fs, ls = NAMES.get(lg, NAMES["en"])
    return R.choice(fs), R.choice(ls)


def nm(p):
    return f"{p[0]} {p[1]}"


def company_domain(rg):
    return f"{R.choice(COMPANY)}.{TLD.get(rg, rg.lower())}"


def em(p, rg, dom=None):
    f, l = p[0].lower(), p[1].lower()
    local = R.choice(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f[0]}{l}",
            f"{f}_{l}",
            f"{f}.{l}{R.randint(1, 99)}",
            f"{l}.{f}",
            f"{f}{R.randint(70, 2005)}",
            f"{f}.{l}+{R.choice(TAGS)}",
            f"{f[0]}.{l}",
            f"{l}{f[0]}",
        ]
    )
    dom = dom or R.choice(REG[rg]["doms"] + COMMON[:3] + [company_domain(rg)])
    return f"{local}@{dom}"


def role_em(rg, role=None):
    role = role or R.choice(["info", "office", "support", "bookings", "hr", "billing", "reception"])
    return f"{role}@{company_domain(rg)}"


def ssn(sep=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    sep = sep if sep is not None else R.choices(["-", " ", ""], [85, 10, 5])[0]
    return f"{a:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        s += d
    return s % 10 == 0


def luhn_digit(body):
    for c in string.digits:
        if luhn_ok(body + c):
            return c
    raise AssertionError


def card_raw(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "diners", "up"])
    pre, n = {
        "visa": ("4", 16),
        "mc": (R.choice([str(R.randint(51, 55)), str(R.randint(2221, 2720))]), 16),
        "amex": (R.choice(["34", "37"]), 15),
        "disc": (R.choice(["6011", "65"]), 16),
        "jcb": (str(R.randint(3528, 3589)), 16),
        "diners": ("36", 14),
        "up": ("62", 16),
    }[brand]
    body = pre + dg(n - len(pre) - 1)
    return body + luhn_digit(body)


def group_card(num, sep):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def card(brand=None):
    return group_card(card_raw(brand), R.choices([" ", "-", ""], [60, 20, 20])[0])


def conv(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_raw(cc):
    bban = fillp(IBAN_SPEC[cc])
    chk = 98 - conv(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    return conv(s[4:] + s[:4]) % 97 == 1


def fmt_iban(raw):
    if R.random() < 0.7:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def iban(cc):
    return fmt_iban(iban_raw(cc))


PUB4 = [
    int(x)
    for x in """
23 31 37 46 51 62 77 81 85 91 93 95 103 109 141 151 176 178 185 188 193 195 200
203 212 213 217 45 89 94
""".split()
]


def ip4(private=False):
    if private:
        return R.choice(
            [
                f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
                f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            ]
        )
    return f"{R.choice(PUB4)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ip6():
    pre = R.choice([0x2001, 0x2A02, 0x2A01, 0x2600, 0x2406, 0x2804, 0x2C0F, 0xFE80])
    if pre == 0xFE80:
        val = (pre << 112) | R.getrandbits(64)
    elif R.random() < 0.4:
        val = (pre << 112) | (R.getrandbits(48) << 64) | R.getrandbits(16)
    else:
        val = (pre << 112) | R.getrandbits(112)
    a = ipaddress.IPv6Address(val)
    return a.exploded if R.random() < 0.2 else str(a)


def mk(v, ent):
    return f"\x01{ent}\x02{v}\x03"


def P(rg, style=None):
    return mk(ph(rg, style), "PHONE")


def M(p, rg, dom=None):
    return mk(em(p, rg, dom), "EMAIL")


def S(sep=None):
    return mk(ssn(sep), "SSN")


def C(brand=None):
    return mk(card(brand), "CARD")


def I(cc):  # noqa: E743
    return mk(iban(cc), "IBAN")


def V4(private=False):
    return mk(ip4(private), "IP")


def V6():
    return mk(ip6(), "IP")


def rdate():
    return dt.date(2023, 1, 1) + dt.timedelta(days=R.randint(0, 1100))


def rtime():
    return f"{R.randint(7, 22):02d}:{R.randint(0, 59):02d}"


DMY_DOT = set("de ru uk pl cs sk fi no da tr ro bg hr sr sl et is ka hy az".split())
YMD = set("ja zh zt ko hu sv lt lv".split())


def fdate(d, lg, rg=""):
    if lg in DMY_DOT:
        return d.strftime("%d.%m.%Y")
    if lg in YMD:
        return d.strftime("%Y/%m/%d") if lg in {"ja", "zh", "zt"} else d.isoformat()
    if rg in {"US", "PH"} or (lg == "en" and rg == "CA"):
        return f"{d.month}/{d.day}/{d.year}"
    return d.strftime("%d/%m/%Y")


def money(rg, lo=5, hi=900):
    return f"{R.uniform(lo, hi):,.2f} {REG[rg]['cur']}"


def nonluhn(n):
    while True:
        s = str(R.randint(1, 9)) + dg(n - 1)
        if not luhn_ok(s):
            return s


def order_no():
    return R.choice(
        [
            f"#{dg(7)}",
            f"ORD-{dg(4)}-{dg(6)}",
            f"{R.choice('ABCDEFGHK')}{dg(9)}",
            f"{dg(3)}-{dg(7)}-{dg(7)}",
            f"{an(3)}{dg(6)}",
            f"{rdate().year}-{dg(6)}",
        ]
    )


def tracking():
    return R.choice(
        [
            f"1Z{an(16)}",
            f"{nonluhn(12)}",
            f"JJD{dg(12)}",
            f"RR{dg(9)}{R.choice(['DE', 'GB', 'FR', 'CN'])}",
            f"00{dg(8)}",
            f"LP{dg(14)}",
        ]
    )


def meeting_id():
    return R.choice(
        [f"{dg(3)} {dg(4)} {dg(4)}", f"{dg(3)} {dg(3)} {dg(3)}", f"{dg(4)} {dg(3)} {dg(4)}"]
    )


def isbn13():
    body = "978" + str(R.randint(0, 1)) + dg(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    body += str((10 - s % 10) % 10)
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{body[12]}"


def ean13():
    body = R.choice(["40", "50", "76", "80", "87", "30", "45", "69"]) + dg(10)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def version():
    return R.choice(
        [
            f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}",
            f"{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(300, 9000)}",
            f"10.0.{R.randint(19041, 26100)}.{R.randint(256, 4000)}",
            f"{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 9)}-rc{R.randint(1, 4)}",
        ]
    )


def sha(n=40):
    return hashlib.sha256(str(R.random()).encode()).hexdigest()[:n]


def uuid():
    h = sha(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def bad_card():
    num = card_raw()
    num = num[:-1] + str((int(num[-1]) + R.randint(1, 9)) % 10)
    return group_card(num, R.choice([" ", "-", ""]))


def bad_iban(cc):
    raw = iban_raw(cc)
    chk = (int(raw[2:4]) + R.randint(1, 90)) % 97
    chk = max(chk, 2)
    raw2 = f"{cc}{chk:02d}{raw[4:]}"
    if iban_ok(raw2):
        raw2 = f"{cc}{(chk + 1) % 97:02d}{raw[4:]}"
    return fmt_iban(raw2)


POSTAL_RAW = """
US:#####,DE:#####,FR:#####,GB:AA# #AA,NL:#### AA,JP:###-####,CA:A#A #A#,BR:#####-###,
PL:##-###,IN:######,SE:### ##,CZ:### ##,PT:####-###,KR:#####,AU:####
"""


def postal(rg):
    pats = dict(x.split(":") for x in POSTAL_RAW.strip().split(","))
    return fillp(pats.get(rg, "#####"))


# ---------------------------------------------------------------- builder
class B:
    def __init__(self, rg, lg):
        self.parts, self.spans, self.n, self.rg, self.lg = [], [], 0, rg, lg

    def t(self, s):
        for m in re.finditer(r"([^\x01]*)(?:\x01(\w+)\x02([^\x03]*)\x03)?", s):
            self._t(m.group(1))
            if m.group(2):
                self.e(m.group(3), m.group(2))
        return self

    def _t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def e(self, v, ent):
        self.spans.append({"start": self.n, "end": self.n + len(v), "entity": ent})
        return self._t(v)

    def f(self, tpl, **kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", tpl):
            self.t(tpl[pos : m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.e(*v)
            else:
                self.t(str(v))
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def text(self):
        return "".join(self.parts)


def L(b):
    return LANG[b.lg]


def set_iban_region(b):
    if b.rg not in IBAN_SPEC:
        b.rg = R.choice(list(IBAN_SPEC))
        b.lg = R.choice(REG[b.rg]["langs"])
    return b.rg


def set_us(b):
    b.rg, b.lg = "US", R.choice(["en", "en", "en", "es"])


# ---------------------------------------------------------------- positive templates
def t_thread(b):
    lg, rg, Lx = b.lg, b.rg, L(b)
    a, c, x = person(lg), person(lg), person(lg)
    d = rdate()
    b.t(
        "---------- Forwarded message ---------\n"
        f"From: {nm(a)} <{M(a, rg)}>\n"
        f"Date: {WDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} at {rtime()}\n"
        f"Subject: {R.choice(['Re: keys', 'Fwd: contact', 'Re: Re: plans', 'Fw: ' + Lx['phone']])}\n"
        f"To: {nm(c)} <{M(c, rg)}>\n"
    )
    if R.random() < 0.5:
        b.f("Cc: {mx}\n", mx=M(x, rg))
    b.t(f"\n{Lx['hi']} {c[0]},\n{Lx['call']} {P(rg)}")
    if R.random() < 0.3:
        b.f(" ext. {ext}", ext=R.randint(10, 999))
    b.f(".\n{th}\n\n", th=Lx["thanks"])
    q = R.choice(["en", "loc", "loc2"])
    d2 = d - dt.timedelta(days=R.randint(1, 9))
    if q == "en":
        b.t(
            f"> On {WDAYS[d2.weekday()]}, {MONTHS[d2.month - 1]} {d2.day}, {d2.year} at {rtime()}, {nm(x)} <{M(x, rg)}> wrote:\n"
        )
    elif q == "loc":
        b.t(f"> {fdate(d2, lg, rg)} {rtime()}, {nm(x)} <{M(x, rg)}> {Lx['wrote']}:\n")
    else:
        b.t(f"> {nm(x)} ({M(x, rg)}) {Lx['wrote']} {fdate(d2, lg, rg)}:\n")
    b.t(
        f"> {Lx['new']} {P(rg)}\n"
        f"> {Lx['mobile']}: {P(rg)}\n"
        ">\n"
        f"> > {Lx['email']}: {M(x, rg)}\n"
        f"> > Ref {order_no()}\n"
    )
    return "forwarded email thread with quoted headers"


def t_calendar(b):
    rg, lg = b.rg, b.lg
    o, a1, a2 = person(lg), person(lg), person(lg)
    d = rdate()
    st = d.strftime("%Y%m%d") + f"T{R.randint(7, 18):02d}{R.choice(['00', '30'])}00"
    b.t(
        "BEGIN:VCALENDAR\n"
        f"PRODID:-//Example Corp//Calendar {version()}//EN\n"
        "BEGIN:VEVENT\n"
        f"UID:{uuid()}@cal\n"
        f"DTSTART:{st}\n"
        f"SUMMARY:{R.choice(['Quarterly review', 'Kita Elternabend', 'Dentist', 'Projekt-Kickoff', 'Viewing flat 3B'])}\n"
        f"ORGANIZER;CN={nm(o)}:mailto:{M(o, rg)}\n"
        f"ATTENDEE;CN={nm(a1)};RSVP=TRUE:mailto:{M(a1, rg)}\n"
        f"ATTENDEE;CN={nm(a2)};ROLE=OPT-PARTICIPANT:mailto:{M(a2, rg)}\n"
    )
    b.t(
        f"LOCATION:Dial-in {P(rg, 'intl')}, PIN {dg(6)}#\n"
        f"DESCRIPTION:Meeting ID: {meeting_id()}\\nPasscode: {dg(6)}\\nBackup line: {P(rg)}\n"
        "END:VEVENT\n"
        "END:VCALENDAR"
    )
    return "ics calendar invite"


def t_voicemail(b):
    rg, Lx = b.rg, L(b)
    p1 = ph(rg)
    b.t(
        f"Voicemail from {mk(p1, 'PHONE')} · {R.randint(0, 2)}:{f'{R.randint(0, 59):02d}'} · {fdate(rdate(), b.lg, rg)}\n"
        f'Transcript: "{Lx["hi"]}, {Lx["call"]} {P(rg, "nat")}'
    )
    if R.random() < 0.5:
        b.f(" ... that's {p}, again {p}", p=(p1, "PHONE"))
    b.f('. {th}, bye."', th=Lx["thanks"])
    if R.random() < 0.5:
        b.f("\nCallback requested. Case {c}", c=dg(8))
    return "voicemail transcript"


def t_receipt(b):
    rg = b.rg
    shop = R.choice(
        ["Café Lumen", "Bäckerei Sonne", "FreshMart", "Farmacia Central", "Hardware Depot"]
    )
    b.t(
        f"{shop}\n"
        f"{R.choice(['Main St', 'Hauptstr.', 'Rue Victor Hugo', 'Calle Mayor'])} {R.randint(1, 200)}, {postal(rg)}\n"
        f"Tel. {P(rg, 'nat')}\n"
        f"{fdate(rdate(), b.lg, rg)} {rtime()}  Kasse {R.randint(1, 9)}  Bon {dg(6)}\n"
    )
    for _ in range(R.randint(2, 5)):
        b.f(
            "{item:<18}{qty} x {pr}\n",
            item=R.choice(
                ["Latte", "Bread 500g", "Ibuprofen 400", "Screws M4", "Apples 1kg", "Batteries AA"]
            ),
            qty=R.randint(1, 3),
            pr=f"{R.uniform(0.5, 30):.2f}",
        )
    b.t(f"TOTAL {money(rg, 5, 120)}\nCard ****{dg(4)}  Auth {an(6)}\nVAT ID {f'{rg}{dg(9)}'}\n")
    if R.random() < 0.7:
        p = person(b.lg)
        b.f("E-receipt sent to {m}\n", m=M(p, rg))
    b.f("Questions? {m}", m=(role_em(rg, "hello"), "EMAIL"))
    return "shop receipt"


def t_bank_statement(b):
    rg = set_iban_region(b)
    p = person(b.lg)
    b.t(
        f"Account statement {R.randint(1, 12)}/{R.randint(2023, 2026)}\n"
        f"Account holder: {nm(p)}\n"
        f"IBAN: {I(rg)}\n"
        f"BIC: {an(4) + rg + an(2) + 'XXX'}\n"
        f"Customer no. {dg(9)}\n"
        "\n"
    )
    for _ in range(R.randint(2, 4)):
        q = person(b.lg)
        k = R.random()
        if k < 0.55:
            cc = rg if R.random() < 0.7 else R.choice(list(IBAN_SPEC))
            b.t(
                f"{fdate(rdate(), b.lg, rg)}  SEPA transfer {nm(q)}  {I(cc)}  Ref {order_no()}  {money(rg)}\n"
            )
        else:
            b.t(
                f"{fdate(rdate(), b.lg, rg)}  Card payment {R.choice(['REWE', 'Shell', 'IKEA', 'Lidl'])}  {money(rg)}\n"
            )
    b.f("Closing balance {a}", a=money(rg, 100, 9000))
    return "bank statement with iban"


def t_hr_form(b):
    if R.random() < 0.75:
        set_us(b)
        p, e = person("en"), person("en")
        b.t(
            f"EMPLOYEE ONBOARDING FORM — {R.choice(COMPANY).title()}\n"
            f"Legal name: {nm(p)}\n"
            f"SSN: {S()}\n"
            f"Date of birth: {fdate(dt.date(R.randint(1960, 2003), R.randint(1, 12), R.randint(1, 28)), 'en', 'US')}\n"
            f"Personal email: {M(p, 'US')}\n"
            f"Mobile: {P('US')}\n"
            f"Home phone: {P('US', 'nat')}\n"
            f"Emergency contact: {nm(e)} ({R.choice(['spouse', 'mother', 'brother'])}) {P('US')}\n"
        )
        if R.random() < 0.4:
            b.f("Spouse SSN (benefits): {s}\n", s=S())
        b.t(
            f"Direct deposit: routing {'0' + dg(8)}, account {dg(10)}\n"
            f"Employee ID: E-{dg(5)}  Start date: {fdate(rdate(), 'en', 'US')}"
        )
        return "us hr onboarding form"
    rg = set_iban_region(b)
    p = person(b.lg)
    Lx = L(b)
    b.t(
        "Onboarding / Personalbogen\n"
        f"Name: {nm(p)}\n"
        f"{Lx['phone']}: {P(rg)}\n"
        f"{Lx['email']}: {M(p, rg)}\n"
        f"IBAN (salary): {I(rg)}\n"
        f"Personnel no. {dg(6)}\n"
        f"Start: {fdate(rdate(), b.lg, rg)}"
    )
    return "hr onboarding form with iban"


def t_payroll(b):
    set_us(b)
    b.t("emp_id\tname\tssn\tphone\temail\tgross\n")
    for _ in range(R.randint(4, 7)):
        p = person(R.choice(["en", "es", "hi", "zh", "vi", "ko"]))
        b.t(
            f"{dg(5)}\t{nm(p)}\t{S('-')}\t{P('US', 'nat')}\t{M(p, 'US')}\t{f'{R.randint(2000, 9000)}.{dg(2)}'}\n"
        )
    return "payroll tsv with ssn"


def t_tax_letter(b):
    set_us(b)
    p = person("en")
    b.t(
        f"Re: Form {R.choice(['1099-NEC', 'W-2', '1098-T', 'W-9'])} for tax year {R.randint(2022, 2025)}\n"
        f"Dear {nm(p)},\n"
        f"Our records show the TIN {S()} for your account {dg(8)}. If this is incorrect, call {P('US', 'nat')} or write to {mk(role_em('US', 'tax'), 'EMAIL')}.\n"
        f"Notice {f'CP{R.randint(10, 99)}-{dg(6)}'}, issued {fdate(rdate(), 'en', 'US')}."
    )
    return "us tax letter with ssn"


def t_school(b):
    rg, Lx = b.rg, L(b)
    t, kid = person(b.lg), person(b.lg)
    b.f(
        "{school}\nParent-teacher conference\nStudent: {k} (ID {sid}), class {cl}\nDate: {d} {tm}, room {rm}\n"
        "Teacher: {t} — {m}\nSchool office {ph}: {p}\n",
        school=R.choice(
            ["Greenfield Primary", "Lycée Jean Moulin", "Gesamtschule Nord", "Escola Básica 2"]
        ),
        k=nm(kid),
        sid=dg(7),
        cl=f"{R.randint(1, 12)}{R.choice('ABC')}",
        d=fdate(rdate(), b.lg, rg),
        tm=rtime(),
        rm=R.randint(100, 330),
        t=nm(t),
        m=M(t, rg, company_domain(rg)),
        ph=Lx["phone"],
        p=P(rg, "nat"),
    )
    if R.random() < 0.5:
        b.f("Please reply with a contact number for the day, e.g. {p}.", p=P(rg))
    return "school appointment letter"


def t_medical(b):
    rg, Lx = b.rg, L(b)
    pt = person(b.lg)
    b.t(
        "Appointment confirmation\n"
        f"Patient: {nm(pt)}, MRN {dg(8)}\n"
        f"Date: {fdate(rdate(), b.lg, rg)} at {rtime()}, Dept. {R.choice(['Cardiology', 'Dermatology', 'Paediatrics', 'Radiology'])}, Room {f'{R.randint(1, 4)}.{dg(2)}'}\n"
        f"To reschedule call {P(rg, 'nat')}"
    )
    if R.random() < 0.4:
        b.f(" ext. {x}", x=dg(3))
    b.t(
        f" or e-mail {mk(role_em(rg, 'appointments'), 'EMAIL')}.\n{Lx['mobile']} on file: {P(rg)}\n"
    )
    if rg == "US" and R.random() < 0.5:
        b.f("Insurance subscriber SSN: {s}\n", s=S())
    b.f("Please arrive 15 min early. Fasting 8-12 h.")
    return "medical appointment letter"


def t_shipping(b):
    rg, Lx = b.rg, L(b)
    p = person(b.lg)
    b.t(
        f"Your parcel {tracking()} is on its way!\n"
        f"Estimated delivery: {fdate(rdate(), b.lg, rg)}, {R.randint(8, 12)}-{R.randint(13, 18)}\n"
        f"Recipient: {nm(p)}, {postal(rg)}\n"
        f"Courier will call: {P(rg)}\n"
        f"Notifications to: {M(p, rg)}\n"
        f"Weight {f'{R.uniform(0.2, 20):.1f}'} kg · Order {order_no()}\n"
        f"Help: {mk(role_em(rg, 'support'), 'EMAIL')}"
    )
    _ = Lx
    return "shipping notification"


def t_classified(b):
    rg, Lx = b.rg, L(b)
    p = person(b.lg)
    item = R.choice(
        ['Bike 28"', "Sofa 3-seater", "iPhone 13 128GB", "Kinderwagen", "Mesa de roble", "Piano"]
    )
    b.t(
        f"{item} — {money(rg, 20, 900)}\n"
        f"{R.choice(['Good condition, pickup only.', 'Used 2 years, 160x80 cm.', 'No scams please.'])}\n"
        f"{Lx['call']} {P(rg, R.choice(['nat', 'nat', 'intl']))}"
    )
    if R.random() < 0.6:
        b.f(" (WhatsApp/SMS)")
    if R.random() < 0.6:
        b.f(" · {em}: {m}", em=Lx["email"], m=M(p, rg))
    b.f("\nAd #{ad} · posted {d}", ad=dg(9), d=fdate(rdate(), b.lg, rg))
    return "classified ad"


def chat_ts(d, style, lg, rg):
    tm = rtime()
    if style == "wa_android":
        return f"{fdate(d, lg, rg)}, {tm} - "
    if style == "wa_ios":
        return f"[{d.strftime('%d.%m.%y')}, {tm}:{R.randint(0, 59):02d}] "
    if style == "signal":
        return f"[{d.isoformat()} {tm}] "
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year} {tm} "


def t_chat(b):
    rg, lg, Lx = b.rg, b.lg, L(b)
    style = R.choice(["wa_android", "wa_ios", "signal", "imsg", "telegram"])
    a, c = person(lg), person(lg)
    d = rdate()
    lines = [
        ("t", Lx["hi"] + "!"),
        ("p", Lx["new"]),
        ("t", "ok 👍"),
        ("m", Lx["email"]),
        ("t", R.choice(["see you at 7:30", "room 204", "order " + order_no(), "€45 each"])),
        ("p", Lx["call"]),
        ("t", Lx["thanks"]),
    ]
    if rg in IBAN_SPEC and R.random() < 0.3:
        lines.insert(3, ("i", "IBAN"))
    if rg == "US" and R.random() < 0.2:
        lines.insert(3, ("s", "SSN for the form:"))
    R.shuffle(lines)
    if style == "telegram":
        b.t(f"Telegram export · {nm(a)} & {nm(c)}\n")
    for kind, txt in lines[: R.randint(4, len(lines))]:
        who = nm(R.choice([a, c]))
        if style == "telegram":
            b.t(f"{who}, [{d.strftime('%d.%m.%Y')} {rtime()}]\n")
        elif style == "imsg":
            b.t(f"{who} ({chat_ts(d, style, lg, rg).strip()}):\n")
        else:
            b.t(chat_ts(d, style, lg, rg) + who + ": ")
        if kind == "t":
            b.t(txt)
        elif kind == "p":
            b.f("{x} {p}", x=txt, p=P(rg))
        elif kind == "m":
            b.f("{x}: {m}", x=txt, m=M(R.choice([a, c]), rg))
        elif kind == "i":
            b.f("{x} {i}", x=txt, i=I(rg))
        else:
            b.f("{x} {s}", x=txt, s=S())
        b.t("\n")
    return f"chat export {style}"


def t_vcard(b):
    n = R.randint(2, 4)
    for _ in range(n):
        rg = b.rg if R.random() < 0.7 else R.choice(list(REG))
        lg = R.choice(REG[rg]["langs"])
        p = person(lg)
        b.t(
            "BEGIN:VCARD\n"
            f"VERSION:{R.choice(['3.0', '4.0'])}\n"
            f"FN:{nm(p)}\n"
            f"N:{p[1]};{p[0]};;;\n"
            f"TEL;TYPE=CELL:{P(rg, R.choice(['intl', 'e164', 'nat']))}\n"
        )
        if R.random() < 0.6:
            b.f("TEL;TYPE=WORK,VOICE:{p}\n", p=P(rg))
        if R.random() < 0.8:
            b.f("EMAIL;TYPE=INTERNET:{m}\n", m=M(p, rg))
        b.f("REV:{r}\nEND:VCARD\n", r=rdate().strftime("%Y%m%dT101500Z"))
    return "vcard export"


def t_google_csv(b):
    b.t(
        "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
        "Phone 1 - Value\n"
    )
    for _ in range(R.randint(3, 5)):
        rg = b.rg if R.random() < 0.7 else R.choice(list(REG))
        p = person(R.choice(REG[rg]["langs"]))
        b.t(f"{nm(p)},{p[0]},{p[1]},* myContacts,* Home,{M(p, rg)},Mobile,{P(rg)}")
        if R.random() < 0.4:
            b.f(" ::: {p}", p=P(rg))
        b.t("\n")
    return "google contacts csv"


def t_outlook_csv(b):
    b.t('"First Name","Last Name","E-mail Address","Mobile Phone","Business Phone","Company"\n')
    for _ in range(R.randint(3, 5)):
        rg = b.rg if R.random() < 0.7 else R.choice(list(REG))
        p = person(R.choice(REG[rg]["langs"]))
        b.t(f'"{p[0]}","{p[1]}","{M(p, rg)}","{P(rg)}",')
        if R.random() < 0.6:
            b.f('"{p}",', p=P(rg, "nat"))
        else:
            b.t('"",')
        b.f('"{c}"\n', c=R.choice(COMPANY).title())
    return "outlook contacts csv"


def t_tsv(b):
    rg, Lx = b.rg, L(b)
    b.f("Name\tRole\t{ph}\t{em}\tShift\n", ph=Lx["phone"], em=Lx["email"])
    for _ in range(R.randint(3, 6)):
        p = person(b.lg)
        b.t(
            f"{nm(p)}\t{R.choice(['Driver', 'Kitchen', 'Lead', 'Setup', 'Coach'])}\t{P(rg, R.choice(['nat', 'nat', 'intl']))}\t{M(p, rg)}\t{f'{R.randint(6, 12)}:00-{R.randint(13, 22)}:00'}\n"
        )
    return "spreadsheet tsv roster"


def t_json(b):
    rg = b.rg
    p = person(b.lg)
    b.t(
        f'{{"status": "ok", "data": {{"id": {dg(7)}, "uuid": "{uuid()}", "name": "{nm(p)}", "email": "{M(p, rg)}", "phone": "{P(rg, R.choice(["e164", "intl"]))}",'
    )
    ipv = V4() if R.random() < 0.6 else V6()
    b.t(
        f' "last_login_ip": "{ipv}", "created_at": "{rdate().isoformat() + "T08:15:00Z"}", "plan": "pro", "balance": {f"{R.uniform(0, 500):.2f}"}'
    )
    if R.random() < 0.4:
        q = person(b.lg)
        b.f(', "secondary_email": "{m}"', m=M(q, rg))
    b.t("}}")
    return "json api response"


def t_server_log(b):
    rg = b.rg
    d = rdate()
    for _ in range(R.randint(3, 6)):
        k = R.random()
        ts = f"{d.day:02d}/{MONTHS[d.month - 1]}/{d.year}:{rtime()}:{R.randint(0, 59):02d} +0000"
        if k < 0.45:
            b.t(
                f'{V4() if R.random() < 0.75 else V6()} - - [{ts}] "GET /api/v{R.randint(1, 3)}/orders/{dg(6)} HTTP/1.1" {R.choice([200, 200, 304, 404, 500])} {R.randint(200, 90000)} "-" "Mozilla/5.0"\n'
            )
        elif k < 0.7:
            b.t(
                f"{MONTHS[d.month - 1]} {d.day} {rtime()}:{f'{R.randint(0, 59):02d}'} web{R.randint(1, 9)} sshd[{R.randint(1000, 60000)}]: Failed password for invalid user {R.choice(['admin', 'oracle', 'test'])} from {V4()} port {R.randint(30000, 65000)} ssh2\n"
            )
        else:
            p = person(b.lg)
            b.t(
                f"{d.isoformat() + 'T' + rtime()} INFO auth.login user={M(p, rg)} ip={V4(R.random() < 0.3) if R.random() < 0.7 else V6()} duration_ms={R.randint(5, 900)} req={sha(12)}\n"
            )
    return "server log"


def t_env(b):
    rg = b.rg
    p = person(b.lg)
    b.f(
        "# .env.{e}\nAPP_ENV={e}\nAPP_VERSION={v}\nADMIN_EMAIL={m}\nSMTP_FROM={m2}\nDB_HOST={db}\nDB_PORT=5432\n"
        "REDIS_URL=redis://{r}:6379/0\n",
        e=R.choice(["production", "staging"]),
        v=version(),
        m=M(p, rg),
        m2=(role_em(rg, "noreply"), "EMAIL"),
        db=V4(True),
        r=V4(True),
    )
    if R.random() < 0.6:
        b.f("ALLOWED_IPS={a},{c}\n", a=V4(), c=V6() if R.random() < 0.5 else V4())
    if R.random() < 0.5:
        b.f("SUPPORT_PHONE={p}\n", p=P(rg, "e164"))
    b.f("SESSION_TTL=3600\nSECRET_KEY_HINT={h}", h=sha(8))
    return "dotenv config"


def t_todo(b):
    rg, Lx = b.rg, L(b)
    p, q = person(b.lg), person(b.lg)
    b.t(
        f"## {fdate(rdate(), b.lg, rg)}\n"
        f"- [ ] {R.choice(['call dentist', 'ring plumber', Lx['phone'] + ':'])} {P(rg, 'nat')} (re: appt #{dg(4)})\n"
        f"- [x] {Lx['email']} {M(p, rg)} — forms\n"
        f"- [ ] pay {money(rg)} by {fdate(rdate(), b.lg, rg)}\n"
    )
    if R.random() < 0.6:
        b.f("- [ ] text {n} → {p}\n", n=q[0], p=P(rg))
    b.f("- [ ] renew passport (form {f})\n", f=f"{an(2)}-{dg(3)}")
    return "markdown todo notes"


def t_prose(b):
    rg, Lx = b.rg, L(b)
    p = person(b.lg)
    b.t(f"{Lx['hi']} {p[0]}! {Lx['new']} {P(rg)}. ")
    if R.random() < 0.6:
        b.f("{mob}: {p2}. ", mob=Lx["mobile"], p2=P(rg, R.choice(["intl", "00", "nat"])))
    b.t(f"{Lx['email']}: {M(p, rg)}. {Lx['thanks']}! ({fdate(rdate(), b.lg, rg)})")
    return "multilingual prose with native cue words"


def t_card_chat(b):
    rg, Lx = b.rg, L(b)
    p = person(b.lg)
    b.t(
        f"{Lx['hi']}, {R.choice(['can you book the hotel with my card', 'use this card for the flights:', 'card for the deposit:'])} {C()} exp {f'{R.randint(1, 12):02d}'}/{R.randint(26, 31)}, CVC on the back, name {nm(p).upper()}."
    )
    if R.random() < 0.5:
        b.f(" Confirmation to {m} please.", m=M(p, rg))
    return "card number in chat"


def t_card_form(b):
    rg, Lx = b.rg, L(b)
    p = person(b.lg)
    b.t(
        "Payment details\n"
        f"Cardholder: {nm(p)}\n"
        f"Card number: {C()}\n"
        f"Expiry: {f'{R.randint(1, 12):02d}'}/{R.randint(26, 31)}\n"
        f"Billing postcode: {postal(rg)}\n"
        f"{Lx['phone']}: {P(rg)}\n"
        f"{Lx['email']}: {M(p, rg)}\n"
        f"Booking ref: {an(6)}"
    )
    return "payment form with card"


def t_card_tsv(b):
    b.t("cardholder\tbrand\tnumber\texp\tlimit\n")
    for _ in range(R.randint(3, 5)):
        p = person(b.lg)
        br = R.choice(["visa", "mc", "amex", "disc", "jcb"])
        b.t(
            f"{nm(p)}\t{br.upper()}\t{C(br)}\t{f'{R.randint(1, 12):02d}'}/{R.randint(26, 31)}\t{R.choice([500, 1000, 2500, 5000])}\n"
        )
    return "corporate card roster tsv"


def t_card_dispute(b):
    rg = b.rg
    p = person(b.lg)
    b.t(
        f"Subject: Dispute transaction {dg(10)}\n"
        "\n"
        "Hello,\n"
        f"I don't recognise the charge of {money(rg)} on {fdate(rdate(), b.lg, rg)} on my card {C()}. Please block it and call me on {P(rg)}.\n"
        f"Regards, {nm(p)}\n"
        f"{M(p, rg)}"
    )
    return "card dispute email"


def t_signature(b):
    rg, Lx = b.rg, L(b)
    p = person(b.lg)
    dom = company_domain(rg)
    b.t(
        f"{R.choice(['Best regards,', 'Mit freundlichen Grüßen', 'Cordialement,', Lx['thanks'] + ','])}\n"
        "\n"
        "--\n"
        f"{nm(p)}\n"
        f"{R.choice(['Account Manager', 'Paralegal', 'Head of Ops', 'Sales'])} | {dom.split('.')[0].title()}\n"
        f"T: {P(rg, R.choice(['intl0', 'intl', 'nat']))}"
    )
    if R.random() < 0.5:
        b.f(" ext. {x}", x=dg(R.randint(2, 4)))
    b.t(f"\nM: {P(rg)}\nE: {M(p, rg, dom)}\nwww.{dom}")
    return "email signature block"


def t_invoice(b):
    rg = set_iban_region(b)
    p = person(b.lg)
    dom = company_domain(rg)
    b.f(
        "INVOICE {no}\nDate: {d}  Due: {d2}\n{co}\nVAT ID: {vat}\nAmount due: {amt}\n"
        "Please transfer to IBAN {i}, reference {no}.\nQuestions: {m} / {p}",
        no=f"{rdate().year}-{dg(4)}",
        d=fdate(rdate(), b.lg, rg),
        d2=fdate(rdate(), b.lg, rg),
        co=dom.split(".")[0].title(),
        vat=f"{rg}{dg(9)}",
        amt=money(rg, 80, 5000),
        i=I(rg),
        m=M(p, rg, dom),
        p=P(rg),
    )
    return "invoice with iban"


def t_sepa(b):
    rg = set_iban_region(b)
    p = person(b.lg)
    b.t(
        "SEPA Direct Debit Mandate\n"
        f"Creditor ID: {f'{rg}{dg(2)}ZZZ{dg(9)}'}\n"
        f"Mandate ref: {f'M-{dg(8)}'}\n"
        f"Debtor: {nm(p)}\n"
        f"Debtor IBAN: {I(rg)}\n"
        f"Signed {fdate(rdate(), b.lg, rg)}"
    )
    if R.random() < 0.5:
        b.f("\nRefund account: {i}", i=I(rg))
    return "sepa mandate"


def t_ip_ticket(b):
    rg = b.rg
    p = person(b.lg)
    b.t(
        f"Ticket #{dg(6)} — VPN locked out\n"
        f"Hi support, my public IP is {V4()} and my home router shows {V6()}. Client version {version()}. Reply to {M(p, rg)}."
    )
    return "support ticket with ips"


def t_firewall(b):
    lines = R.randint(3, 5)
    b.t("# firewall rules\n")
    for _ in range(lines):
        k = R.random()
        if k < 0.4:
            b.f(
                "-A INPUT -s {ip}/32 -p tcp --dport {pt} -j ACCEPT\n",
                ip=V4(),
                pt=R.choice([22, 443, 5432]),
            )
        elif k < 0.7:
            b.f("ufw allow from {ip} to any port {pt}\n", ip=V6(), pt=R.choice([22, 8443]))
        else:
            b.f("Endpoint = {ip}:51820\n", ip=V4())
    return "firewall config"


def t_family(b):
    rg = b.rg
    b.t("| Name | Relation | Phone | Email |\n|---|---|---|---|\n")
    for rel in R.sample(
        ["Mum", "Dad", "Grandma", "Aunt", "Neighbour", "Babysitter"], R.randint(3, 5)
    ):
        p = person(b.lg)
        b.t(f"| {nm(p)} | {rel} | {P(rg)} | {M(p, rg)} |\n")
    return "markdown contact table"


# ---------------------------------------------------------------- negative templates
def n_order(b):
    rg = b.rg
    b.t(
        f"Order confirmation {order_no()}\n"
        f"Placed {fdate(rdate(), b.lg, rg)} at {rtime()}\n"
        f"Items: {R.randint(1, 6)}  Subtotal {money(rg)}\n"
        f"Tracking: {tracking()}\n"
        f"Customer no. {dg(8)}\n"
        f"Invoice {f'INV-{dg(4)}-{dg(5)}'}"
    )
    return "order confirmation no pii"


def n_meeting(b):
    b.t(
        "Join Zoom Meeting\n"
        f"https://zoom.us/j/{dg(11)}\n"
        f"Meeting ID: {meeting_id()}\n"
        f"Passcode: {dg(6)}\n"
        f"Starts {fdate(rdate(), b.lg, b.rg)} {rtime()} (UTC+{R.randint(0, 9)})"
    )
    return "meeting id and passcode"


def n_changelog(b):
    b.t("# CHANGELOG\n")
    for _ in range(R.randint(3, 5)):
        b.t(
            f"## {version()} — {rdate().isoformat()}\n"
            f"- fix: retry after {R.randint(100, 5000)} ms (#{R.randint(100, 9999)})\n"
            f"- build {version()}\n"
        )
    return "changelog versions"


def n_books(b):
    b.t("Reading list\n")
    for _ in range(R.randint(3, 5)):
        b.t(
            f"- {R.choice(['Dune', 'Der Process', 'Cien años', 'Norwegian Wood', 'Middlemarch'])} — ISBN {isbn13()}, {R.randint(120, 900)} pp., {R.randint(1950, 2024)}\n"
        )
    return "isbn list"


def n_gps(b):
    b.t("track_id,time,lat,lon,alt_m\n")
    tid = dg(6)
    for _ in range(R.randint(3, 6)):
        b.t(
            f"{tid},{f'{rdate().isoformat()}T{rtime()}:00Z'},{f'{R.uniform(-60, 70):.6f}'},{f'{R.uniform(-170, 170):.6f}'},{R.randint(0, 3000)}\n"
        )
    return "gps coordinates csv"


def n_products(b):
    b.t("SKU\tEAN\tName\tPrice\tStock\n")
    for _ in range(R.randint(3, 6)):
        b.t(
            f"{f'{an(3)}-{dg(5)}'}\t{ean13()}\t{R.choice(['Mug', 'Cable USB-C 2m', 'Desk lamp', 'Socks 3-pack'])}\t{money(b.rg, 2, 90)}\t{R.randint(0, 500)}\n"
        )
    return "product list ean"


def n_gitlog(b):
    for _ in range(R.randint(3, 5)):
        b.t(
            f"commit {sha(40)}\n"
            f"Date:   {rdate().isoformat()} {rtime()}:{f'{R.randint(0, 59):02d}'} +0100\n"
            "\n"
            f"    bump to {version()}\n"
            "\n"
        )
    return "git log hashes"


def n_badcard(b):
    b.t(
        f"QA note: the test number {bad_card()} should be rejected by the checkout (checksum fails). Also try {bad_card()}. Ticket {f'QA-{dg(4)}'}."
    )
    return "invalid luhn card-like numbers"


def n_badiban(b):
    cc = R.choice(list(IBAN_SPEC))
    b.f(
        "Validation error: '{i}' is not a valid IBAN (check digits). Field: beneficiary, row {r}.",
        i=bad_iban(cc),
        r=R.randint(2, 300),
    )
    return "invalid iban"


def n_inventory(b):
    b.t("Asset\tSerial\tMAC-free id\tPurchased\n")
    for _ in range(R.randint(3, 5)):
        b.t(
            f"{R.choice(['Laptop', 'Monitor', 'Dock', 'Printer'])}\tSN {f'{an(4)}-{an(4)}-{an(4)}'}\t{sha(10)}\t{rdate().isoformat()}\n"
        )
    return "serial numbers inventory"


def n_stats(b):
    b.t(
        f"Results: n={R.randint(20, 5000)}, mean {f'{R.uniform(1, 100):.2f}'} ± {f'{R.uniform(0.1, 5):.2f}'}, range {R.randint(100, 999)}-{R.randint(1000, 9999)}, p={f'0.0{dg(2)}'}. Measured {R.randint(10, 900)} x {R.randint(10, 900)} mm at {R.randint(-20, 40)} °C."
    )
    return "measurements and ranges"


def n_address(b):
    b.t(
        "Delivery address\n"
        f"{R.choice(['Lindenweg', 'Rue Oberkampf', 'Calle Sol', 'Elm Road'])} {R.randint(1, 200)}\n"
        f"{postal(b.rg)} {R.choice(['Berlin', 'Lyon', 'Sevilla', 'Leeds', 'Osaka'])}\n"
        f"Floor {R.randint(0, 9)}, door code {dg(4)}"
    )
    return "postal address no contact"


def n_utility(b):
    rg = b.rg
    b.t(
        "Electricity bill\n"
        f"Account number: {dg(10)}\n"
        f"Customer ID: {f'C{dg(9)}'}\n"
        f"Meter {an(8)}: {R.randint(10000, 50000)} → {R.randint(50001, 90000)} kWh\n"
        f"Period {fdate(rdate(), b.lg, rg)} – {fdate(rdate(), b.lg, rg)}\n"
        f"Amount {money(rg)}"
    )
    return "utility bill account numbers"


def n_applog(b):
    for _ in range(R.randint(3, 6)):
        b.t(
            f"{rdate().isoformat()}T{rtime()}:{f'{R.randint(0, 59):02d}'}.{dg(3)}Z WARN worker-{R.randint(1, 16)} job={uuid()} took {R.randint(10, 90000)}ms trace={sha(16)}\n"
        )
    return "app log no ip"


def n_flight(b):
    b.f(
        "Booking reference {pnr}\nFlight {fl} {d} dep {t1} arr {t2}\nSeat {seat}  E-ticket {et}\nBaggage 23 kg",
        pnr=an(6),
        fl=f"{R.choice(['LH', 'BA', 'AF', 'TK', 'NH'])}{R.randint(10, 9999)}",
        d=fdate(rdate(), b.lg, b.rg),
        t1=rtime(),
        t2=rtime(),
        seat=f"{R.randint(1, 45)}{R.choice('ABCDEF')}",
        et=f"{dg(3)}-{dg(10)}",
    )
    return "flight booking refs"


def n_tracking(b):
    tr = tracking()
    b.t(f"Shipment {tr}\n")
    for _ in range(R.randint(3, 5)):
        b.t(
            f"{fdate(rdate(), b.lg, b.rg)} {rtime()}  {R.choice(['Arrived at hub', 'In transit', 'Out for delivery'])}  {f'HUB-{dg(4)}'}\n"
        )
    return "tracking events"


def n_sports(b):
    b.t(
        f"10k splits: {f'{R.randint(4, 6)}:{R.randint(0, 59):02d}'}, {f'{R.randint(4, 6)}:{R.randint(0, 59):02d}'}, {f'{R.randint(4, 6)}:{R.randint(0, 59):02d}'}; total {f'{R.randint(40, 60)}:{R.randint(0, 59):02d}'}. Bib {dg(4)}. Heart rate {R.randint(120, 150)}-{R.randint(151, 190)} bpm. Score {R.randint(0, 5)}:{R.randint(0, 5)}."
    )
    return "sports splits"


def n_recipe(b):
    b.t(
        f"Recipe (serves {R.randint(2, 8)}): {R.randint(100, 900)} g flour, {R.randint(50, 600)} ml milk, {R.randint(1, 4)} eggs; bake {R.randint(10, 90)} min at {R.randint(150, 230)} °C; {R.randint(200, 900)} kcal per portion."
    )
    return "recipe measurements"


def n_chat(b):
    rg, lg, Lx = b.rg, b.lg, L(b)
    a, c = person(lg), person(lg)
    d = rdate()
    style = R.choice(["wa_android", "wa_ios", "signal", "imsg"])
    for msg in [
        Lx["hi"] + "!",
        f"order {order_no()} arrived",
        f"{money(rg)} each",
        f"meet {rtime()}?",
        Lx["thanks"],
    ]:
        b.t(chat_ts(d, style, lg, rg) + nm(R.choice([a, c])) + ": " + msg + "\n")
    return f"chat export no pii {style}"


def n_json(b):
    b.t(
        f'{{"id": {dg(9)}, "order_id": "{order_no()}", "amount": {f"{R.uniform(1, 900):.2f}"}, "currency": "{REG[b.rg]["cur"]}", "created": "{rdate().isoformat() + "T12:00:00Z"}", "items": {R.randint(1, 9)}, "sku": "{ean13()}", "hash": "{sha(32)}"}}'
    )
    return "json api no pii"


def n_env(b):
    b.t(
        "APP_ENV=staging\n"
        f"APP_VERSION={version()}\n"
        f"PORT={R.choice([8080, 3000, 5000])}\n"
        f"WORKERS={R.randint(1, 16)}\n"
        f"TIMEOUT_MS={R.randint(500, 30000)}\n"
        "FEATURE_FLAGS=search,beta\n"
        f"BUILD_SHA={sha(12)}"
    )
    return "dotenv no pii"


def n_bank(b):
    rg = b.rg
    b.f("Transactions {m}/{y}\n", m=R.randint(1, 12), y=R.randint(2023, 2026))
    for _ in range(R.randint(3, 5)):
        b.t(
            f"{fdate(rdate(), b.lg, rg)}  {R.choice(['Rent', 'Netflix', 'Grocery', 'ATM'])}  Ref {order_no()}  {money(rg)}\n"
        )
    b.f("Account no. ending {e} · customer {cn}", e=dg(4), cn=dg(8))
    return "bank transactions no iban"


def n_calendar(b):
    d = rdate()
    b.t(
        "BEGIN:VEVENT\n"
        f"UID:{uuid()}\n"
        f"DTSTART:{d.strftime('%Y%m%dT090000')}\n"
        f"DTEND:{d.strftime('%Y%m%dT100000')}\n"
        f"SUMMARY:{R.choice(['Sprint planning', 'Yoga', 'Team lunch'])}\n"
        f"LOCATION:Room {f'{R.randint(1, 9)}.{dg(3)}'}\n"
        f"SEQUENCE:{R.randint(0, 5)}\n"
        "END:VEVENT"
    )
    return "calendar event no contacts"


def n_todo(b):
    b.t(
        f"- [ ] return parcel {tracking()}\n"
        f"- [x] pay invoice {f'{rdate().year}-{dg(5)}'} ({money(b.rg)})\n"
        f"- [ ] book table for {R.randint(2, 8)} at {rtime()}\n"
        f"- [ ] update to {version()}\n"
    )
    return "todo list no pii"


def n_prose(b):
    Lx = L(b)
    b.t(
        f"{Lx['hi']}! Order {order_no()} · {money(b.rg)} · {fdate(rdate(), b.lg, b.rg)} {rtime()} · ref {an(8)}. {Lx['thanks']}!"
    )
    return "multilingual prose numbers no pii"


POS = [
    (globals()[k], int(v))
    for k, v in (
        x.split(":")
        for x in """
t_thread:20 t_calendar:14 t_voicemail:20 t_receipt:12 t_bank_statement:13
t_hr_form:18 t_payroll:13 t_tax_letter:14 t_school:10 t_medical:14 t_shipping:10
t_classified:14 t_chat:30 t_vcard:10 t_google_csv:6 t_outlook_csv:6 t_tsv:8 t_json:12
t_server_log:12 t_env:10 t_todo:12 t_prose:26 t_card_chat:15 t_card_form:12
t_card_tsv:7 t_card_dispute:8 t_signature:12 t_invoice:12 t_sepa:6 t_ip_ticket:8
t_firewall:5 t_family:8
""".split()
    )
]
NEG = [
    (globals()[k], int(v))
    for k, v in (
        x.split(":")
        for x in """
n_order:12 n_meeting:12 n_changelog:8 n_books:8 n_gps:8 n_products:10 n_gitlog:7
n_badcard:14 n_badiban:14 n_inventory:8 n_stats:8 n_address:10 n_utility:10
n_applog:9 n_flight:10 n_tracking:8 n_sports:6 n_recipe:6 n_chat:12 n_json:10 n_env:7
n_bank:10 n_calendar:7 n_todo:8 n_prose:18
""".split()
    )
]

# ---------------------------------------------------------------- checks
SHAPE = {
    "EMAIL": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    "PHONE": re.compile(r"(\+|00)?[\d(][\d ().-]{5,}\d"),
    "SSN": re.compile(r"\d{3}([- ]?)\d{2}\1\d{4}"),
    "CARD": re.compile(r"\d{4}([ -]?)\d{4,6}(\1\d{4,5}){1,3}"),
    "IBAN": re.compile(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,35}"),
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]{2,}")
QUAD_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSNISH = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
CARDISH = re.compile(r"(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}(?!\d)")


def check_span(ent, v):
    assert v and v == v.strip(), (ent, v)
    if ent == "IP":
        ipaddress.ip_address(v)
        return
    assert SHAPE[ent].fullmatch(v), (ent, v)
    dig = re.sub(r"\D", "", v)
    if ent == "PHONE":
        assert 7 <= len(dig) <= 15, v
    elif ent == "SSN":
        a, g, s = int(dig[:3]), int(dig[3:5]), int(dig[5:])
        assert len(dig) == 9 and 0 < a < 900 and a != 666 and g > 0 and s > 0, v
    elif ent == "CARD":
        assert 13 <= len(dig) <= 19 and luhn_ok(dig), v
    elif ent == "IBAN":
        raw = v.replace(" ", "")
        assert len(raw) == IBAN_LEN[raw[:2]] and iban_ok(raw), v


def clean_outside(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "§"
    rest = "".join(chars)
    if EMAIL_RE.search(rest) or SSNISH.search(rest):
        return False
    for m in QUAD_RE.finditer(rest):
        if all(int(x) <= 255 for x in m.groups()):
            return False
    for m in re.finditer(r"\d{13,19}", rest):
        if luhn_ok(m.group()):
            return False
    for m in CARDISH.finditer(rest):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return False
    for m in IBANISH.finditer(rest):
        raw = m.group().replace(" ", "")
        if raw[:2] in IBAN_LEN and len(raw) >= 15 and iban_ok(raw):
            return False
    return True


def main():
    regions = list(REG)
    R.shuffle(regions)
    jobs = [(fn, "positive") for fn, n in POS for _ in range(n)]
    jobs += [(fn, "hard_negative") for fn, n in NEG for _ in range(n)]
    R.shuffle(jobs)
    rows, langs, regs = [], {}, {}
    for idx, (fn, kind) in enumerate(jobs):
        for _attempt in range(200):
            rg = regions[idx % len(regions)] if _attempt == 0 else R.choice(regions)
            b = B(rg, R.choice(REG[rg]["langs"]))
            note = fn(b)
            text = b.text()
            assert not re.search(r"[\x01-\x03]", text), "marker leak"
            if clean_outside(text, b.spans):
                break
        else:
            raise AssertionError(fn.__name__)
        last = 0
        for s in sorted(b.spans, key=lambda s: s["start"]):
            assert s["start"] >= last, "overlap"
            last = s["end"]
            check_span(s["entity"], text[s["start"] : s["end"]])
        if kind == "positive":
            assert b.spans, fn.__name__
        else:
            assert not b.spans, fn.__name__
        langs[b.lg] = langs.get(b.lg, 0) + 1
        regs[b.rg] = regs.get(b.rg, 0) + 1
        rows.append({"text": text, "spans": b.spans, "kind": kind, "note": note})
    counts = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["entity"]] = counts.get(s["entity"], 0) + 1
    mins = {"PHONE": 700, "SSN": 100, "CARD": 60, "IBAN": 50, "IP": 120, "EMAIL": 300}
    pos = sum(r["kind"] == "positive" for r in rows)
    print(f"texts={len(rows)} positive={pos} hard_negative={len(rows) - pos}")
    print("spans", dict(sorted(counts.items())))
    print(f"languages={len(langs)} regions={len(regs)}")
    for k, v in mins.items():
        assert counts.get(k, 0) >= v, (k, counts.get(k, 0), v)
    assert len(langs) >= 35 and len(regs) >= 60, (len(langs), len(regs))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
