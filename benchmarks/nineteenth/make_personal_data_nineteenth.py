"""Generate the nineteenth blind personal-data evaluation set (stdlib only).

Writes personal_data_nineteenth.jsonl next to this file. Every line holds a
text, exact character spans for EMAIL/PHONE/SSN/CARD/IBAN/IP values, a kind
("positive" or "hard_negative") and a short note naming the template.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import random
import re
from collections import Counter
from pathlib import Path

SEED = 20261225
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "personal_data_nineteenth.jsonl"

N_NEG = 240

# ---------------------------------------------------------------- documents


class Doc:
    __slots__ = ("text", "spans")

    def __init__(self, text="", spans=None):
        self.text = text
        self.spans = spans or []

    def __add__(self, other):
        if isinstance(other, str):
            other = Doc(other)
        n = len(self.text)
        return Doc(
            self.text + other.text,
            self.spans + [(s + n, e + n, t) for s, e, t in other.spans],
        )


_PH = re.compile(r"\{\{(\w+)\}\}")


def F(fmt, **kw):
    """Render fmt; {{name}} placeholders take str or (ENTITY, value)."""
    parts, spans, pos = [], [], 0
    for i, piece in enumerate(_PH.split(fmt)):
        if i % 2:
            v = kw[piece]
            if isinstance(v, tuple):
                spans.append((pos, pos + len(v[1]), v[0]))
                piece = v[1]
            else:
                piece = str(v)
        parts.append(piece)
        pos += len(piece)
    return Doc("".join(parts), spans)


def J(sep, docs):
    out = Doc()
    for i, d in enumerate(docs):
        if i:
            out = out + sep
        out = out + (d if isinstance(d, Doc) else Doc(d))
    return out


def pick(seq):
    return rng.choice(seq)


# ---------------------------------------------------------------- regions
# iso|lang|cc|tld|first names|last names|providers|tel;call;mine;wa;hi;mail;thx
REGION_TABLE = """
US|en|1|com|James Maria Tyler Keisha|Johnson Garcia Nguyen Okafor|gmail.com yahoo.com outlook.com comcast.net|Phone;Call me at;My number is;WhatsApp me on;Hi;Email;Thanks
CA|en|1|ca|Liam Chloe Owen Priya|Tremblay MacDonald Singh Roy|gmail.com rogers.com shaw.ca videotron.ca|Tel;Call me at;My cell is;WhatsApp;Hey;Email;Thanks
GB|en|44|co.uk|Oliver Amelia Harry Aisha|Smith Patel Jones Hughes|btinternet.com yahoo.co.uk sky.com gmail.com|Tel;Ring me on;My mobile is;WhatsApp me on;Hiya;Email;Cheers
IE|en|353|ie|Sean Aoife Ciaran Niamh|Murphy Kelly OBrien Byrne|eircom.net gmail.com hotmail.com|Ph;Give us a call on;My number's;WhatsApp:;Hi;Email;Thanks a mil
AU|en|61|com.au|Jack Mia Lachlan Ruby|Wilson Taylor Nguyen Kelly|bigpond.com optusnet.com.au gmail.com|Ph;Give me a bell on;My mob is;WhatsApp:;G'day;Email;Ta
NZ|en|64|co.nz|Mason Aroha Ella Tane|Williams Ngata Brown Walker|xtra.co.nz gmail.com|Ph;Flick me a text on;My number is;WhatsApp;Kia ora;Email;Cheers
NG|en|234|com.ng|Chinedu Ngozi Tunde Amaka|Okafor Adeyemi Bello Eze|yahoo.com gmail.com|Tel;Call me for;My number na;WhatsApp:;How far;Email;Thank you
GH|en|233|com.gh|Kwame Ama Kofi Efua|Mensah Owusu Boateng Asante|gmail.com yahoo.com|Tel;Call me on;My line is;WhatsApp:;Chale;Email;Medaase
SG|en|65|com.sg|Ethan Hui Siti Darren|Tan Lim Rahman Goh|singnet.com.sg gmail.com|Tel;Call me at;My HP is;WhatsApp me;Hi;Email;Thanks ah
DE|de|49|de|Lukas Anna Jonas Mia|Mueller Schmidt Becker Yilmaz|web.de gmx.de t-online.de posteo.de|Telefon;Ruf mich an unter;Meine Nummer ist;WhatsApp an;Hallo;E-Mail;Danke
AT|de|43|at|Florian Lena Tobias Sarah|Gruber Huber Wagner Pichler|gmx.at aon.at chello.at|Tel.;Ruf mi an:;Meine Handynummer:;WhatsApp:;Servus;E-Mail;Danke
CH|de|41|ch|Noah Lea Luca Mila|Meier Keller Frei Brunner|bluewin.ch gmx.ch sunrise.ch|Tel.;Ruf mich an unter;Meine Natelnummer:;WhatsApp:;Grüezi;E-Mail;Merci vielmal
FR|fr|33|fr|Lucas Camille Hugo Ines|Martin Bernard Dubois Moreau|orange.fr free.fr laposte.net sfr.fr|Tél.;Appelle-moi au;Mon numéro :;WhatsApp au;Salut;Courriel;Merci
BE|fr|32|be|Arthur Louise Noah Elise|Peeters Janssens Dupont Lambert|skynet.be telenet.be proximus.be|Tél;Appelez-moi au;Mon GSM :;WhatsApp :;Bonjour;Courriel;Merci
ES|es|34|es|Pablo Lucia Alejandro Carmen|Garcia Fernandez Lopez Navarro|telefonica.net gmail.com hotmail.es|Tel.;Llámame al;Mi número es;Escríbeme por WhatsApp al;Hola;Correo;Gracias
MX|es|52|com.mx|Santiago Ximena Diego Lupita|Hernandez Martinez Ramirez Cruz|prodigy.net.mx hotmail.com gmail.com|Cel.;Márcame al;Mi cel es;Mándame WhatsApp al;Qué onda;Correo;Gracias
AR|es|54|com.ar|Mateo Valentina Joaquin Lucia|Gonzalez Rodriguez Fernandez Sosa|fibertel.com.ar gmail.com|Cel;Llamame al;Mi número es;Pasame un WhatsApp al;Che;Mail;Gracias
CL|es|56|cl|Benjamin Sofia Vicente Isidora|Munoz Rojas Diaz Soto|vtr.net gmail.com|Fono;Llámame al;Mi número es;WhatsApp:;Hola;Correo;Gracias
CO|es|57|com.co|Samuel Mariana Juan Valeria|Rodriguez Gomez Castro Rincon|une.net.co gmail.com|Cel.;Llámame al;Mi celular es;WhatsApp:;Buenas;Correo;Gracias
PE|es|51|com.pe|Thiago Camila Luis Rosa|Quispe Flores Huaman Vargas|gmail.com hotmail.com|Cel.;Llámame al;Mi número es;WhatsApp:;Hola;Correo;Gracias
IT|it|39|it|Francesco Giulia Alessandro Chiara|Rossi Russo Ferrari Esposito|libero.it alice.it tiscali.it|Tel.;Chiamami al;Il mio numero è;Scrivimi su WhatsApp al;Ciao;Email;Grazie
PT|pt|351|pt|Joao Beatriz Tiago Ines|Silva Santos Ferreira Costa|sapo.pt gmail.com|Tel.;Liga-me para o;O meu número é;WhatsApp:;Olá;E-mail;Obrigado
BR|pt|55|com.br|Gabriel Ana Rafael Julia|Souza Oliveira Lima Pereira|uol.com.br bol.com.br gmail.com|Cel.;Me liga no;Meu número é;Chama no zap:;Oi;E-mail;Valeu
NL|nl|31|nl|Daan Emma Sem Fleur|deJong Jansen Bakker Visser|ziggo.nl kpnmail.nl gmail.com|Tel.;Bel me op;Mijn nummer is;App me op;Hoi;E-mail;Bedankt
PL|pl|48|pl|Jakub Zuzanna Kacper Julia|Nowak Kowalski Wisniewska Wojcik|wp.pl o2.pl onet.pl|Tel.;Zadzwoń do mnie:;Mój numer to;Napisz na WhatsAppie:;Cześć;E-mail;Dzięki
CZ|cs|420|cz|Jan Tereza Vojtech Eliska|Novak Svoboda Dvorak Cerna|seznam.cz email.cz centrum.cz|Tel.;Zavolej mi na;Moje číslo je;WhatsApp:;Ahoj;E-mail;Díky
SE|sv|46|se|William Alice Elias Maja|Andersson Johansson Karlsson Nilsson|telia.com bredband.net gmail.com|Tfn;Ring mig på;Mitt nummer är;WhatsApp:;Hej;E-post;Tack
NO|nb|47|no|Jakob Nora Emil Ingrid|Hansen Johansen Olsen Berg|online.no gmail.com|Tlf.;Ring meg på;Nummeret mitt er;WhatsApp:;Hei;E-post;Takk
DK|da|45|dk|Oscar Ida Magnus Freja|Nielsen Jensen Pedersen Larsen|mail.dk jubii.dk gmail.com|Tlf.;Ring til mig på;Mit nummer er;WhatsApp:;Hej;E-mail;Tak
FI|fi|358|fi|Eino Aino Onni Sofia|Korhonen Virtanen Makinen Nieminen|elisanet.fi luukku.com gmail.com|Puh.;Soita minulle numeroon;Numeroni on;WhatsApp:;Moi;Sähköposti;Kiitos
IS|is|354|is|Aron Katla Gunnar Sigrun|Jonsson Sigurdardottir Magnusson Olafsson|simnet.is gmail.com|Sími;Hringdu í mig í;Númerið mitt er;WhatsApp:;Hæ;Netfang;Takk
GR|el|30|gr|Giorgos Maria Nikos Eleni|Papadopoulos Georgiou Nikolaou Pappas|otenet.gr yahoo.gr|Τηλ.;Πάρε με στο;Το κινητό μου είναι;WhatsApp:;Γεια σου;Email;Ευχαριστώ
TR|tr|90|com.tr|Yusuf Zeynep Emre Elif|Yilmaz Kaya Demir Sahin|hotmail.com gmail.com yandex.com.tr|Tel;Beni ara:;Numaram;WhatsApp'tan yaz:;Selam;E-posta;Teşekkürler
RU|ru|7|ru|Ivan Olga Dmitry Anya|Ivanov Smirnova Kuznetsov Popova|mail.ru yandex.ru rambler.ru|Тел.;Позвони мне по номеру;Мой номер;Пиши в WhatsApp:;Привет;Почта;Спасибо
KZ|kk|7|kz|Nursultan Aigerim Arman Dana|Nurlanov Bekova Serikbayev Omarova|mail.kz mail.ru|Тел.;Маған қоңырау шал:;Менің нөмірім;WhatsApp:;Сәлем;Пошта;Рахмет
UA|uk|380|com.ua|Oleksandr Iryna Taras Oksana|Shevchenko Bondarenko Kovalenko Tkachenko|ukr.net i.ua gmail.com|Тел.;Подзвони мені:;Мій номер;Пиши у WhatsApp:;Привіт;Пошта;Дякую
RO|ro|40|ro|Andrei Ioana Mihai Elena|Popescu Ionescu Dumitru Stan|yahoo.com gmail.com|Tel.;Sună-mă la;Numărul meu e;Scrie-mi pe WhatsApp la;Salut;E-mail;Mulțumesc
HU|hu|36|hu|Bence Reka Mate Anna|Nagy Kovacs Toth Szabo|freemail.hu citromail.hu|Tel.;Hívj fel ezen:;A számom:;WhatsApp:;Szia;E-mail;Köszi
IL|he|972|co.il|Noam Tamar Itai Yael|Cohen Levi Mizrahi Peretz|walla.co.il gmail.com|טל׳;תתקשר אליי;המספר שלי;וואטסאפ:;היי;מייל;תודה
SA|ar|966|com.sa|Abdullah Noura Faisal Reem|Alqahtani Alharbi Alotaibi Alghamdi|gmail.com hotmail.com|هاتف;اتصل بي على;رقمي;واتساب:;مرحبا;البريد;شكراً
AE|ar|971|ae|Hamdan Mariam Khalid Shamma|Almansoori Alshamsi Alnuaimi Almazrouei|eim.ae gmail.com|جوال;كلمني على;رقمي هو;واتساب;هلا;البريد;مشكور
EG|ar|20|com.eg|Mohamed Nour Ahmed Salma|Hassan Mostafa Ibrahim Fathy|yahoo.com gmail.com|موبايل;كلمني على;رقمي;واتس:;أهلاً;الإيميل;شكراً
MA|ar|212|ma|Youssef Salma Amine Kenza|Benali Elidrissi Alaoui Tazi|menara.ma gmail.com|الهاتف;عيط ليا على;نمرتي;واتساب:;سلام;الإيميل;شكرا
JO|ar|962|jo|Omar Lina Zaid Dana|Haddad Khoury Masri Nasser|orange.jo gmail.com|خلوي;اتصل على;رقمي;واتساب:;مرحبا;البريد;يعطيك العافية
IQ|ar|964|iq|Ali Zainab Hussein Noor|Aljubouri Alobaidi Kadhim Jasim|gmail.com yahoo.com|موبايل;اتصل بيه على;رقمي;واتساب;هلو;الإيميل;شكراً
LB|ar|961|com.lb|Karim Maya Georges Rana|Khalil Nassar Haddad Aoun|idm.net.lb gmail.com|هاتف;حاكيني على;رقمي;واتساب:;مرحبا;البريد;ميرسي
IR|fa|98|ir|Amir Fatemeh Reza Sara|Hosseini Mohammadi Rezaei Karimi|chmail.ir gmail.com|تلفن;با من تماس بگیر;شماره من;واتساپ:;سلام;ایمیل;ممنون
KE|sw|254|co.ke|Brian Wanjiru Kevin Akinyi|Otieno Kamau Mwangi Wambui|gmail.com yahoo.com|Simu;Nipigie kwa;Namba yangu ni;WhatsApp:;Habari;Barua pepe;Asante
TZ|sw|255|co.tz|Baraka Neema Juma Rehema|Mushi Mrema Salim Massawe|gmail.com yahoo.com|Simu;Nipigie;Namba yangu;WhatsApp;Mambo;Barua pepe;Asante sana
ZA|af|27|co.za|Thabo Annika Pieter Lerato|Nkosi vanderMerwe Botha Dlamini|telkomsa.net mweb.co.za gmail.com|Tel;Bel my by;My nommer is;WhatsApp:;Hallo;E-pos;Dankie
ET|am|251|et|Abebe Hana Dawit Meron|Tesfaye Bekele Girma Alemu|ethionet.et gmail.com|ስልክ;ደውልልኝ;ስልኬ;ዋትስአፕ:;ሰላም;ኢሜይል;አመሰግናለሁ
IN|hi|91|co.in|Aarav Priya Rohan Ananya|Sharma Iyer Gupta Reddy|rediffmail.com gmail.com yahoo.co.in|फ़ोन;मुझे कॉल करो;मेरा नंबर;व्हाट्सएप:;नमस्ते;ईमेल;धन्यवाद
PK|ur|92|com.pk|Hamza Ayesha Bilal Sana|Khan Qureshi Malik Butt|gmail.com yahoo.com|فون;مجھے کال کریں;میرا نمبر;واٹس ایپ:;السلام علیکم;ای میل;شکریہ
BD|bn|880|com.bd|Rahim Nusrat Tanvir Farhana|Hossain Akter Rahman Islam|gmail.com yahoo.com|ফোন;আমাকে ফোন করো;আমার নম্বর;হোয়াটসঅ্যাপ:;হ্যালো;ইমেইল;ধন্যবাদ
LK|si|94|lk|Kasun Dilini Nuwan Sanduni|Perera Fernando Silva Jayasuriya|sltnet.lk gmail.com|දුරකථන;මට කතා කරන්න;මගේ අංකය;WhatsApp:;ආයුබෝවන්;ඊමේල්;ස්තූතියි
NP|ne|977|com.np|Suman Sita Bikash Anjali|Shrestha Thapa Gurung Adhikari|wlink.com.np gmail.com|फोन;मलाई फोन गर्नुस्;मेरो नम्बर;ह्वाट्सएप:;नमस्ते;इमेल;धन्यवाद
CN|zh|86|cn|Wei Fang Hao Jing|Wang Li Zhang Liu|qq.com 163.com 126.com sina.com|电话;打我电话;我的手机号;微信/WhatsApp：;你好;邮箱;谢谢
HK|zh|852|com.hk|Kaming Wing Chun Mandy|Chan Wong Leung Cheung|netvigator.com yahoo.com.hk|電話;打俾我;我個電話係;WhatsApp：;你好;電郵;多謝
TW|zh|886|com.tw|Chihhao Yiting Wei Shufen|Chen Lin Huang Tsai|hinet.net yahoo.com.tw gmail.com|電話;請打給我;我的手機;LINE/WhatsApp：;您好;信箱;謝謝
JP|ja|81|co.jp|Haruto Yui Sota Hina|Sato Suzuki Takahashi Tanaka|yahoo.co.jp docomo.ne.jp gmail.com|電話;お電話ください;私の番号は;WhatsApp：;こんにちは;メール;ありがとうございます
KR|ko|82|co.kr|Minjun Seoyeon Jiho Haeun|Kim Lee Park Choi|naver.com daum.net hanmail.net|전화;전화 주세요;제 번호는;왓츠앱:;안녕하세요;이메일;감사합니다
MY|ms|60|com.my|Ahmad Nurul Jason Mei|Ismail Abdullah Wong Tan|streamyx.com gmail.com|Tel;Telefon saya di;Nombor saya;WhatsApp:;Hai;E-mel;Terima kasih
ID|id|62|co.id|Budi Siti Agus Dewi|Santoso Wijaya Pratama Lestari|yahoo.co.id gmail.com|Telp.;Hubungi saya di;Nomor saya;WA:;Halo;Email;Makasih
PH|tl|63|com.ph|Juan Maricel Jose Angelica|Santos Reyes DelaCruz Bautista|yahoo.com gmail.com|Tel.;Tawagan mo ako sa;Number ko ay;WhatsApp/Viber:;Kumusta;Email;Salamat
TH|th|66|co.th|Somchai Nattaya Anan Ploy|Srisuk Chaiyaporn Thongdee Wongsa|hotmail.com gmail.com|โทร;โทรหาฉันที่;เบอร์ของฉัน;วอทส์แอพ:;สวัสดี;อีเมล;ขอบคุณ
VN|vi|84|vn|Minh Lan Tuan Huong|Nguyen Tran Le Pham|vnn.vn gmail.com|ĐT;Gọi cho mình số;Số của mình là;Zalo/WhatsApp:;Chào;Email;Cảm ơn
MM|my|95|com.mm|Aung Su Kyaw Thida|Win Myint Htun Oo|gmail.com yahoo.com|ဖုန်း;ကျွန်တော့်ကိုဖုန်းဆက်ပါ;ကျွန်တော့်နံပါတ်;WhatsApp:;မင်္ဂလာပါ;အီးမေးလ်;ကျေးဇူးတင်ပါတယ်
KH|km|855|com.kh|Sokha Sreymom Dara Bopha|Chan Sok Heng Lim|gmail.com yahoo.com|ទូរស័ព្ទ;ហៅមកខ្ញុំ;លេខខ្ញុំ;WhatsApp:;សួស្តី;អ៊ីមែល;អរគុណ
MN|mn|976|mn|Bat Saraa Temuulen Anu|Dorj Bold Ganbaatar Enkh|gmail.com yahoo.com|Утас;Над руу залгаарай;Миний дугаар;WhatsApp:;Сайн байна уу;Имэйл;Баярлалаа
UZ|uz|998|uz|Jasur Madina Bekzod Nodira|Karimov Rashidova Tursunov Aliyeva|mail.uz gmail.com|Tel;Menga qo'ng'iroq qiling;Mening raqamim;WhatsApp:;Salom;Email;Rahmat
GE|ka|995|ge|Giorgi Nino Levan Mariam|Beridze Kapanadze Gelashvili Lomidze|gmail.com yahoo.com|ტელ.;დამირეკე;ჩემი ნომერია;WhatsApp:;გამარჯობა;ელფოსტა;მადლობა
AM|hy|374|am|Aram Ani Davit Lilit|Petrosyan Hakobyan Sargsyan Grigoryan|mail.am gmail.com|Հեռ.;Զանգիր ինձ;Իմ համարը;WhatsApp:;Բարև;Էլ. փոստ;Շնորհակալություն
RS|sr|381|rs|Nikola Milica Stefan Jelena|Jovanovic Petrovic Nikolic Ilic|eunet.rs gmail.com|Тел.;Позови ме на;Мој број је;Вајбер/WhatsApp:;Здраво;Е-пошта;Хвала
HR|hr|385|hr|Luka Ana Ivan Petra|Horvat Kovacevic Babic Maric|net.hr gmail.com|Tel.;Nazovi me na;Moj broj je;WhatsApp:;Bok;E-mail;Hvala
BG|bg|359|bg|Georgi Maria Ivan Desislava|Ivanov Dimitrova Petrov Georgieva|abv.bg mail.bg|Тел.;Обади ми се на;Номерът ми е;WhatsApp:;Здравей;Имейл;Благодаря
LT|lt|370|lt|Lukas Ieva Matas Gabija|Kazlauskas Jankauskaite Petraitis Vasiliauskas|one.lt gmail.com|Tel.;Paskambink man;Mano numeris;WhatsApp:;Labas;El. paštas;Ačiū
"""

# iso|nsn prefixes ('N' = 2-9)|nsn length|national formats|international formats
PLAN_TABLE = """
US|212N 415N 312N 617N 206N 305N 512N 702N 303N 404N 646N 718N 773N 917N 480N 919N|10|(###) ###-####,###-###-####,###.###.####,### ### ####|+C ###-###-####,+C (###) ###-####,+C ### ### ####,+C##########
CA|416N 604N 514N 403N 613N 780N 902N 647N 438N|10|(###) ###-####,###-###-####,###.###.####|+C ###-###-####,+C (###) ###-####,+C-###-###-####
GB|71 73 74 75 77 78 79|10|0#### ######,0####-######,0#### ### ###|+C #### ######,+C (0)#### ######,+C##########
GB|207 208 203|10|0## #### ####,(0##) #### ####|+C ## #### ####,+C (0)## #### ####
GB|161 131 113|10|0### ### ####|+C ### ### ####
IE|83 85 86 87 89|9|0## ### ####,0##-#######|+C ## ### ####,+C#########
IE|1|8|(0#) ### ####,0# ### ####|+C # ### ####
AU|4|9|0### ### ###,0###-###-###|+C ### ### ###,+C #########
AU|2 3 7 8|9|(0#) #### ####,0# #### ####|+C # #### ####
NZ|21 22 27|9|0## ### ####,0##-###-####|+C ## ### ####
NZ|9 4 3|8|(0#) ### ####,0# ### ####|+C # ### ####
NG|803 806 813 816 703 706 810 905 802 808|10|0### ### ####,0##########,0###-###-####|+C ### ### ####,+C##########
GH|20 24 26 27 50 54 55 59|9|0## ### ####,0#########|+C ## ### ####
SG|8 9|8|#### ####,########|+C #### ####,+C ########,(+C) #### ####
SG|6|8|#### ####|+C #### ####,+C-####-####
DE|151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179|11|0### ########,0###/########,0### ### #####|+C ### ########,+C (0)### ########,+C###########
DE|30 40|10|0## ########,(0##) ########,0##/### ### ##|+C ## ########,+C (0)## ########
DE|89 69 221|10|0## #### ####,0##-########|+C ## #### ####,+C ##########
AT|664 660 676 650 699|10|0### #######,0###/#######,0### ### ####|+C ### #######,+C (0)### #######
AT|1|8|0# ### ####,(0#) ### ####|+C # ### ####
CH|75 76 77 78 79|9|0## ### ## ##|+C ## ### ## ##,+C (0)## ### ## ##,+C#########
CH|44 43 31 61|9|0## ### ## ##|+C ## ### ## ##
FR|6 7|9|0# ## ## ## ##,0#.##.##.##.##,0#-##-##-##-##,0#########|+C # ## ## ## ##,+C (0)# ## ## ## ##,+C#########
FR|1 2 3 4 5|9|0# ## ## ## ##,0#.##.##.##.##|+C # ## ## ## ##
BE|45 46 47 48 49|9|0### ## ## ##,0###/##.##.##|+C ### ## ## ##,+C#########
BE|2 3 9|8|0# ### ## ##|+C # ### ## ##
ES|6 71 72 73 74|9|### ### ###,### ## ## ##,#########|+C ### ### ###,+C ### ## ## ##,+C#########
ES|91 93 95 96|9|### ### ###,### ## ## ##|+C ### ### ###
MX|55 33 81|10|## #### ####,(##) ####-####,##-####-####|+C ## #### ####,+C 1 ## #### ####,+C (##) ####-####
AR|11|10|0## 15-####-####,(0##) 15 ####-####|+C 9 ## ####-####,+C 9 ## #### ####
CL|9|9|# #### ####,#########|+C # #### ####,+C #########
CO|300 301 310 311 312 313 315 316 317 318 320 321 350|10|### ### ####,### #######,(###) ###-####|+C ### ### ####,+C##########
PE|9|9|### ### ###,#########|+C ### ### ###,+C #########
IT|320 327 328 329 333 335 338 339 340 347 348 349 366 380 389 392|10|### ### ####,### #######,###-#######|+C ### ### ####,+C ### #######,+C##########
IT|06 02|10|## #### ####,##/########|+C ## #### ####
PT|91 92 93 96|9|### ### ###|+C ### ### ###,+C#########
PT|21 22|9|### ### ###|+C ### ### ###
BR|119 219 319 419 519 619 719 819 859 479|11|(##) #####-####,## #####-####,(##) ##### ####|+C ## #####-####,+C (##) #####-####,+C###########
BR|113 212 313|10|(##) ####-####|+C ## ####-####
NL|6|9|0#-########,0# ## ## ## ##,0# ########|+C # ## ## ## ##,+C (0)# ########,+C #########
NL|20 10 30|9|0## ### ####,0##-#######|+C ## ### ####
PL|50 51 53 57 60 66 69 72 73 78 79 88|9|### ### ###,###-###-###,#########|+C ### ### ###,+C ###-###-###,+C #########
PL|22 12|9|## ### ## ##|+C ## ### ## ##
CZ|60 70 72 73 77|9|### ### ###,#########|+C ### ### ###,+C #########
SE|70 72 73 76 79|9|0##-### ## ##,0## ### ## ##|+C ## ### ## ##,+C (0)## ### ## ##
SE|8|9|0#-### ### ##,0# ### ### ##|+C # ### ### ##
NO|4 9|8|### ## ###,## ## ## ##,########|+C ### ## ###,+C ## ## ## ##
DK|20 30 31 40 41 42 50 51 52 53 60 61 71 81|8|## ## ## ##,########|+C ## ## ## ##,+C ########
FI|40 41 44 45 50|9|0## ### ####,0## #######|+C ## ### ####,+C ## #######
IS|6 7 8|7|### ####,###-####|+C ### ####,+C #######
GR|690 693 694 695 697 698 699|10|### ### ####,##########|+C ### ### ####,+C ##########
GR|210 231|10|### ### ####,### #######|+C ### ### ####
TR|50 53 54 55|10|0### ### ## ##,0 (###) ### ## ##,0###-###-##-##|+C ### ### ## ##,+C (###) ### ## ##
TR|212 216 312|10|0 (###) ### ## ##,0### ### ## ##|+C ### ### ## ##
RU|9|10|8 (###) ###-##-##,8-###-###-##-##,8 ### ### ## ##|+C (###) ###-##-##,+C ### ###-##-##,+C##########,+C-###-###-##-##
RU|495 499 812|10|8 (###) ###-##-##|+C (###) ###-##-##,+C ### ### ## ##
KZ|700 701 702 705 707 747 771 775 777 778|10|8 (###) ### ## ##,8 ### ### ####|+C (###) ### ## ##,+C ### ### ## ##
UA|50 66 67 68 73 93 95 96 97 98 99|9|0## ### ## ##,(0##) ###-##-##,0##-###-##-##|+C ## ### ## ##,+C (##) ###-##-##,+C#########
RO|72 73 74 75 76 77 78|9|0### ### ###,0###.###.###|+C ### ### ###
RO|21|9|0## ### ####|+C ## ### ####
HU|20 30 70|9|06 ## ### ####,06-##-###-####,06 (##) ###-####|+C ## ### ####,+C ##/###-####
HU|1|8|06 # ### ####|+C # ### ####
IL|50 52 53 54 55 58|9|0##-###-####,0##-#######,0## ### ####|+C-##-###-####,+C ## ### ####,+C ##-###-####
SA|50 53 54 55 56 59|9|0## ### ####,0#########|+C ## ### ####,+C #########
SA|11 12|9|0## ### ####|+C ## ### ####
AE|50 52 54 55 56 58|9|0## ### ####,0##-#######|+C ## ### ####,+C-##-###-####
AE|4 2|8|0# ### ####|+C # ### ####
EG|10 11 12 15|10|0### ### ####,0##########|+C ### ### ####,+C ##########
EG|2|9|0# #### ####|+C # #### ####
MA|6 7|9|0# ## ## ## ##,0#-##-##-##-##|+C # ## ## ## ##,+C #-##-##-##-##
MA|522 537|9|0### ## ## ##|+C ### ## ## ##
JO|77 78 79|9|0# #### ####,0#########|+C # #### ####
IQ|75 77 78 79|10|0### ### ####|+C ### ### ####
LB|3|7|0# ### ###|+C # ### ###
LB|70 71 76 81|8|## ### ###|+C ## ### ###
IR|912 919 935 936 901 990|10|0### ### ####,0##########|+C ### ### ####
IR|21|10|0## #### ####|+C ## #### ####
KE|70 71 72 79 11|9|0### ######,0### ### ###|+C ### ######,+C ### ### ###
TZ|71 74 75 76 78 65 68|9|0### ### ###|+C ### ### ###
ZA|60 61 71 72 73 76 79 82 83 84|9|0## ### ####,0#########|+C ## ### ####
ZA|11 21|9|0## ### ####|+C ## ### ####
ET|91 92 93 94|9|0## ### ####|+C ## ### ####
IN|98 99 97 96 95 94 93 91 90 88 87 86 85 84 83 82 81 80 79 78 77 76 75 74 73 72 70 63 62|10|##### #####,0##### #####,##########,###-###-####|+C ##### #####,+C-##########,+C ##########
IN|11 22 80|10|0## #### ####,0##-########|+C ## #### ####
PK|300 301 303 311 312 321 333 345|10|0###-#######,0### #######|+C ### #######,+C-###-#######
BD|13 14 15 16 17 18 19|10|0####-######,0#### ######|+C ####-######,+C #### ######
LK|70 71 72 75 76 77 78|9|0## ### ####,0##-#######|+C ## ### ####
NP|980 981 982 984 985 986|10|##########,###-#######|+C ##########,+C-###-#######
CN|13 15 18 17 19|11|### #### ####,###-####-####,###########|+C ### #### ####,+C ###########,+C-###-####-####
CN|10 21|10|0##-########,(0##) ####-####|+C ## #### ####
HK|5 6 9|8|#### ####|+C #### ####,+C-####-####,(+C) #### ####
HK|2 3|8|#### ####|+C #### ####
TW|9|9|0###-###-###,0### ### ###|+C ### ### ###,+C-###-###-###
TW|2|9|(0#) ####-####,0#-####-####|+C # #### ####
JP|90 80 70|10|0##-####-####,0## #### ####,0##########|+C ##-####-####,+C ## #### ####
JP|3 6|9|0#-####-####,(0#) ####-####|+C #-####-####
KR|10|10|0##-####-####,0## #### ####,0##########|+C ##-####-####,+C ## #### ####
KR|2|9|0#-####-####|+C #-####-####
MY|12 13 16 17 19|9|0##-### ####,0##-#######|+C ##-### ####,+C ## ### ####
MY|11|10|0##-#### ####|+C ##-#### ####
ID|812 813 821 822 852 856 857 878 895|11|0###-####-####,0### #### ####,0###########|+C ###-####-####,+C ### #### ####,+C###########
ID|811 817 859|10|0###-###-####|+C ###-###-####
PH|905 906 915 917 918 919 920 921 927 928 939 945 956 977 995|10|0### ### ####,0###-###-####,0##########|+C ### ### ####,+C##########
TH|6 8 9|9|0##-###-####,0## ### ####,0#########|+C ## ### ####,+C-##-###-####
TH|2|8|0#-###-####|+C # ### ####
VN|32 33 34 35 36 37 38 39 90 91 93 94 96 97 98 86 88 89 70 77 79 81 83 84 85|9|0## ### ####,0#########,0###.###.###|+C ## ### ####,+C #########
MM|92 94 96 97 98|10|0# ### ### ###,0#-#########|+C # ### ### ###
KH|12 15 16 17 70 77 78 85 89 92 96 97 98 99|8|0## ### ###|+C ## ### ###
MN|88 89 99 95 94 91 80 86|8|#### ####,####-####|+C #### ####,+C ########
UZ|90 91 93 94 97 98 99 33 88|9|## ### ## ##,(##) ###-##-##|+C ## ### ## ##,+C (##) ###-##-##
GE|555 557 558 568 571 577 591 592 593 595 596 597 598 599|9|### ## ## ##,### ######|+C ### ## ## ##,+C ### ######
AM|91 93 94 95 96 98 99 77 55 41 43 44|8|0## ## ## ##,(0##) ##-##-##|+C ## ######,+C ## ## ## ##
RS|60 61 62 63 64 65 66 69|9|0## ### ####,0##/###-####|+C ## ### ####,+C ## #######
HR|91 92 95 97 98 99|9|0## ### ####|+C ## ### ####
BG|87 88 89|9|0### ### ###,0## ### ####|+C ## ### ####,+C ### ### ###
LT|6|8|8 ### #####,8-###-#####|+C ### #####,+C ########
"""


class Region:
    def __init__(self, line):
        f = line.split("|")
        self.iso, self.lang, self.cc, self.tld = f[0], f[1], f[2], f[3]
        self.firsts = f[4].split()
        self.lasts = f[5].split()
        self.providers = f[6].split()
        c = f[7].split(";")
        assert len(c) == 7, line
        self.tel, self.call, self.mine, self.wa, self.hi, self.mail, self.thx = c
        self.plans = []


REGIONS = [Region(x) for x in REGION_TABLE.strip().splitlines()]
BY = {g.iso: g for g in REGIONS}
for _line in PLAN_TABLE.strip().splitlines():
    _iso, _pre, _n, _nat, _intl = _line.split("|")
    _plan = (_pre.split(), int(_n), _nat.split(","), _intl.split(","))
    for _f in _plan[2] + _plan[3]:
        assert _f.count("#") == _plan[1], (_iso, _f)
    BY[_iso].plans.append(_plan)
assert all(g.plans for g in REGIONS)

# ---------------------------------------------------------------- entities


def nsn_digits(prefix, n):
    out = [str(rng.randint(2, 9)) if ch == "N" else ch for ch in prefix]
    while len(out) < n:
        out.append(str(rng.randint(0, 9)))
    return "".join(out)


def fill(fmt, digits, cc):
    it = iter(digits)
    out = []
    for ch in fmt:
        if ch == "#":
            out.append(next(it))
        elif ch == "C":
            out.append(cc)
        else:
            out.append(ch)
    assert next(it, None) is None
    return "".join(out)


def phone(g, intl=None, plan=None):
    plan = plan or pick(g.plans)
    while True:
        d = nsn_digits(pick(plan[0]), plan[1])
        if g.cc == "1" and (d[3:6] == "555" or d[4:6] == "11"):
            continue
        break
    if intl is None:
        intl = rng.random() < 0.45
    fmt = pick(plan[3] if intl else plan[2])
    s = fill(fmt, d, g.cc)
    if intl and s.startswith("+") and g.cc != "1" and rng.random() < 0.12:
        s = "00" + s[1:]
    return s


def P(g, intl=None):
    return ("PHONE", phone(g, intl))


def mobile(g, intl=None):
    return ("PHONE", phone(g, intl, g.plans[0]))


def first(g):
    return pick(g.firsts)


def last(g):
    return pick(g.lasts)


def person(g):
    return first(g) + " " + last(g)


BIZ = (
    "bakery dental autoservice florist plumbing yoga tutoring printshop cafe "
    "hostel vetclinic optik garage studio legal physio kita roofing catering"
).split()


def email(g, name=None, biz=False, role=None):
    fn, ln = name.split(" ", 1) if name else (first(g), last(g))
    fn, ln = fn.lower().replace(" ", ""), ln.lower().replace(" ", "")
    if biz or role:
        b = pick(BIZ)
        dom = pick([ln + "-" + b, b + ln, b + "-" + g.iso.lower(), ln + b])
        dom = dom + "." + g.tld
        if role:
            return role + "@" + dom
    else:
        dom = pick(g.providers + ["gmail.com", "outlook.com", "proton.me"])
    loc = pick(
        [
            fn + "." + ln,
            fn + ln + str(rng.randint(1, 99)),
            fn[0] + "." + ln,
            fn + "_" + ln,
            fn + "+" + pick(["shop", "news", "rent", "school", "cv"]),
            ln + "." + fn + str(rng.randint(70, 99)),
            fn + "-" + ln[:3],
            fn + str(rng.randint(1960, 2008)),
        ]
    )
    return loc + "@" + dom


def EM(g, name=None, biz=False, role=None):
    return ("EMAIL", email(g, name, biz, role))


def ssn_value(fmt=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    gp, sr = rng.randint(1, 99), rng.randint(1, 9999)
    d = "%03d%02d%04d" % (a, gp, sr)
    fmt = fmt or pick(["###-##-####"] * 6 + ["### ## ####", "#########"])
    return fill(fmt, d, "")


def SSN(fmt=None):
    return ("SSN", ssn_value(fmt))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_BRANDS = [
    ("Visa", lambda: "4", 16),
    ("Mastercard", lambda: str(rng.randint(51, 55)), 16),
    ("Mastercard", lambda: str(rng.randint(2221, 2720)), 16),
    ("Amex", lambda: pick(["34", "37"]), 15),
    ("Discover", lambda: pick(["6011", "65", str(rng.randint(644, 649))]), 16),
    ("JCB", lambda: str(rng.randint(3528, 3589)), 16),
    ("Diners", lambda: pick(["36", "300", "305", "38"]), 14),
    ("UnionPay", lambda: "62" + str(rng.randint(2126, 8999))[:2], 16),
]
CARD_PREFIX = re.compile(r"^(4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|35|3[068]|62)")


def card_digits(brand=None):
    b = brand or pick(CARD_BRANDS)
    body = b[1]()
    while len(body) < b[2] - 1:
        body += str(rng.randint(0, 9))
    return b[0], luhn_complete(body)


def group_card(d, sep=None):
    sep = pick([" ", " ", "-", ""]) if sep is None else sep
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    elif len(d) == 14:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i : i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def CARD(brand=None, sep=None):
    name, d = card_digits(brand)
    return ("CARD", group_card(d, sep))


# country length BBAN-pattern (a = letter, n = digit)
IBAN_TABLE = {
    "DE": "n18", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10",
    "BE": "n12", "GB": "a4n14", "IE": "a4n14", "CH": "n17", "AT": "n16",
    "PL": "n24", "PT": "n21", "SE": "n20", "NO": "n11", "DK": "n14",
    "FI": "n14", "GR": "n23", "TR": "n22", "RO": "a4n16", "HU": "n24",
    "CZ": "n20", "SA": "n20", "AE": "n19", "IL": "n19", "LT": "n16",
    "HR": "n17", "BG": "a4n14", "IS": "n22",
}  # fmt: skip
IBAN_LEN = {k: 4 + sum(int(x) for x in re.findall(r"\d+", v)) for k, v in IBAN_TABLE.items()}
IBAN_REGIONS = [BY[k] for k in IBAN_TABLE if k in BY]


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_value(cc, valid=True, compact=None):
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", IBAN_TABLE[cc]):
        for _ in range(int(n)):
            if kind == "a":
                bban += pick("ABCDEFGHJKLMNPRSTUVWXYZ")
            else:
                bban += str(rng.randint(0, 9))
    chk = 98 - iban_mod(cc + "00" + bban)
    if not valid:
        chk = (chk + rng.randint(1, 90)) % 97 + 2
        if chk == 98 - iban_mod(cc + "00" + bban):
            chk = 2 if chk != 2 else 3
    s = cc + "%02d" % chk + bban
    if compact is None:
        compact = rng.random() < 0.35
    if compact:
        return s
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def IBAN(cc, compact=None):
    return ("IBAN", iban_value(cc, True, compact))


PUB_FIRST = [23, 31, 37, 41, 45, 49, 62, 77, 81, 89, 91, 95, 101, 103, 109, 115]
PUB_FIRST += [121, 139, 146, 152, 163, 176, 178, 185, 188, 193, 197, 200, 212]


def ip4(private=False):
    if private:
        k = rng.randint(0, 2)
        if k == 0:
            return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if k == 1:
            return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    return "%d.%d.%d.%d" % (
        pick(PUB_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
    )  # fmt: skip


def ip6():
    pre = pick(
        [
            "2001:0db8",
            "2a02:%04x" % rng.randint(0, 0xFFFF),
            "2600:1f18",
            "2408:8207",
            "2a01:4f8",
            "2c0f:fb50",
            "2804:14c",
        ]
    )
    groups = pre.split(":") + ["%x" % rng.randint(0, 0xFFFF) for _ in range(6)]
    groups = groups[:8]
    for i in range(len(groups)):
        if rng.random() < 0.3:
            groups[i] = "0"
    a = ipaddress.IPv6Address(":".join(groups))
    return pick([a.compressed, a.compressed, a.exploded])


def IP(v6=None, private=False):
    if v6 is None:
        v6 = rng.random() < 0.3
    return ("IP", ip6() if v6 else ip4(private))


# ---------------------------------------------------------------- distractors


def digits(n, lead="123456789"):
    return pick(lead) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def order_no():
    return pick(["#", "ORD-", "A", "SO", "", "BK-"]) + digits(rng.randint(6, 10))


def tracking():
    return pick(
        [
            "1Z" + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16)),
            "JD0146000" + digits(11),
            digits(12),
            "RR" + digits(9) + pick(["DE", "CN", "GB", "JP"]),
        ]
    )


def meeting_id():
    d = digits(rng.choice([10, 11]))
    return " ".join([d[:3], d[3:7], d[7:]])


def isbn13():
    body = pick(["978", "979"]) + digits(9, "0123456789")
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    d = body + str((10 - s % 10) % 10)
    return "-".join([d[:3], d[3], d[4:8], d[8:12], d[12]])


def ean13():
    body = pick(["400", "590", "871", "300", "490", "880", "729"]) + digits(9, "0123456789")
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def hexhash(n=40):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def date_s():
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return pick(
        ["%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y), "%02d/%02d/%04d" % (m, d, y)]
    )


def ts():
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        2026, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
        rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999),
    )  # fmt: skip


def hhmm():
    return "%02d:%02d" % (rng.randint(6, 23), rng.randint(0, 59))


def amount():
    return pick(["€", "$", "£", "¥", "R$ ", "CHF ", "₹", "zł "]) + "{:,.2f}".format(
        rng.randint(3, 250000) / 100 * rng.choice([1, 1, 10])
    )


def coords():
    return "%.6f, %.6f" % (rng.uniform(-60, 70), rng.uniform(-170, 170))


def version():
    return pick(["v", "", "release ", "build "]) + "%d.%d.%d" % (
        rng.randint(0, 24),
        rng.randint(0, 40),
        rng.randint(0, 300),
    )


def bad_card():
    _, d = card_digits()
    d = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return group_card(d)


def bad_iban(cc=None):
    cc = cc or pick(list(IBAN_TABLE))
    s = iban_value(cc, valid=False)
    assert iban_mod(s.replace(" ", "")) != 1
    return s


def bad_ssn():
    a = pick(["000", "666", str(rng.randint(900, 999))])
    return "%s-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def foreign_id():
    k = rng.randint(0, 7)
    if k == 0:
        return "National Insurance no. " + "%s%s %02d %02d %02d %s" % (
            pick("ABCEGHJKLMNPRSTWXY"), pick("ABCEGHJKLMNPRSTWXYZ"),
            rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99), pick("ABCD"),
        )  # fmt: skip
    if k == 1:
        d = digits(12, "23456789")
        return "Aadhaar " + " ".join([d[:4], d[4:8], d[8:]])
    if k == 2:
        d = digits(11, "0123456789")
        return "CPF %s.%s.%s-%s" % (d[:3], d[3:6], d[6:9], d[9:])
    if k == 3:
        d = digits(9)
        return "SIN %s %s %s" % (d[:3], d[3:6], d[6:])
    if k == 4:
        return (
            "居民身份证 "
            + digits(6)
            + "19%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28))
            + digits(3, "0123456789")
            + pick("0123456789X")
        )
    if k == 5:
        return "DNI " + digits(8, "0123456789") + pick("TRWAGMYFPDXBNJZSQVHLCKE")
    if k == 6:
        return "n° sécu " + pick("12") + " %02d %02d %s %s %s %02d" % (
            rng.randint(50, 99), rng.randint(1, 12), digits(2), digits(3), digits(3), rng.randint(1, 97)
        )  # fmt: skip
    return "Personalausweis " + "".join(pick("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))


def postcode():
    return pick(
        [
            "%05d" % rng.randint(1000, 99999),
            "SW1A %d%s%s" % (rng.randint(1, 9), pick("ABDEFGHJ"), pick("LNPQRSTU")),
            "%03d-%04d" % (rng.randint(100, 999), rng.randint(0, 9999)),
            "%d %d" % (rng.randint(10, 99), rng.randint(100, 999)),
            "%d" % rng.randint(1000, 9999),
            "%05d-%03d" % (rng.randint(1000, 99999), rng.randint(0, 999)),
        ]
    )


STREETS = [
    "Hauptstraße", "rue de la Paix", "Calle Mayor", "Via Roma", "Kerkstraat",
    "ul. Długa", "Storgatan", "High Street", "Rua Augusta", "Main St",
    "Ringstraße", "Bahnhofstrasse", "Avenida Paulista", "Nevsky pr.",
]  # fmt: skip


def addr(g):
    return "%s %d, %s" % (pick(STREETS), rng.randint(1, 240), postcode())


EMO = "😅 😂 🙏 👍 📱 ☎️ 🙂 🤙 💬 ❤️ 🏠 ✈️ 🎉 😬 🥲 👋 🔥 ✅".split()


def emo():
    return pick(EMO)


# ---------------------------------------------------------------- positives


def p_chat(g):
    a, b = first(g), first(g)
    v = rng.randint(0, 4)
    if v == 0:
        d = F(
            "[{{t1}}] {{a}}: {{hi}} {{e1}} new phone who dis\n[{{t2}}] {{a}}: {{mine}} {{p}}\n"
            "[{{t3}}] {{b}}: ok saved {{e2}} {{thx}}",
            t1=hhmm(), t2=hhmm(), t3=hhmm(), a=a, b=b, hi=g.hi, mine=g.mine,
            p=P(g), e1=emo(), e2=emo(), thx=g.thx,
        )  # fmt: skip
    elif v == 1:
        d = F(
            "{{a}} 👉 {{call}} {{p}} pls, battery {{pc}}% 🪫 .. or {{wa}} {{p2}} {{e}}",
            a=a, call=g.call, p=P(g), pc=rng.randint(1, 9), wa=g.wa, p2=P(g, True), e=emo(),
        )  # fmt: skip
    elif v == 2:
        d = F(
            "heyy its {{a}} , lost my fone lol. nu numbr -> {{p}} !! dont use the old one "
            "{{old}} anymore {{e}}\n{{b}}: kk 👍 whats ur email again\n{{a}}: {{em}}",
            a=a, b=b, p=P(g), old=P(g), e=emo(), em=EM(g, a + " " + last(g)),
        )  # fmt: skip
    elif v == 3:
        d = F(
            "{{hi}}!! {{e}} {{wa}} {{p}} 📲\n{{mail}}: {{em}}\n— {{a}}, {{t}}",
            hi=g.hi, e=emo(), wa=g.wa, p=mobile(g, True), mail=g.mail, em=EM(g), a=a, t=hhmm(),
        )  # fmt: skip
    else:
        d = F(
            "{{a}}: u there?\n{{a}}: {{call}} {{p}} asap {{e}}\n{{b}}: cant, in a meeting (id {{mid}}) "
            "- txt {{p2}} instead",
            a=a, b=b, call=g.call, p=P(g), e=emo(), mid=meeting_id(), p2=P(g),
        )  # fmt: skip
    return d, "casual chat with emoji/typos, native cues"


def p_elderly(g):
    nm = first(g)
    v = rng.randint(0, 2)
    if v == 0:
        d = F(
            "Dear {{nm}} , this is Grandma. I HAVE A NEW PHONE. The number is  {{p}} . "
            "Grandpa is still on the house phone {{p2}}  ok. Love you xx\n\nSent from my iPad",
            nm=nm, p=mobile(g), p2=P(g, False),
        )  # fmt: skip
    elif v == 1:
        d = F(
            "{{hi}} {{nm}}... {{mine}} {{p}} ... {{mine}} ??? i dont know how to save it.. "
            "your aunt says email me at {{em}} is that right?? {{thx}} {{e}}{{e}}",
            hi=g.hi, nm=nm, mine=g.mine, p=P(g), em=EM(g), thx=g.thx, e=emo(),
        )  # fmt: skip
    else:
        d = F(
            "To all family. Uncle {{u}} is in hospital ward {{w}}, room {{r}}. "
            "Nurses station {{p}}. Visiting {{h}}-{{h2}}. Call me on {{p2}} not the old one. Mum",
            u=first(g), w=rng.randint(2, 12), r=rng.randint(100, 420), p=P(g), h=rng.randint(9, 14),
            h2=rng.randint(16, 20), p2=mobile(g),
        )  # fmt: skip
    return d, "message from elderly relative"


def p_footer(g):
    co = (
        last(g)
        + " "
        + pick(
            [
                "& Söhne",
                "Bakery",
                "Studio",
                "Dental",
                "Auto",
                "Floristik",
                "Café",
                "Consulting",
                "S.r.l.",
                "S.A.",
            ]
        )
    )
    parts = [
        F("{{co}} · {{ad}}", co=co, ad=addr(g)),
        F("{{tel}}: {{p}} · Fax {{f}}", tel=g.tel, p=P(g, False), f=P(g, False)),
        F(
            "{{mail}}: {{em}}",
            mail=g.mail,
            em=EM(g, biz=True, role=pick(["info", "hello", "kontakt", "office", "bookings"])),
        ),
    ]
    if g.iso in IBAN_TABLE:
        parts.append(
            F(
                "IBAN {{ib}} · BIC {{bic}}",
                ib=IBAN(g.iso, compact=False),
                bic=g.iso + "XX" + pick(["DEFF", "MMXXX", "2AXXX", "PPXXX"]),
            )
        )
    parts.append(
        F(
            "VAT {{v}} · Mo–Fr {{a}}–{{b}} · © 2026",
            v=g.iso + digits(9),
            a=rng.randint(7, 10),
            b=rng.randint(16, 20),
        )
    )
    return J(pick([" | ", "\n", "  ·  "]), parts), "small-business web page footer"


def p_gov(g):
    ref = "Ref. " + digits(10)
    v = rng.randint(0, 1)
    if g.iso == "US" and v == 0:
        d = F(
            "SOCIAL SECURITY ADMINISTRATION\nDate: {{d}}\n{{nm}}\nSSN: {{s}}\n\nWe need more "
            "information to process your claim ({{ref}}). Call {{p}} between 7 a.m. and 7 p.m. "
            "or write to {{em}}. Have your SSN ({{s2}}) ready.",
            d=date_s(), nm=person(g).upper(), s=SSN("###-##-####"), ref=ref, p=P(g, False),
            em=EM(g, role="claims"), s2=SSN(),
        )  # fmt: skip
    else:
        d = F(
            "{{nm}}\n{{ad}}\n\nCustomer no. {{cn}} · Meter {{m}} · {{ref}}\nYour bill of {{amt}} is due on {{d}}.\n"
            "Questions? {{tel}} {{p}} (Mon–Fri) · {{mail}} {{em}}\nHelpline for emergencies: {{p2}}",
            nm=person(g), ad=addr(g), cn=digits(8), m=digits(9), ref=ref, amt=amount(), d=date_s(),
            tel=g.tel, p=P(g, False), mail=g.mail, em=EM(g, role="service"), p2=P(g, False),
        )  # fmt: skip
    return d, "government / utility letter"


def p_cv(g):
    nm = person(g)
    d = F(
        "{{NM}}\n{{role}} · {{city}}\n{{tel}}: {{p}} | {{mail}}: {{em}} | linkedin.com/in/{{li}}\n\n"
        "EXPERIENCE\n{{y1}}–{{y2}}  {{co}} — led team of {{k}}, cut costs by {{pc}}%\n"
        "REFERENCES\n{{r}} ({{co}}) {{rp}}, {{rem}}",
        NM=nm.upper(), role=pick(["Data Analyst", "Nurse", "Electrician", "UX Designer", "Chef"]),
        city=pick(["Berlin", "Lagos", "Lima", "Pune", "Osaka", "Leeds", "Porto", "Almaty"]),
        tel=g.tel, p=P(g), mail=g.mail, em=EM(g, nm), li=nm.lower().replace(" ", "-") + str(rng.randint(10, 99)),
        y1=rng.randint(2012, 2018), y2=rng.randint(2019, 2025), co=last(g) + " GmbH", k=rng.randint(3, 14),
        pc=rng.randint(5, 40), r=person(g), rp=P(g), rem=EM(g),
    )  # fmt: skip
    return d, "CV / resume header with references"


def p_jobapp_us(g):
    nm = person(g)
    d = F(
        "EMPLOYMENT APPLICATION — {{pos}}\nName: {{nm}}\nSocial Security No.: {{s}}  (re-enter: {{s}})\nPhone (home): {{p}}"
        "   Phone (cell): {{p2}}\nEmail: {{em}}\nDesired pay: {{amt}}/hr   Available: {{d}}\n"
        "Emergency contact: {{ec}} {{p3}}",
        pos=pick(["Warehouse Associate", "Cashier", "RN", "Line Cook"]), nm=nm, s=SSN(), p=P(g, False),
        p2=P(g), em=EM(g, nm), amt=amount(), d=date_s(), ec=person(g), p3=P(g),
    )  # fmt: skip
    return d, "US job application form"


def p_rental(g):
    d = F(
        "{{title}} — {{rooms}} rooms, {{m2}} m², {{amt}}/month, deposit {{dep}}. Available {{d}}.\n"
        "No agents pls. {{call}} {{p}} or {{wa}} {{p2}} {{e}}. {{mail}}: {{em}}",
        title=pick(["Bright flat near metro", "Studio w/ balcony", "Room in shared house", "Casa con jardín", "Wohnung Altbau"]),
        rooms=rng.randint(1, 5), m2=rng.randint(18, 140), amt=amount(), dep=amount(), d=date_s(),
        call=g.call, p=P(g), wa=g.wa, p2=mobile(g, True), e=emo(), mail=g.mail, em=EM(g),
    )  # fmt: skip
    return d, "rental listing"


def p_school(g):
    kids = ["Lily", "Omar", "Mei", "Luca", "Zoe", "Ayaan", "Noah", "Sofia", "Kenji", "Amara"]
    lines = [
        F(
            "Class {{c}} parents 🏫 — trip to the {{pl}} on {{d}}",
            c=pick(["3B", "2A", "5C", "1D"]),
            pl=pick(["zoo", "museum", "farm"]),
            d=date_s(),
        )
    ]
    for _ in range(rng.randint(3, 5)):
        lines.append(
            F(
                pick(
                    [
                        "{{k}}'s mum: {{mine}} {{p}} {{e}}",
                        "{{k}} dad here, {{p}}",
                        "{{k}} ({{hi}}) – {{wa}} {{p}}",
                        "{{k}}'s grandma {{p}} pls add",
                    ]
                ),
                k=pick(kids),
                mine=g.mine,
                p=P(g),
                e=emo(),
                hi=g.hi,
                wa=g.wa,
            )  # fmt: skip
        )
    lines.append(
        F(
            "Teacher: pls send forms to {{em}} by Friday, {{thx}}",
            em=EM(g, role="class" + pick(["3b", "2a", "5c"])),
            thx=g.thx,
        )
    )
    return J("\n", lines), "school parent group chat"


def p_travel(g):
    h = pick(REGIONS)
    d = F(
        "ITINERARY {{pnr}}\n{{d}}  {{fl}}  dep {{t1}} arr {{t2}}  seat {{seat}}\nHotel: {{hn}}, {{tel}} {{hp}}, "
        "check-in {{t3}}\nBooking no. {{bk}} · total {{amt}}\nEmergency contact (home): {{ec}} {{p}}\n"
        "Confirmation sent to {{em}}",
        pnr="".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), d=date_s(),
        fl=pick(["LH", "TK", "EK", "QR", "NH", "LA", "ET", "AF"]) + str(rng.randint(10, 2999)),
        t1=hhmm(), t2=hhmm(), seat="%d%s" % (rng.randint(1, 60), pick("ABCDEFK")),
        hn=pick(["Hotel Central", "Grand Plaza", "Riverside Inn", "Sakura Stay"]), tel=h.tel,
        hp=P(h, True), t3=hhmm(), bk=digits(10), amt=amount(), ec=person(g), p=P(g), em=EM(g),
    )  # fmt: skip
    return d, "travel itinerary"


def p_support(g):
    nm = person(g)
    v = rng.randint(0, 1)
    if v == 0:
        d = F(
            "Agent: Thanks for contacting support, can I have the card number?\nCustomer: {{c}}\n"
            "Agent: and the email on the account?\nCustomer: {{em}}\nAgent: I see a charge of {{amt}} on "
            "{{d}} from IP {{ip}}. Best callback number?\nCustomer: {{p}}\nAgent: Ticket {{tk}} opened.",
            c=CARD(), em=EM(g, nm), amt=amount(), d=date_s(), ip=IP(), p=P(g), tk="CS-" + digits(7),
        )  # fmt: skip
    else:
        d = F(
            "[chat {{t}}] bot: Please share order id\n[chat] user: {{o}}\n[chat] user: and my new phone "
            "{{p}}, old was {{p2}}\n[chat] agent({{a}}): updated. receipt to {{em}}? \n[chat] user: yes. "
            "pay w/ {{c}} exp {{mm}}/{{yy}}",
            t=hhmm(), o=order_no(), p=P(g), p2=P(g), a=first(g), em=EM(g), c=CARD(),
            mm="%02d" % rng.randint(1, 12), yy=rng.randint(27, 31),
        )  # fmt: skip
    return d, "customer-support transcript"


def p_config(g):
    v = rng.randint(0, 2)
    if v == 0:
        d = F(
            "# .env ({{ver}})\nDB_HOST={{ip}}\nDB_PORT=5432\nREDIS_URL=redis://{{ip2}}:6379/0\n"
            "ADMIN_EMAIL={{em}}\nALERT_SMS={{p}}\nALLOWED_HOSTS={{ip3}},{{ip4}}\nSECRET_HASH={{h}}",
            ver=version(), ip=IP(False, True), ip2=IP(False, True), em=EM(g, role="ops"),
            p=P(g, True), ip3=IP(False), ip4=IP(True), h=hexhash(32),
        )  # fmt: skip
    elif v == 1:
        d = F(
            "smtp:\n  host: {{ip}}\n  from: \"{{nm}} <{{em}}>\"\n  bcc: [{{em2}}]\noncall:\n"
            "  primary: \"{{p}}\"\n  secondary: \"{{p2}}\"\nfirewall:\n  allow:\n    - {{ip2}}/32\n    - \"{{ip3}}\"",
            ip=IP(False), nm=person(g), em=EM(g, role="noreply"), em2=EM(g), p=P(g, True), p2=P(g, True),
            ip2=IP(False), ip3=IP(True),
        )  # fmt: skip
    else:
        d = F(
            '{"service": "billing", "version": "{{ver}}", "owner": "{{em}}", "pager": "{{p}}",\n'
            ' "upstreams": ["{{ip}}:8080", "[{{ip6}}]:8443"], "build": "{{h}}"}',
            ver=version(), em=EM(g), p=P(g, True), ip=IP(False), ip6=IP(True), h=hexhash(12),
        )  # fmt: skip
    return d, "developer config file"


def p_trace(g):
    lines = []
    for _ in range(rng.randint(2, 4)):
        lines.append(
            F(
                pick(
                    [
                        "{{t}} ERROR auth.login failed user={{em}} src={{ip}} attempt={{n}}",
                        "{{t}} WARN  rate-limit client {{ip}} ({{n}} req/s) key=" + hexhash(8),
                        "{{t}} INFO  sms.send to={{p}} tmpl=otp status=200 latency={{n}}ms",
                    ]
                ),
                t=ts(),
                em=EM(g),
                ip=IP(),
                n=rng.randint(2, 900),
                p=P(g, True),
            )  # fmt: skip
        )
    lines.append(
        F(
            'Traceback (most recent call last):\n  File "/srv/app/notify.py", line {{ln}}, in send\n'
            "    gateway.push(msisdn='{{p}}', reply_to='{{em}}')\nConnectionError: [Errno 111] {{ip}}:25 refused",
            ln=rng.randint(20, 400),
            p=P(g, True),
            em=EM(g, role="alerts"),
            ip=IP(),
        )  # fmt: skip
    )
    return J("\n", lines), "application log with stack trace"


def p_sheet(g):
    sep = pick(["\t", ",", ";", " | "])
    us = g.iso == "US"
    ib = g.iso in IBAN_TABLE
    hdr = ["id", "name", "phone", "email"] + (["ssn"] if us else ["iban"] if ib else ["joined"])
    rows = [Doc(sep.join(hdr))]
    for i in range(rng.randint(3, 6)):
        nm = person(g)
        extra = SSN() if us else IBAN(g.iso, True) if ib else date_s()
        rows.append(
            F(
                sep.join(["{{i}}", "{{nm}}", "{{p}}", "{{em}}", "{{x}}"]),
                i=100 + i * rng.randint(1, 9),
                nm=nm,
                p=P(g),
                em=EM(g, nm),
                x=extra,
            )
        )
    return J("\n", rows), "spreadsheet pasted as text"


def ocrize(s):
    return s.replace(" ", pick(["  ", " ", "   "]), rng.randint(1, 2))


def p_ocr(g):
    p1 = phone(g)
    p1 = p1.replace(" ", "  ", 1) if rng.random() < 0.5 else p1
    d = F(
        "{{co}}\n{{ad}}\n\n{{tel}} :   {{p}}\nE - Mail :{{em}}\n\nRechnung / lnvoice Nr . {{inv}}    Datum {{d}}\n"
        "Betrag  {{amt}}\n",
        co=ocrize(last(g).upper() + " " + pick(["HANDELS GMBH", "TRADING CO", "IMPORT-EXPORT", "SARL"])),
        ad=ocrize(addr(g)), tel=" ".join(g.tel), p=("PHONE", p1), em=EM(g, biz=True, role="buchhaltung"),
        inv=digits(7), d=date_s(), amt=amount(),
    )  # fmt: skip
    if g.iso in IBAN_TABLE:
        d = d + F(
            "I B A N :  {{ib}}\nBIC :  {{bic}}",
            ib=IBAN(g.iso, False),
            bic="".join(pick("ABCDEFGHIKLMNOPRSTUZ") for _ in range(8)),
        )
    return d, "OCR-scanned letterhead with odd spacing"


def p_mixed(g):
    nm = person(g)
    v = rng.randint(0, 2)
    if v == 0:
        d = F(
            "{{hi}} {{e}} {{nm}} — {{mine}}: {{p}}. {{wa}} {{p2}}. {{mail}}: {{em}}. {{thx}}!",
            hi=g.hi, e=emo(), nm=nm, mine=g.mine, p=P(g), wa=g.wa, p2=mobile(g, True), mail=g.mail, em=EM(g, nm), thx=g.thx,
        )  # fmt: skip
    elif v == 1:
        d = F(
            "{{tel}}/Tel: {{p}}\n{{mail}}/Email: {{em}}\n{{call}} ({{h1}}:00–{{h2}}:00) {{e}}",
            tel=g.tel, p=P(g, False), mail=g.mail, em=EM(g, biz=True, role="contact"), call=g.call,
            h1=rng.randint(8, 11), h2=rng.randint(17, 22), e=emo(),
        )  # fmt: skip
    else:
        d = F(
            "{{nm}}: {{call}} {{p}} ({{wa}} ✔) · backup {{p2}} · Order {{o}}",
            nm=nm, call=g.call, p=P(g, True), wa=g.wa, p2=P(g, False), o=order_no(),
        )  # fmt: skip
    return d, "mixed-script message with native phone cues"


def p_invoice(g):
    d = F(
        "INVOICE {{inv}}\nIssued {{d}} · Due {{d2}}\nBill to: {{nm}}, {{ad}}\n{{q}} × {{item}} @ {{up}}  = {{amt}}\n"
        "Pay by bank transfer to IBAN {{ib}} (ref {{inv}})\nAlternative account: {{ib2}}\nQuestions: {{em}} / {{p}}",
        inv="INV-" + digits(6), d=date_s(), d2=date_s(), nm=person(g), ad=addr(g), q=rng.randint(1, 40),
        item=pick(["hours consulting", "boxes A4", "tiles 30x30", "licences"]), up=amount(), amt=amount(),
        ib=IBAN(g.iso), ib2=IBAN(g.iso), em=EM(g, biz=True, role="billing"), p=P(g, False),
    )  # fmt: skip
    return d, "invoice with bank transfer details"


def p_payroll_us(g):
    rows = [Doc("Employee\tSSN\tRouting\tPhone\tEmail")]
    for _ in range(rng.randint(3, 5)):
        nm = person(g)
        rows.append(
            F(
                "{{nm}}\t{{s}}\t0{{rt}}\t{{p}}\t{{em}}",
                nm=nm,
                s=SSN(),
                rt=digits(8),
                p=P(g),
                em=EM(g, nm),
            )
        )
    return J(
        "\n", [Doc("PAYROLL EXPORT " + date_s() + " (confidential)")] + rows
    ), "US payroll export"


def p_sig(g):
    nm = person(g)
    d = F(
        "{{thx}},\n{{nm}}\n{{role}} | {{co}}\nM {{p}} | T {{p2}} ext. {{x}}\n{{em}}\n{{disc}}",
        thx=g.thx, nm=nm, role=pick(["Sales Manager", "Head of HR", "Projektleiter", "Account Exec"]),
        co=last(g) + " Group", p=mobile(g, True), p2=P(g, True), x=rng.randint(10, 999), em=EM(g, nm, biz=True),
        disc=pick(["This e-mail may contain confidential information.", "Please consider the environment.", ""]),
    )  # fmt: skip
    return d, "e-mail signature block"


def p_directory(g):
    rs = rng.sample(REGIONS, rng.randint(4, 7))
    lines = [
        Doc(
            pick(["Our offices", "Global support lines", "Niederlassungen", "Contact us worldwide"])
            + ":"
        )
    ]
    for r in rs:
        lines.append(
            F(
                "• {{c}} ({{iso}}): {{p}}",
                c=pick(["HQ", "Sales", "Support", "Office"]),
                iso=r.iso,
                p=P(r, True),
            )
        )
    lines.append(F("Press: {{em}}", em=EM(g, role="press")))
    return J("\n", lines), "multi-country office directory"


def p_voicemail(g):
    p = P(g)
    d = F(
        "Voicemail ({{dur}}s, {{d}}): \"{{hi}}, it's {{nm}} from {{co}} about the {{what}}. Call me back on "
        "{{p}}... again that's {{p2}}. Thanks, bye.\"",
        dur=rng.randint(8, 59), d=date_s(), hi=pick(["Hi", "Hello", "Hey"]), nm=first(g), co=last(g) + " Motors",
        what=pick(["quote", "parcel", "appointment", "insurance claim " + digits(8)]), p=p, p2=p,
    )  # fmt: skip
    return d, "voicemail transcription with repeated number"


def p_classified(g):
    d = F(
        "{{it}} — {{amt}} ONO. Barely used, {{yr}}. Pickup only ({{pc}}). {{call}} {{p}} "
        "(text only, no calls after {{h}}pm) {{e}}",
        it=pick(["Kids bike 20\"", "IKEA sofa", "Canon EOS 250D", "Stroller", "Drum kit", "Fridge 240L"]),
        amt=amount(), yr=rng.randint(2018, 2025), pc=postcode(), call=g.call, p=P(g), h=rng.randint(8, 10), e=emo(),
    )  # fmt: skip
    return d, "classified ad / forum post"


def p_appt(g):
    d = F(
        "{{clinic}}: Reminder - appointment {{d}} at {{t}} with Dr {{doc}}. Reply C to confirm or call {{p}}. "
        "Patient ID {{pid}}. Questions: {{em}}",
        clinic=last(g) + " " + pick(["Dental", "Family Clinic", "Physio", "Eye Care"]), d=date_s(), t=hhmm(),
        doc=last(g), p=P(g, False), pid=digits(8), em=EM(g, biz=True, role="reception"),
    )  # fmt: skip
    return d, "appointment reminder SMS"


def p_json(g):
    nm = person(g)
    d = F(
        '{"id": {{id}}, "name": "{{nm}}", "contact": {"email": "{{em}}", "phone": "{{p}}"},'
        ' "last_login_ip": "{{ip}}", "created": "{{t}}", "plan": "pro", "mrr": {{m}}}',
        id=digits(9), nm=nm, em=EM(g, nm), p=P(g, True), ip=IP(), t=ts(), m=rng.randint(5, 900),
    )  # fmt: skip
    return d, "JSON API payload"


def p_access(g):
    lines = []
    for _ in range(rng.randint(3, 5)):
        lines.append(
            F(
                '{{ip}} - - [{{d}}:{{t}}:{{s}} +0000] "{{m}} /{{path}} HTTP/1.1" {{st}} {{b}} "-" "Mozilla/5.0"',
                ip=IP(),
                d="%02d/%s/2026" % (rng.randint(1, 28), pick(["Jan", "Mar", "Jul", "Oct"])),
                t=hhmm(),
                s="%02d" % rng.randint(0, 59),
                m=pick(["GET", "POST"]),
                path=pick(["login", "api/v2/items", "cart", "health"]),
                st=pick(["200", "301", "403", "404", "500"]),
                b=rng.randint(120, 90000),
            )  # fmt: skip
        )
    return J("\n", lines), "web server access log"


def p_mdtable(g):
    rows = [Doc("| Role | Name | Phone | Email |\n|---|---|---|---|")]
    for role in rng.sample(
        ["Coordinator", "First aid", "Driver", "Caretaker", "Treasurer", "Security"], 3
    ):
        nm = person(g)
        rows.append(F("| {{r}} | {{nm}} | {{p}} | {{em}} |", r=role, nm=nm, p=P(g), em=EM(g, nm)))
    return J("\n", rows), "markdown emergency contact table"


def p_w9_us(g):
    nm = person(g)
    d = F(
        "Form W-9 (Rev. {{rev}})\n1 Name: {{nm}}\n3 Federal tax classification: Individual/sole proprietor\n"
        "Part I Taxpayer Identification Number\nSocial security number: {{s}}\nDaytime phone: {{p}}\n"
        "Email for 1099: {{em}}\nAccount number(s): {{ac}}",
        rev=pick(["March 2024", "October 2018"]), nm=nm, s=SSN(pick(["### ## ####", "###-##-####", "#########"])),
        p=P(g, False), em=EM(g, nm), ac=digits(10),
    )  # fmt: skip
    return d, "US tax form W-9"


def p_dispute(g):
    nm = person(g)
    d = F(
        "Subject: Dispute of charge {{amt}} on {{d}}\n\nHello, I did not authorise the transaction on my card "
        "{{c}}. My other card {{c2}} was not affected. Merchant ref {{mr}}. Please call me at {{p}} or reply "
        "to {{em}}.\nRegards, {{nm}}",
        amt=amount(), d=date_s(), c=CARD(), c2=CARD(), mr=digits(12), p=P(g), em=EM(g, nm), nm=nm,
    )  # fmt: skip
    return d, "card dispute e-mail"


def p_delivery(g):
    d = F(
        "Delivery note: leave at side door, gate code {{gc}}#, dog is friendly {{e}}. If no answer ring {{p}} "
        "or my partner {{p2}}. Parcel {{tr}}.",
        gc=rng.randint(1000, 9999), e=emo(), p=P(g), p2=P(g), tr=tracking(),
    )  # fmt: skip
    return d, "delivery instructions"


def p_pet(g):
    d = F(
        "LOST {{pet}}!! {{nm}}, {{col}}, microchip {{mc}}. Last seen {{d}} near {{st}}. REWARD {{amt}}\n"
        "CALL {{p}} OR {{p2}} ANY TIME",
        pet=pick(["CAT", "DOG", "PARROT"]), nm=pick(["Mochi", "Rex", "Luna", "Simba"]),
        col=pick(["grey tabby", "black lab", "white w/ brown ear"]), mc=digits(15), d=date_s(), st=pick(STREETS),
        amt=amount(), p=P(g, False), p2=P(g),
    )  # fmt: skip
    return d, "lost pet poster"


def p_newsletter(g):
    lines = [
        Doc(pick(["Club committee 2026", "Parish council contacts", "Allotment society officers"]))
    ]
    for role in ["Chair", "Secretary", "Treasurer"]:
        nm = person(g)
        lines.append(F("{{r}}: {{nm}}, {{p}}, {{em}}", r=role, nm=nm, p=P(g), em=EM(g, nm)))
    lines.append(
        Doc("Membership fee " + amount() + " per year. Next meeting " + date_s() + " " + hhmm())
    )
    return J("\n", lines), "club newsletter contact list"


def p_sepa(g):
    nm = person(g)
    d = F(
        "SEPA Direct Debit Mandate\nCreditor ID: {{ci}}\nMandate reference: {{mr}}\nDebtor: {{nm}}\nIBAN: {{ib}}\n"
        "BIC: {{bic}}\nEmail: {{em}} · Tel: {{p}}\nSigned {{d}}",
        ci=g.iso + "98ZZZ0" + digits(8), mr="MR-" + digits(9), nm=nm, ib=IBAN(g.iso), bic=g.iso + "GGXXX",
        em=EM(g, nm), p=P(g), d=date_s(),
    )  # fmt: skip
    return d, "SEPA direct debit mandate"


def p_git(g):
    nm = person(g)
    d = F(
        "commit {{h}}\nAuthor: {{nm}} <{{em}}>\nDate:   {{t}}\n\n    deploy: move api to {{ip}} and {{ip6}}\n"
        "    (was {{ip2}}), bump to {{ver}}",
        h=hexhash(40), nm=nm, em=EM(g, nm), t=ts(), ip=IP(False), ip6=IP(True), ip2=IP(False, True), ver=version(),
    )  # fmt: skip
    return d, "git commit log"


def p_alert(g):
    d = F(
        "New sign-in to your account ({{em}})\nWhen: {{t}}\nWhere: {{city}} · IP {{ip}}\nDevice: {{dev}}\n"
        "Not you? Call us at {{p}} or secure your account. Case {{cs}}",
        em=EM(g), t=ts(), city=pick(["Frankfurt", "Singapore", "São Paulo", "Nairobi"]), ip=IP(),
        dev=pick(["Chrome on Windows", "iPhone 15", "Firefox on Linux"]), p=P(g, True), cs=digits(9),
    )  # fmt: skip
    return d, "security sign-in alert"


def p_rsvp(g):
    d = F(
        "RSVP — {{a}} & {{b}}'s wedding, {{d}}\nName: {{nm}}  Guests: {{n}}  Menu: {{menu}}\nPhone: {{p}}\n"
        "Email: {{em}}\nAllergies: {{al}}",
        a=first(g), b=first(g), d=date_s(), nm=person(g), n=rng.randint(1, 4), menu=pick(["veg", "fish", "meat"]),
        p=P(g), em=EM(g), al=pick(["none", "nuts", "gluten"]),
    )  # fmt: skip
    return d, "wedding RSVP form"


def p_bilingual(g):
    p = P(g, False)
    d = F(
        "{{tel}}: {{p}} · {{mail}}: {{em}}\nPhone: {{p2}} · Email: {{em2}}\n{{call}} / Call us: {{p3}}",
        tel=g.tel, p=p, mail=g.mail, em=(em := EM(g, biz=True, role="info")), p2=p, em2=em, call=g.call, p3=P(g, True),
    )  # fmt: skip
    return d, "bilingual notice"


def p_ssnchat_us(g):
    d = F(
        "landlord: hi can u send ur ssn for the background check on the lease app\nme: ok {{s}} 😬 is that safe lol\n"
        "landlord: yes its encrypted. also ur roommate's?\nme: {{s2}}, her cell is {{p}}",
        s=SSN(pick(["###-##-####", "#########", "### ## ####"])), s2=SSN(), p=P(g),
    )  # fmt: skip
    return d, "US casual chat sharing SSN"


def p_loan_us(g):
    nm, co = person(g), person(g)
    d = F(
        "Uniform Residential Loan Application\nBorrower: {{nm}}  SSN {{s}}  DOB {{d}}\nCo-borrower: {{co}}  SSN {{s2}}\n"
        "Home phone {{p}}  Cell {{p2}}  Email {{em}}\nMonthly income {{amt}}  Loan # {{ln}}",
        nm=nm, s=SSN(), d=date_s(), co=co, s2=SSN(), p=P(g, False), p2=P(g), em=EM(g, nm), amt=amount(), ln=digits(10),
    )  # fmt: skip
    return d, "US loan application"


def p_payme(g):
    d = F(
        "{{hi}} {{e}} pls send the {{amt}} for the {{what}} to {{ib}} ({{nm}}). {{mine}} {{p}} if problems",
        hi=g.hi, e=emo(), amt=amount(), what=pick(["concert tix", "flat deposit", "team kit", "gift"]),
        ib=IBAN(g.iso), nm=person(g), mine=g.mine, p=P(g),
    )  # fmt: skip
    return d, "chat asking for bank transfer"


def p_checkout(g):
    nm = person(g)
    d = F(
        "Payment details\nCardholder: {{nm}}\nCard number: {{c}}\nExpiry: {{mm}}/{{yy}}  CVC: ***\n"
        "Billing email: {{em}}\nPhone for 3-D Secure: {{p}}\nOrder {{o}} · {{amt}}",
        nm=nm.upper(), c=CARD(), mm="%02d" % rng.randint(1, 12), yy=rng.randint(27, 32), em=EM(g, nm), p=P(g, True),
        o=order_no(), amt=amount(),
    )  # fmt: skip
    return d, "checkout form with card"


POS = [
    (p_chat, 20, None), (p_elderly, 8, None), (p_footer, 12, None), (p_gov, 9, None),
    (p_cv, 8, None), (p_jobapp_us, 12, "US"), (p_rental, 9, None), (p_school, 11, None),
    (p_travel, 8, None), (p_support, 18, None), (p_config, 11, None), (p_trace, 10, None),
    (p_sheet, 14, None), (p_ocr, 10, None), (p_mixed, 22, None), (p_invoice, 15, "IBAN"),
    (p_payroll_us, 9, "US"), (p_sig, 7, None), (p_directory, 12, None), (p_voicemail, 6, None),
    (p_classified, 6, None), (p_appt, 6, None), (p_json, 8, None), (p_access, 8, None),
    (p_mdtable, 5, None), (p_w9_us, 10, "US"), (p_dispute, 14, None), (p_delivery, 6, None),
    (p_pet, 4, None), (p_newsletter, 5, None), (p_sepa, 10, "IBAN"), (p_git, 7, None),
    (p_alert, 8, None), (p_rsvp, 4, None), (p_bilingual, 8, None), (p_ssnchat_us, 10, "US"),
    (p_loan_us, 9, "US"), (p_payme, 10, "IBAN"), (p_checkout, 20, None),
]  # fmt: skip

# ---------------------------------------------------------------- negatives

ORDER_WORD = {
    "en": "Order", "de": "Bestellung", "fr": "Commande", "es": "Pedido", "it": "Ordine",
    "pt": "Pedido", "nl": "Bestelling", "pl": "Zamówienie", "ru": "Заказ", "uk": "Замовлення",
    "tr": "Sipariş", "ar": "طلب رقم", "he": "הזמנה", "hi": "ऑर्डर", "zh": "订单号", "ja": "注文番号",
    "ko": "주문번호", "th": "คำสั่งซื้อ", "vi": "Đơn hàng", "id": "Pesanan", "fa": "سفارش",
    "sv": "Order", "cs": "Objednávka", "el": "Παραγγελία", "ro": "Comanda", "hu": "Rendelés",
}  # fmt: skip


def ow(g):
    return ORDER_WORD.get(g.lang, "Order")


def n_order(g):
    return (
        "%s %s — %s\n%s × %d, total %s\nTracking %s, est. delivery %s"
        % (ow(g), order_no(), date_s(), pick(["USB-C cable", "Desk lamp", "Tea set"]),
            rng.randint(1, 9), amount(), tracking(), date_s())
    ), "order confirmation (no contact data)"  # fmt: skip


def n_meeting(g):
    return (
        "%s: weekly sync moved to %s %s.\nMeeting ID: %s\nPasscode: %d\nAgenda doc rev %s"
        % (g.hi, date_s(), hhmm(), meeting_id(), rng.randint(100000, 999999), version())
    ), "meeting invite with meeting id"


def n_changelog(g):
    lines = ["## %s (%s)" % (version(), date_s())]
    for _ in range(3):
        what = pick(
            [
                "race in cache",
                "OID 1.3.6.1.4.1.%d parsing" % rng.randint(1000, 60000),
                "port range 8000-8080",
            ]
        )
        lines.append("- fix #%d: %s (%s)" % (rng.randint(100, 99999), what, hexhash(7)))
    return "\n".join(lines), "changelog with version strings"


def n_isbn(g):
    return (
        "%s, %s (%d). %s. ISBN %s. pp. %d–%d."
        % (last(g), first(g)[0] + ".", rng.randint(1980, 2025),
            pick(["Field Notes", "Numerical Methods", "Коды и шифры"]), isbn13(),
            rng.randint(1, 200), rng.randint(201, 900))
    ), "book citation with ISBN"  # fmt: skip


def n_lab(g):
    rows = ["sample\tpH\tmass_g\tlength_mm\ttemp_C"]
    for i in range(rng.randint(3, 6)):
        rows.append(
            "S-%04d\t%.2f\t%.3f\t%d\t%.1f"
            % (
                rng.randint(1, 9999),
                rng.uniform(3, 9),
                rng.uniform(0, 900),
                rng.randint(100, 99999),
                rng.uniform(-20, 90),
            )
        )
    return "\n".join(rows), "lab measurements table"


def n_gps(g):
    return "\n".join(
        "%s lat/lon %s alt %dm" % (ts(), coords(), rng.randint(0, 4000)) for _ in range(3)
    ), "GPS track log"  # fmt: skip


def n_catalog(g):
    return "\n".join(
        "SKU %s-%d | EAN %s | %s | %s"
        % (pick(["TX", "HM", "QK"]), rng.randint(1000, 99999), ean13(),
            pick(["30x40 cm", "2.5 kg", "500 ml"]), amount())
        for _ in range(rng.randint(2, 4))
    ), "product catalogue with EAN codes"  # fmt: skip


def n_gitlog(g):
    return "\n".join(
        "%s %s (tag: %s)"
        % (hexhash(pick([7, 40])),
            pick(["merge PR #%d" % rng.randint(1, 9000), "bump deps", "refactor"]), version())
        for _ in range(4)
    ), "git log (no author e-mail)"  # fmt: skip


def n_badcard(g):
    return (
        "Payment declined: card number %s failed validation (checksum). Try again or use another card. Ref %s"
        % (bad_card(), digits(10))
    ), "invalid-Luhn card-like number"


def n_badiban(g):
    return (
        "Fehler: Die IBAN %s ist ungültig (Prüfziffer). Bitte prüfen. Vorgang %s"
        % (bad_iban(), digits(8))
        if rng.random() < 0.5
        else "Validation error: IBAN '%s' has wrong check digits. Batch %s, row %d"
        % (bad_iban(), digits(6), rng.randint(2, 900))
    ), "invalid IBAN in error message"


def n_serial(g):
    return (
        "Warranty registration: model %s, serial %s-%s-%s, purchased %s, IMEI-free Wi-Fi unit, firmware %s"
        % (pick(["X200", "KD-55", "HX-9"]), digits(4), digits(4), digits(4), date_s(), version())
    ), "serial numbers / warranty"


def n_ranges(g):
    return (
        "Population %d–%d, median %s, p95 latency %d ms, ports %d-%d, score %d:%d, %d%% growth since %d"
        % (rng.randint(100000, 500000), rng.randint(500001, 9000000),
            "{:,}".format(rng.randint(10000, 999999)), rng.randint(10, 900),
            rng.randint(1000, 5000), rng.randint(5001, 9000), rng.randint(0, 5), rng.randint(0, 5),
            rng.randint(1, 90), rng.randint(1990, 2020))
    ), "ranges and statistics"  # fmt: skip


def n_postal(g):
    return "Delivery zones: " + ", ".join(
        postcode() for _ in range(rng.randint(4, 7))
    ), "postal codes list"


def n_account(g):
    return (
        "%s\nAccount no. %s · Customer %s · Contract %s\nConsumption %d kWh (%s – %s), amount %s"
        % (pick(["Statement", "Abrechnung", "Facture", "Factura"]), digits(10), digits(8),
            "C" + digits(9), rng.randint(100, 9000), date_s(), date_s(), amount())
    ), "utility account statement"  # fmt: skip


def n_foreign(g):
    return "Applicant ID on file: %s. Verified %s. Case %s." % (
        foreign_id(),
        date_s(),
        digits(7),
    ), "non-US national id"


def n_badssn(g):
    itin = "9%02d-7%d-%04d" % (rng.randint(0, 99), rng.randint(0, 9), rng.randint(0, 9999))
    return pick(
        [
            "ITIN %s issued for tax filing only (not an SSN). Case %s." % (itin, digits(6)),
            "Test fixture: ssn='%s' (invalid area, must be rejected)" % bad_ssn(),
            "Form sample shows XXX-XX-%04d; placeholder %s" % (rng.randint(0, 9999), bad_ssn()),
        ]
    ), "SSN-shaped but invalid number"


def n_epoch(g):
    fmt = "%d %s job=%s took %.3fs exit=%d"
    rows = [
        fmt
        % (
            rng.randint(1700000000, 1799999999),
            ts(),
            hexhash(8),
            rng.uniform(0, 99),
            rng.randint(0, 2),
        )
        for _ in range(3)
    ]
    return "\n".join(rows), "timestamps / durations log"


def n_flight(g):
    pnr = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    return (
        "E-ticket %s-%s · PNR %s · %s%d %s %s → %s · baggage %dkg · fare %s"
        % (digits(3), digits(10), pnr, pick(["LH", "KL", "SQ"]), rng.randint(1, 999), date_s(),
           hhmm(), hhmm(), rng.randint(7, 32), amount())
    ), "flight booking without contacts"  # fmt: skip


def n_amounts(g):
    rows = ["date;description;qty;amount"]
    for _ in range(4):
        what = pick(["rent", "groceries", "transfer ref " + digits(12), "refund"])
        rows.append("%s;%s;%d;%s" % (date_s(), what, rng.randint(1, 99), amount()))
    return "\n".join(rows), "bank statement lines"


def n_sport(g):
    return (
        "Results: %s %d–%d %s (att. %s). Marathon winner %d:%02d:%02d, bib %d. Next fixture %s %s."
        % (pick(["Ajax", "Galatasaray", "Boca"]), rng.randint(0, 5), rng.randint(0, 5),
            pick(["PSV", "Fenerbahçe", "River"]), "{:,}".format(rng.randint(5000, 90000)), 2,
            rng.randint(0, 59), rng.randint(0, 59), rng.randint(100, 40000), date_s(), hhmm())
    ), "sports results"  # fmt: skip


def n_cas(g):
    return (
        "Reagents: CAS %d-%02d-%d, lot %s, conc. %.2f mol/L, UN%d, stored %d–%d °C"
        % (rng.randint(50, 99999), rng.randint(0, 99), rng.randint(0, 9), digits(8),
            rng.uniform(0, 12), rng.randint(1000, 3500), rng.randint(2, 8), rng.randint(9, 25))
    ), "chemical catalogue numbers"  # fmt: skip


def n_badip(g):
    return (
        "Schema %d.%d.%d.%d (not an address), OID 1.2.840.%d.1.%d, k8s rev %d, semver %s, hex #%s"
        % (rng.randint(256, 999), rng.randint(0, 999), rng.randint(0, 99), rng.randint(300, 999),
            rng.randint(10000, 99999), rng.randint(1, 9), rng.randint(1, 9999), version(),
            hexhash(6))
    ), "IP-like but invalid dotted numbers"  # fmt: skip


def n_math(g):
    a, b = rng.randint(10000, 99999), rng.randint(10000, 99999)
    return "Homework Q%d: %d × %d = %d. Round %s to 2 dp. Sum 1..%d = %d." % (
        rng.randint(1, 30),
        a,
        b,
        a * b,
        "%.5f" % rng.uniform(0, 999),
        rng.randint(100, 9999),
        rng.randint(10000, 9999999),
    ), "arithmetic homework"


def n_nativechat(g):
    return (
        "%s %s %s: %s %s, %s %s 📦 %s"
        % (g.hi, emo(), ow(g), order_no(), date_s(), tracking(), amount(), g.thx)
    ), "native-language chat about an order"


def n_npm(g):
    return (
        "deps: lodash@4.17.%d react@18.%d.%d @types/node@%d.%d — thanks @%s for review, see #%d, color #%s"
        % (rng.randint(0, 21), rng.randint(0, 3), rng.randint(0, 9), rng.randint(16, 22),
            rng.randint(0, 20), first(g).lower(), rng.randint(10, 9999), hexhash(6))
    ), "package versions and @mentions"  # fmt: skip


def n_uuid(g):
    return (
        "request_id=%s-%s-4%s-%s-%s trace=%s span=%s"
        % (hexhash(8), hexhash(4), hexhash(3), hexhash(4), hexhash(12), hexhash(32), hexhash(16))
    ), "request ids / hashes"


def n_parcel(g):
    return (
        "Paket %s: Zustellung %s zwischen %s und %s. Abholcode %d. Gewicht %.1f kg, Maße %dx%dx%d cm."
        % (tracking(), date_s(), hhmm(), hhmm(), rng.randint(100000, 999999), rng.uniform(0, 30),
            rng.randint(10, 80), rng.randint(10, 80), rng.randint(5, 60))
    ), "parcel notification without contacts"  # fmt: skip


def n_hotel(g):
    return (
        "Booking confirmation %s · %d nights · room %d · check-in %s from %s · total %s · cancel before %s"
        % (digits(10), rng.randint(1, 14), rng.randint(101, 1299), date_s(), hhmm(), amount(),
            date_s())
    ), "hotel booking confirmation without contacts"  # fmt: skip


NEG = [
    n_order, n_meeting, n_changelog, n_isbn, n_lab, n_gps, n_catalog, n_gitlog, n_badcard,
    n_badiban, n_serial, n_ranges, n_postal, n_account, n_foreign, n_badssn, n_epoch, n_flight,
    n_amounts, n_sport, n_cas, n_badip, n_math, n_nativechat, n_npm, n_uuid, n_parcel, n_hotel,
]  # fmt: skip

# ---------------------------------------------------------------- checks

SHAPE = {
    "EMAIL": re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"),
    "PHONE": re.compile(r"^(\+|00|\(\+)?[\d\s().\-/]+$"),
    "SSN": re.compile(r"^\d{3}([- ]?)\d{2}\1\d{4}$"),
    "CARD": re.compile(r"^\d{4}([ -]?)\d{4,6}\1\d{4,5}(\1\d{4})?$"),
}


def check_span(ent, s):
    assert s and s == s.strip(), (ent, s)
    if ent in SHAPE:
        assert SHAPE[ent].match(s), (ent, s)
    d = re.sub(r"\D", "", s)
    if ent == "PHONE":
        assert 7 <= len(d) <= 15 and s[-1].isdigit(), s
    elif ent == "SSN":
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", s
    elif ent == "CARD":
        assert 13 <= len(d) <= 19 and luhn_ok(d) and CARD_PREFIX.match(d), s
    elif ent == "IBAN":
        c = s.replace(" ", "")
        assert re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", c) and len(c) == IBAN_LEN[c[:2]], s
        assert iban_mod(c) == 1, s
    elif ent == "IP":
        ipaddress.ip_address(s)


def main():
    pos_jobs = []
    for fn, w, pool in POS:
        pos_jobs += [(fn, pool)] * w
    rng.shuffle(pos_jobs)
    order = REGIONS[:]
    rng.shuffle(order)
    cursor = {"any": 0, "IBAN": 0}
    records, seen, langs, regions = [], set(), set(), set()

    def next_region(pool):
        if pool == "US":
            return BY["US"]
        key, lst = ("IBAN", IBAN_REGIONS) if pool == "IBAN" else ("any", order)
        g = lst[cursor[key] % len(lst)]
        cursor[key] += 1
        return g

    for fn, pool in pos_jobs:
        g = next_region(pool)
        while True:
            doc, note = fn(g)
            if doc.text not in seen:
                break
        seen.add(doc.text)
        langs.add(g.lang)
        regions.add(g.iso)
        records.append({"text": doc.text, "spans": doc.spans, "kind": "positive", "note": note})
    for i in range(N_NEG):
        g = order[(i * 7) % len(order)]
        fn = NEG[i % len(NEG)]
        while True:
            text, note = fn(g)
            if text not in seen:
                break
        seen.add(text)
        records.append({"text": text, "spans": [], "kind": "hard_negative", "note": note})
    rng.shuffle(records)

    counts = Counter()
    for r in records:
        spans = sorted(r["spans"])
        prev = -1
        for s, e, ent in spans:
            assert 0 <= s < e <= len(r["text"]) and s >= prev, (r, s, prev)
            prev = e
            check_span(ent, r["text"][s:e])
            counts[ent] += 1
        r["spans"] = [{"start": s, "end": e, "entity": ent} for s, e, ent in spans]
        assert (r["kind"] == "positive") == bool(spans)
    need = {"PHONE": 700, "SSN": 100, "CARD": 60, "IBAN": 50, "IP": 120, "EMAIL": 300}
    for k, v in need.items():
        assert counts[k] >= v, (k, counts[k], v)
    assert len(regions) >= 60 and len(langs) >= 35, (len(regions), len(langs))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    print("texts", len(records), dict(kinds))
    print("spans", dict(sorted(counts.items())))
    print("languages", len(langs), "regions", len(regions))
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
