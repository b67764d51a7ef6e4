"""Generate the seventeenth blind personal-data evaluation set.

Writes personal_data_seventeenth.jsonl next to this file. Stdlib only and
deterministic (random.Random(SEED)).
"""

import hashlib
import ipaddress
import json
import random
import re
import string
import unicodedata
from collections import Counter, namedtuple
from pathlib import Path

SEED = 20261223
R = random.Random(SEED)
OUT = Path(__file__).with_name("personal_data_seventeenth.jsonl")

E = namedtuple("E", "s ent reg", defaults=(None,))
Region = namedtuple("Region", "code cc langs tld pats given sur mail")

N_POS = 380
N_NEG = 234
MIN = {"PHONE": 700, "SSN": 100, "CARD": 60, "IBAN": 50, "IP": 120, "EMAIL": 300}

REGIONS_USED = set()
LANGS_USED = set()


class B:
    """Text builder that records exact entity offsets."""

    def __init__(self, reg=None):
        self.reg = reg
        self.parts = []
        self.spans = []
        self.n = 0
        self.regs = set()

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, v):
        if isinstance(v, E):
            self.spans.append((self.n, self.n + len(v.s), v.ent))
            if v.reg:
                self.regs.add(v.reg)
            return self.t(v.s)
        return self.t(str(v))

    def f(self, tmpl, **kw):
        for lit, field, _spec, _conv in string.Formatter().parse(tmpl):
            self.t(lit)
            if field is not None:
                self.e(kw[field] if field in kw else DEFAULTS[field](self.reg))
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------
# regions: code, country code, languages, tld, phone patterns, names, mail
# pattern placeholders: # any digit, N 1-9, A 2-9
# --------------------------------------------------------------------------
_RAW_REGIONS = """
US|1|en|com|(A##) A##-####;A##-A##-####;A##.A##.####;+1 A##-A##-####;+1 (A##) A##-####;1-A##-A##-####|Emily Jacob Madison Tyler Brianna Marcus|Johnson Carter Nguyen Ramirez Holloway Price|comcast.net att.net
CA|1|en fr|ca|(A##) A##-####;A##-A##-####;+1 A## A## ####;A## A##-####|Olivia Liam Chloé Étienne Mathis Avery|Tremblay Gagnon Roy Côté MacDonald Singh|videotron.ca rogers.com
MX|52|es|com.mx|55 #### ####;(33) ####-####;+52 55 #### ####;+52 1 81 #### ####;81-####-####|Ximena Santiago Valeria Diego Regina Emiliano|Hernández García Martínez López Ruiz Salazar|prodigy.net.mx
BR|55|pt|com.br|(11) 9####-####;(21) 9#### ####;+55 11 9####-####;+55 (31) 9####-####;11 9####-####;(61) 3###-####|João Ana Pedro Beatriz Lucas Mariana|Silva Souza Oliveira Santos Pereira Costa|uol.com.br bol.com.br terra.com.br
AR|54|es|com.ar|011 15-####-####;(011) 4###-####;+54 9 11 ####-####;+54 351 ###-####|Sofía Mateo Valentina Thiago Camila Bautista|González Rodríguez Fernández Gómez Díaz Pérez|fibertel.com.ar
CL|56|es|cl|9 #### ####;+56 9 #### ####;(2) 2### ####;+56 2 2### ####|Isidora Agustín Florencia Benjamín Antonella Vicente|Muñoz Rojas Soto Contreras Silva Araya|vtr.net
CO|57|es|com.co|3## ### ####;(601) ### ####;+57 3## ### ####;+57 (604) ### ####|Mariana Samuel Luciana Alejandro Gabriela Sebastián|Rodríguez Gómez López Martínez Castro Vargas|une.net.co
PE|51|es|pe|9## ### ###;(01) ### ####;+51 9## ### ###;+51 1 ### ####|Camila Diego Fernanda Joaquín Alessia Renato|Quispe Flores Sánchez Huamán Mamani Chávez|speedy.com.pe
VE|58|es|com.ve|0412-#######;0414 ### ####;(0212) ### ####;+58 412-#######;+58 212 ### ####|Andrea Luis Daniela José Valentina Carlos|Pérez Rodríguez Hernández Blanco Ramos Mora|cantv.net
EC|593|es|ec|09# ### ####;(02) ### ####;+593 9# ### ####|Doménica Mateo Emilia Martín Paula Josué|Zambrano Cedeño Vera Andrade Mendoza Ortiz|netlife.ec
CR|506|es|cr|8###-####;2### ####;+506 8### ####;+506 7###-####|Valeria Sebastián Sofía Daniel Ariana Fabián|Vargas Jiménez Mora Rojas Solano Alfaro|racsa.co.cr
DO|1|es|com.do|(809) A##-####;829-A##-####;+1 849 A## ####;+1 (809) A##-####|Yaritza Miguel Paola Ángel Nathalie Wilkin|Rosario Reyes Peña Polanco Almonte Tavárez|claro.net.do
JM|1|en|com.jm|(876) A##-####;876-A##-####;+1 876 A## ####|Shanice Andre Tanisha Romario Kimone Dwayne|Campbell Brown Williams Thompson Gordon Reid|cwjamaica.com
GB|44|en cy|co.uk|07N## ######;020 #### ####;01### ######;(0161) ### ####;+44 7N## ######;+44 (0)20 #### ####;+44 1## ### ####;0044 7N## ### ###|Oliver Amelia Harry Isla Rhys Ffion|Smith Jones Evans Patel Hughes Taylor|btinternet.com sky.com virginmedia.com
IE|353|en ga|ie|08N ### ####;(01) ### ####;+353 8N ### ####;+353 (0)1 ### ####;021 ### ####|Aoife Seán Niamh Cian Róisín Oisín|Murphy Kelly O'Brien Walsh Byrne Ryan|eircom.net
FR|33|fr|fr|06 ## ## ## ##;07 ## ## ## ##;01.##.##.##.##;04-##-##-##-##;+33 6 ## ## ## ##;+33 (0)1 ## ## ## ##;0033 7 ## ## ## ##;+33 1 ## ## ## ##|Camille Lucas Manon Hugo Léa Théo|Martin Bernard Dubois Lefèvre Moreau Girard|orange.fr free.fr laposte.net sfr.fr
DE|49|de|de|0151 ########;0171 #######;030 ########;(089) ### ###-##;0176/########;+49 151 ########;+49 (0)30 #######;+49 40 ### ###-#;0049 172 #######|Lukas Anna Jonas Lea Felix Marie|Müller Schmidt Becker Wagner Hoffmann Schäfer|gmx.de web.de t-online.de posteo.de
AT|43|de|at|0664 ### ####;0676 #######;01 ### ####;+43 664 ### ####;+43 1 ### ## ##;0316 ######|Tobias Hannah Florian Laura Maximilian Katharina|Gruber Huber Bauer Wagner Pichler Steiner|aon.at gmx.at
CH|41|de fr it|ch|079 ### ## ##;078 ### ## ##;044 ### ## ##;+41 79 ### ## ##;+41 (0)22 ### ## ##;0041 76 ### ## ##|Noah Mia Luca Elena Nils Giulia|Meier Keller Favre Rossi Brunner Bonvin|bluewin.ch sunrise.ch
NL|31|nl|nl|06-########;06 ## ## ## ##;020 ### ####;(010) ### ## ##;+31 6 ########;+31 (0)20 ### ####;+31 6 ## ## ## ##|Daan Emma Sem Julia Bram Sanne|de_Jong Jansen de_Vries van_Dijk Bakker Visser|ziggo.nl kpnmail.nl xs4all.nl
BE|32|fr nl|be|04## ## ## ##;0475 ## ## ##;02 ### ## ##;+32 4## ## ## ##;+32 2 ### ## ##;09/### ## ##|Louis Elise Arthur Noor Victor Lotte|Peeters Janssens Maes Dubois Lambert Willems|skynet.be telenet.be proximus.be
LU|352|lb fr|lu|621 ### ###;691 ### ###;+352 621 ### ###;+352 26 ## ## ##|Luc Mia Ben Léa Tom Emma|Schmit Muller Weber Wagner Hoffmann Thill|pt.lu
ES|34|es ca eu|es|6## ## ## ##;6## ### ###;91 ### ## ##;93 ### ## ##;+34 6## ### ###;+34 91 ### ## ##;0034 6## ## ## ##;7## ### ###|Lucía Hugo Martina Pol Ane Iker|García Fernández Puig Etxeberria Navarro Serra|telefonica.net movistar.es
AD|376|ca|ad|3## ###;6## ###;+376 3## ###;+376 8## ###|Jordi Laia Marc Núria Pau Montse|Riba Vila Pujol Sansa Armengol Font|andorra.ad
PT|351|pt|pt|9## ### ###;21# ### ###;22 ### ####;+351 9## ### ###;+351 21 ### ####;00351 91# ### ###|Inês Tiago Beatriz Rodrigo Leonor Duarte|Ferreira Santos Pereira Rodrigues Almeida Sousa|sapo.pt netcabo.pt
IT|39|it|it|3## ### ####;3##-#######;06 #### ####;02 ########;+39 3## ### ####;+39 06 ### ####;0039 3## #######;(055) ### ####|Giulia Francesco Chiara Alessandro Sofia Matteo|Rossi Russo Ferrari Esposito Bianchi Romano|libero.it virgilio.it tiscali.it alice.it
GR|30|el|gr|69# ### ####;21# ### ####;+30 69# ### ####;+30 210 ### ####;2310 ######|Giorgos Maria Nikos Eleni Dimitris Katerina|Papadopoulos Georgiou Nikolaou Karagiannis Vlachos Dimitriou|otenet.gr hol.gr
CY|357|el|com.cy|99 ######;96 ### ###;+357 99 ######;+357 22 ######|Andreas Christina Panayiotis Elena Marios Anna|Georgiou Charalambous Ioannou Constantinou Michael Savva|cytanet.com.cy
PL|48|pl|pl|5## ### ###;6##-###-###;(22) ### ## ##;+48 5## ### ###;+48 22 ### ## ##;0048 60# ### ###|Zuzanna Jakub Julia Antoni Maja Szymon|Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski|wp.pl onet.pl interia.pl o2.pl
CZ|420|cs|cz|6## ### ###;7## ### ###;+420 7## ### ###;+420 2## ### ###;00420 6## ### ###|Jan Tereza Jakub Eliška Tomáš Anna|Novák Svoboda Novotný Dvořák Černý Procházka|seznam.cz email.cz centrum.cz
SK|421|sk|sk|09## ### ###;0905 ### ###;02/### ### ##;+421 9## ### ###;+421 2 #### ####|Martin Zuzana Peter Katarína Marek Lucia|Horváth Kováč Varga Tóth Nagy Baláž|azet.sk zoznam.sk
HU|36|hu|hu|06 30 ### ####;06-20-###-####;06 1 ### ####;+36 30 ### ####;+36 1 ### ####;(1) ### ####|Bence Anna Máté Zsófia Levente Réka|Nagy Kovács Tóth Szabó Horváth Varga|freemail.hu citromail.hu
RO|40|ro|ro|07## ### ###;0721 ### ###;021 ### ####;+40 7## ### ###;+40 21 ### ####;0040 74# ### ###|Andrei Ioana Mihai Elena Alexandru Maria|Popescu Ionescu Popa Dumitru Stan Gheorghe|yahoo.ro
BG|359|bg|bg|08## ### ###;089 ### ####;02 ### ####;+359 8## ### ###;+359 2 ### ####|Georgi Maria Ivan Elena Dimitar Desislava|Ivanov Georgieva Petrov Dimitrova Nikolov Stoyanova|abv.bg mail.bg
HR|385|hr|hr|09# ### ####;091 ### ###;01 #### ###;+385 9# ### ####;+385 1 #### ###|Luka Mia Ivan Ana Marko Petra|Horvat Kovačević Babić Marić Jurić Novak|net.hr t-com.hr
RS|381|sr|rs|06# ### ####;063/###-###;011 ### ####;+381 6# ### ####;+381 11 ### ####|Nikola Milica Stefan Jelena Lazar Ana|Jovanović Petrović Nikolić Marković Đorđević Ilić|eunet.rs sbb.rs
SI|386|sl|si|041 ### ###;031 ### ###;01 ### ## ##;+386 41 ### ###;+386 1 ### ## ##|Luka Zala Jan Eva Nejc Nika|Novak Horvat Kovačič Krajnc Zupančič Potočnik|siol.net
AL|355|sq|al|06# ### ####;069 ## ## ###;04 ### ####;+355 6# ### ####;+355 4 ### ####|Ardit Elira Klajdi Besa Endrit Anisa|Hoxha Shehu Dervishi Kola Leka Gjoka|abcom.al
MK|389|mk|mk|07# ### ###;070 ### ###;02 ### ####;+389 7# ### ###;+389 2 ### ####|Aleksandar Marija Stefan Elena Filip Ana|Stojanovski Nikolovska Trajkovski Petrovska Jovanovski Georgievska|t-home.mk
MT|356|mt|com.mt|79## ####;99## ####;21## ####;+356 79## ####;+356 21 ### ###|Luke Martina Matthew Maria Jake Nicole|Borg Camilleri Vella Farrugia Zammit Galea|maltanet.net
UA|380|uk|ua|0N# ### ## ##;(044) ###-##-##;067 ### ## ##;+380 NN ### ## ##;+380 (44) ###-##-##|Oleksandr Olena Andrii Iryna Dmytro Kateryna|Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchenko|ukr.net i.ua meta.ua
BY|375|be ru|by|8 (029) ###-##-##;8 033 ### ## ##;+375 29 ###-##-##;+375 (17) ###-##-##|Aliaksei Nasta Uladzimir Palina Siarhei Kasia|Kavalenka Navumovich Ivanou Lukashevich Shymanskaya Bahdanovich|tut.by
RU|7|ru|ru|8 (9##) ###-##-##;8 9## ### ## ##;+7 9## ###-##-##;8 495 ###-##-##;+7 (495) ###-##-##;+7 812 ### ## ##|Dmitry Anastasia Sergey Ekaterina Alexey Olga|Ivanov Smirnova Kuznetsov Popova Sokolov Lebedeva|yandex.ru mail.ru rambler.ru
LT|370|lt|lt|8 6## #####;8 5 ### ####;+370 6## #####;+370 5 ### ####|Lukas Emilija Matas Gabija Jonas Ugnė|Kazlauskas Petrauskienė Jankauskas Stankevičiūtė Vasiliauskas Žukauskaitė|one.lt
LV|371|lv|lv|2# ### ###;67 ### ###;+371 2# ### ###;+371 67 ### ###|Jānis Anna Mārtiņš Elīza Roberts Laura|Bērziņš Kalniņa Ozols Liepiņa Jansons Krūmiņa|inbox.lv apollo.lv
EE|372|et|ee|5### ####;5## ####;6## ####;+372 5### ####;+372 6## ####|Rasmus Sofia Oskar Maria Karl Mia|Tamm Saar Sepp Mägi Kask Kukk|hot.ee online.ee
FI|358|fi|fi|040 ### ####;050-### ####;044 #######;09 ### ####;+358 40 ### ####;+358 (0)9 ### ####;00358 50 ### ####|Eetu Aino Onni Sofia Leevi Venla|Korhonen Virtanen Mäkinen Nieminen Hämäläinen Laine|elisanet.fi kolumbus.fi
SE|46|sv|se|070-### ## ##;073 ### ## ##;08-### ### ##;031-## ## ##;+46 70 ### ## ##;+46 (0)8 ### ### ##;0046 72 ### ## ##|Elsa William Alice Hugo Maja Lucas|Andersson Johansson Karlsson Nilsson Eriksson Lindqvist|telia.com bredband.net
NO|47|nb|no|4## ## ###;9## ## ###;## ## ## ##;+47 9## ## ###;+47 22 ## ## ##;0047 4## ## ###|Jakob Nora Emil Ingrid Filip Sara|Hansen Johansen Olsen Larsen Berg Haugen|online.no
DK|45|da|dk|## ## ## ##;####-####;+45 ## ## ## ##;+45 ########;0045 ## ## ## ##|Oscar Freja Victor Ida Magnus Clara|Jensen Nielsen Hansen Pedersen Christensen Sørensen|mail.dk
IS|354|is|is|### ####;6## ####;8##-####;+354 6## ####;+354 5## ####|Jón Guðrún Sigurður Anna Gunnar Kristín|Jónsson Sigurðardóttir Guðmundsson Jónsdóttir Ólafsson Einarsdóttir|simnet.is
TR|90|tr|com.tr|0 (5##) ### ## ##;05## ### ## ##;0212 ### ## ##;+90 5## ### ## ##;+90 (312) ### ## ##;0090 53# ### ####|Elif Yusuf Zeynep Mehmet Ayşe Emre|Yılmaz Kaya Demir Şahin Çelik Öztürk|ttmail.com
IL|972|he|co.il|05#-###-####;054-#######;03-###-####;+972 5#-###-####;+972-3-###-####|Noa Itai Yael Omer Tamar Ariel|Cohen Levi Mizrahi Peretz Biton Friedman|walla.co.il 013.net
SA|966|ar|com.sa|05# ### ####;055 ### ####;011 ### ####;+966 5# ### ####;+966 11 ### ####;00966 5########|Abdullah Noura Faisal Reem Khalid Lama|AlQahtani AlOtaibi AlGhamdi AlHarbi AlShehri AlDosari|stc.com.sa
AE|971|ar en|ae|05# ### ####;050-#######;04 ### ####;+971 5# ### ####;+971 4 ### ####|Omar Fatima Rashid Mariam Saeed Aisha|AlMansoori AlNuaimi AlKetbi AlMazrouei AlShamsi AlHammadi|emirates.net.ae
QA|974|ar|qa|#### ####;55## ####;+974 55## ####;+974 44## ####|Hamad Maryam Tamim Noof Jassim Hessa|AlThani AlKuwari AlMarri AlSulaiti AlEmadi AlNaimi|qatar.net.qa
KW|965|ar|com.kw|6### ####;9### ####;+965 6### ####;+965 2### ####|Yousef Dana Bader Shaikha Nasser Ghadeer|AlSabah AlMutairi AlAjmi AlEnezi AlRashidi AlAzmi|kems.net
JO|962|ar|jo|07# ### ####;079 #######;06 ### ####;+962 7# ### ####;+962 6 ### ####|Zaid Rania Omar Leen Hamza Dima|Haddad Khoury Nasser Odeh Qasem Saleh|orange.jo
LB|961|ar fr|com.lb|03 ### ###;71 ### ###;01 ### ###;+961 3 ### ###;+961 1 ### ###|Karim Maya Elie Rita Georges Nour|Khoury Haddad Nassar Aoun Sfeir Gemayel|idm.net.lb
EG|20|ar|com.eg|01# #### ####;010 ### #####;02 #### ####;+20 1# #### ####;+20 2 #### ####|Mohamed Nour Ahmed Salma Youssef Habiba|Hassan Ibrahim Mahmoud Abdelrahman ElSayed Mostafa|link.net
MA|212|ar fr|ma|06##-######;06 ## ## ## ##;05 22 ## ## ##;+212 6## ## ## ##;+212 5 22 ## ## ##|Youssef Salma Amine Imane Hamza Khadija|Alaoui Bennani Tazi Idrissi Berrada Chraibi|menara.ma
TN|216|ar fr|tn|2# ### ###;9# ### ###;71 ### ###;+216 2# ### ###;+216 71 ### ###|Aziz Yasmine Mehdi Ines Skander Amira|Ben_Ali Trabelsi Jaziri Gharbi Bouazizi Hamdi|topnet.tn
NG|234|ha en|com.ng|080# ### ####;0803 ### ####;(01) ### ####;+234 80# ### ####;+234 90# ### ####|Chinedu Amina Tunde Ngozi Ibrahim Funmilayo|Okafor Bello Adeyemi Nwosu Abubakar Okonkwo|yahoo.co.uk
GH|233|en|com.gh|02# ### ####;024 ### ####;+233 2# ### ####;+233 (0)30 ### ####|Kwame Ama Kofi Akosua Yaw Efua|Mensah Asante Owusu Boateng Appiah Osei|ghana.com
KE|254|sw en|co.ke|07## ### ###;0722 ######;020 #######;+254 7## ### ###;+254 (0)20 ### ####|Wanjiru Brian Achieng Kevin Njeri Otieno|Kamau Odhiambo Mwangi Wanjiku Kiprono Ochieng|safaricom.co.ke
TZ|255|sw|co.tz|07## ### ###;0754 ### ###;+255 7## ### ###;+255 22 ### ####|Neema Baraka Rehema Juma Zawadi Hamisi|Mushi Massawe Mbwambo Kimaro Lyimo Mrema|cats-net.com
ET|251|am|et|09## ## ## ##;091 ### ####;011 ### ####;+251 9## ## ## ##;+251 11 ### ####|Abebe Hanna Dawit Meron Yonas Selam|Tesfaye Bekele Girma Alemu Haile Tadesse|ethionet.et
ZA|27|af en|co.za|0## ### ####;082 ### ####;(021) ### ####;+27 ## ### ####;+27 (0)11 ### ####|Thabo Annelie Sipho Marike Lerato Pieter|Nkosi van_der_Merwe Dlamini Botha Mokoena Pretorius|mweb.co.za telkomsa.net
IN|91|hi ta en|in|9#########;98### #####;+91 9#### #####;+91-9#########;011-2### ####;044 2### ####;+91 80 #### ####;0 9#### #####|Aarav Priya Rohan Ananya Karthik Divya|Sharma Iyer Patel Reddy Gupta Krishnan|rediffmail.com
PK|92|ur|com.pk|03## #######;0300-#######;(042) ### #####;+92 3## #######;+92 21 #### ####|Ali Ayesha Hamza Fatima Bilal Zainab|Khan Ahmed Malik Qureshi Butt Chaudhry|cyber.net.pk
BD|880|bn|com.bd|01###-######;017## ######;02-#######;+880 1###-######;+880 2 ### ####|Rahim Nusrat Tanvir Farzana Arif Sadia|Hossain Rahman Chowdhury Islam Ahmed Sarkar|bol-online.com
LK|94|si ta|lk|07# ### ####;077 #######;011 ### ####;+94 7# ### ####;+94 11 ### ####|Kasun Nadeesha Chamara Dilini Tharindu Sanduni|Perera Fernando Silva Jayasinghe Bandara Wickramasinghe|sltnet.lk
NP|977|ne|com.np|98########;984#######;01-#######;+977 98########;+977-1-#######|Aashish Sita Bibek Anjali Prakash Sunita|Shrestha Gurung Tamang Adhikari Thapa Karki|wlink.com.np
CN|86|zh|cn|13# #### ####;15#-####-####;18#########;(010) #### ####;021-########;+86 13# #### ####;+86 10 #### ####;0086 19# #### ####|Wei Fang Hao Jing Lei Xiu|Wang Li Zhang Liu Chen Yang|qq.com 163.com 126.com sina.com
HK|852|yue zh|com.hk|9### ####;6### ####;2### ####;+852 9### ####;+852 2### ####|Ka_Ming Wing_Yan Chi_Hung Mei_Ling Tsz_Kin Hoi_Yan|Chan Wong Leung Cheung Lau Ho|netvigator.com
TW|886|zh|com.tw|09##-###-###;09## ### ###;(02) ####-####;+886 9## ### ###;+886 2 #### ####|Yu-Ting Chia-Hao Pei-Shan Chun-Wei Hsin-Yi Po-Han|Chen Lin Huang Chang Lee Wu|hinet.net
JP|81|ja|co.jp|090-####-####;080 #### ####;03-####-####;(06) ####-####;+81 90-####-####;+81 3-####-####;070-####-####;0120-###-###|Haruto Yui Sota Hina Ren Sakura|Sato Suzuki Takahashi Tanaka Watanabe Ito|docomo.ne.jp ezweb.ne.jp yahoo.co.jp
KR|82|ko|co.kr|010-####-####;010 #### ####;02-###-####;031-###-####;+82 10-####-####;+82 2-###-####|Minjun Seoyeon Jiho Jiwoo Hyunwoo Yuna|Kim Lee Park Choi Jung Kang|naver.com daum.net
VN|84|vi|vn|09# ### ## ##;091 ### ####;028 #### ####;+84 9# ### ## ##;+84 28 #### ####;0912.###.###|Minh Anh Huy Linh Tuan Thao|Nguyen Tran Le Pham Hoang Vu|vnn.vn
TH|66|th|co.th|08#-###-####;09# ### ####;02-###-####;+66 8# ### ####;+66 2 ### ####|Somchai Nattaya Kittipong Siriporn Anan Pimchanok|Saetang Srisuk Wongsakul Chaiyaporn Thongchai Boonmee|truemail.co.th
KH|855|km|com.kh|0## ### ###;012 ### ###;023 ### ###;+855 ## ### ###;+855 23 ### ###|Sokha Dara Sreymom Vuthy Chanthy Rithy|Chea Sok Kim Heng Lim Phan|online.com.kh
MY|60|ms|com.my|01#-### ####;012-#######;03-#### ####;+60 1#-### ####;+60 3-#### ####|Aiman Nurul Hafiz Siti Danial Aisyah|bin_Ahmad binti_Ismail Tan Lim bin_Hassan Abdullah|streamyx.com
SG|65|en ms zh|com.sg|9### ####;8### ####;6### ####;+65 9### ####;+65 6### ####|Jun_Wei Hui_Min Ravi Nur_Aishah Wei_Ling Darren|Tan Lim Ng Kumar Lee Goh|singnet.com.sg
ID|62|id|co.id|08##-####-####;0812 #### ####;(021) ### ####;+62 812-####-####;+62 21 ### ####;0813-####-###|Putri Budi Ayu Rizky Dewi Agus|Santoso Wijaya Saputra Kusuma Hidayat Pratama|telkom.net
PH|63|tl en|com.ph|09## ### ####;0917-###-####;(02) 8### ####;+63 9## ### ####;+63 2 8### ####|Juan Maria Jose Angelica Mark Kristine|Santos Reyes Cruz Bautista Garcia Mendoza|pldtdsl.net
AU|61|en|com.au|04## ### ###;0412 ### ###;(02) #### ####;03 #### ####;+61 4## ### ###;+61 (0)2 #### ####;+61 8 #### ####|Charlotte Jack Mia Oliver Isla Cooper|Smith Wilson Brown Nguyen Kelly O'Connor|bigpond.com optusnet.com.au
NZ|64|mi en|co.nz|021 ### ####;027 ### ####;(09) ### ####;+64 21 ### ####;+64 9 ### ####;022 ### ####|Aroha Nikau Mere Tama Olivia Wiremu|Ngata Parata Walker Tane Thompson Wilson|xtra.co.nz
IR|98|fa|ir|09## ### ####;0912 ### ####;021 #### ####;+98 9## ### ####;+98 21 #### ####|Reza Zahra Amir Maryam Hossein Fatemeh|Ahmadi Hosseini Mohammadi Rezaei Karimi Moradi|chmail.ir
KZ|7|kk ru|kz|8 (7##) ### ## ##;8 701 ### ####;+7 7## ### ## ##;+7 (727) ### ## ##|Nursultan Aigerim Yerlan Dana Arman Aruzhan|Nurlanov Seitkali Zhaksybekova Akhmetov Bekova Sarsenbayev|mail.kz
UZ|998|uz|uz|9# ### ## ##;(71) ### ## ##;+998 9# ### ## ##;+998 71 ### ## ##|Jasur Malika Sardor Dilnoza Bekzod Nigora|Karimov Rashidova Usmonov Yusupova Tursunov Abdullayeva|inbox.uz
AZ|994|az|az|05# ### ## ##;050 ### ## ##;012 ### ## ##;+994 5# ### ## ##;+994 12 ### ## ##|Elvin Aysel Murad Leyla Rashad Günay|Aliyev Mammadova Hasanov Guliyeva Huseynov Ismayilova|box.az
GE|995|ka|ge|5## ## ## ##;555 ### ###;(032) 2## ## ##;+995 5## ## ## ##;+995 32 2## ## ##|Giorgi Nino Luka Mariam Davit Ana|Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri|posta.ge
AM|374|hy|am|0## ######;091 ## ## ##;010 ## ## ##;+374 ## ######;+374 10 ## ## ##|Narek Ani Davit Mariam Aram Lilit|Petrosyan Hovhannisyan Sargsyan Grigoryan Harutyunyan Khachatryan|mail.am
MN|976|mn|mn|99## ####;88## ####;+976 99## ####;+976 11 ## ## ##|Batbayar Oyunaa Temuulen Solongo Ganbold Enkhjin|Dorj Bat Erdene Ganbaatar Tsogt Sukh|mobinet.mn
"""

GENERIC_MAIL = "gmail.com outlook.com yahoo.com proton.me icloud.com hotmail.com".split()
REGIONS = []
for _row in _RAW_REGIONS.strip().splitlines():
    _c, _cc, _l, _tld, _p, _g, _s, _m = _row.split("|")
    _gl = [x.replace("_", " ") for x in _g.split()]
    _sl = [x.replace("_", " ") for x in _s.split()]
    REGIONS.append(Region(_c, _cc, _l.split(), _tld, _p.split(";"), _gl, _sl, _m.split()))
REG = {r.code: r for r in REGIONS}
assert len(REGIONS) >= 60
for _r in REGIONS:
    assert any(p.startswith("+") for p in _r.pats), _r.code

# --------------------------------------------------------------------------
# languages: phone label, e-mail label, order label, sentence ({n} {p} {e})
# --------------------------------------------------------------------------
_LANG = """
en|Phone|Email|Order number|Hi, it's {n}. Best to reach me on {p}, or email {e} if I don't pick up.
fr|Téléphone|Courriel|Numéro de commande|Bonjour, c'est {n}. Vous pouvez me joindre au {p} ou m'écrire à {e}.
es|Teléfono|Correo|Número de pedido|Hola, soy {n}. Llámame al {p} o escríbeme a {e}.
pt|Telefone|E-mail|Número do pedido|Oi, aqui é {n}. Me liga no {p} ou manda um e-mail para {e}.
de|Telefon|E-Mail|Bestellnummer|Hallo, hier ist {n}. Am besten erreichen Sie mich unter {p} oder per Mail an {e}.
nl|Telefoon|E-mail|Bestelnummer|Hoi, met {n}. Je kunt me bellen op {p} of mailen naar {e}.
it|Telefono|Email|Numero d'ordine|Ciao, sono {n}. Chiamami al {p} oppure scrivimi a {e}.
el|Τηλέφωνο|Email|Αριθμός παραγγελίας|Γεια σας, είμαι ο/η {n}. Καλέστε με στο {p} ή στείλτε email στο {e}.
pl|Telefon|E-mail|Numer zamówienia|Cześć, tu {n}. Zadzwoń pod numer {p} albo napisz na {e}.
cs|Telefon|E-mail|Číslo objednávky|Dobrý den, tady {n}. Zavolejte mi na {p} nebo napište na {e}.
sk|Telefón|E-mail|Číslo objednávky|Dobrý deň, tu je {n}. Zavolajte mi na číslo {p} alebo napíšte na {e}.
hu|Telefonszám|E-mail|Rendelésszám|Szia, {n} vagyok. Hívj a {p} számon, vagy írj a {e} címre.
ro|Telefon|E-mail|Număr comandă|Bună, sunt {n}. Mă puteți suna la {p} sau îmi puteți scrie la {e}.
bg|Телефон|Имейл|Номер на поръчка|Здравейте, аз съм {n}. Обадете ми се на {p} или пишете на {e}.
hr|Telefon|E-pošta|Broj narudžbe|Bok, ovdje {n}. Nazovi me na {p} ili piši na {e}.
sr|Телефон|Е-пошта|Број поруџбине|Здраво, овде {n}. Позовите ме на {p} или пишите на {e}.
sl|Telefon|E-pošta|Številka naročila|Živjo, tukaj {n}. Pokliči me na {p} ali piši na {e}.
uk|Телефон|Ел. пошта|Номер замовлення|Добрий день, це {n}. Телефонуйте мені за номером {p} або пишіть на {e}.
ru|Телефон|Эл. почта|Номер заказа|Здравствуйте, это {n}. Звоните мне по номеру {p} или пишите на {e}.
be|Тэлефон|Эл. пошта|Нумар замовы|Добры дзень, гэта {n}. Тэлефануйце мне па нумары {p} або пішыце на {e}.
lt|Telefonas|El. paštas|Užsakymo numeris|Labas, čia {n}. Skambinkite man {p} arba rašykite {e}.
lv|Tālrunis|E-pasts|Pasūtījuma numurs|Sveiki, te {n}. Zvaniet man uz {p} vai rakstiet uz {e}.
et|Telefon|E-post|Tellimuse number|Tere, siin {n}. Helista mulle numbril {p} või kirjuta aadressil {e}.
fi|Puhelin|Sähköposti|Tilausnumero|Moi, täällä {n}. Soita minulle numeroon {p} tai laita viestiä osoitteeseen {e}.
sv|Telefon|E-post|Ordernummer|Hej, det är {n}. Ring mig på {p} eller mejla {e}.
nb|Telefon|E-post|Ordrenummer|Hei, det er {n}. Ring meg på {p} eller send e-post til {e}.
da|Telefon|E-mail|Ordrenummer|Hej, det er {n}. Ring til mig på {p} eller skriv til {e}.
is|Sími|Netfang|Pöntunarnúmer|Hæ, þetta er {n}. Hringdu í mig í síma {p} eða sendu póst á {e}.
tr|Telefon|E-posta|Sipariş numarası|Merhaba, ben {n}. Bana {p} numarasından ulaşabilir ya da {e} adresine yazabilirsiniz.
he|טלפון|דוא"ל|מספר הזמנה|שלום, כאן {n}. אפשר להתקשר אליי ל-{p} או לכתוב ל-{e}.
ar|الهاتف|البريد الإلكتروني|رقم الطلب|مرحباً، معك {n}. يمكنك الاتصال بي على {p} أو مراسلتي على {e}.
fa|تلفن|ایمیل|شماره سفارش|سلام، {n} هستم. با شماره {p} با من تماس بگیرید یا به {e} ایمیل بزنید.
ha|Lambar waya|Imel|Lambar oda|Sannu, ni ne {n}. Ku kira ni a {p} ko ku aiko imel zuwa {e}.
sw|Simu|Barua pepe|Namba ya oda|Habari, mimi ni {n}. Nipigie kwa {p} au niandikie kwa {e}.
am|ስልክ|ኢሜይል|የትዕዛዝ ቁጥር|ሰላም፣ {n} ነኝ። በስልክ ቁጥር {p} ይደውሉልኝ ወይም ወደ {e} ይጻፉልኝ።
af|Telefoon|E-pos|Bestelnommer|Hallo, dis {n}. Bel my by {p} of stuur 'n e-pos na {e}.
hi|फ़ोन|ईमेल|ऑर्डर नंबर|नमस्ते, मैं {n} बोल रहा हूँ। मुझे {p} पर कॉल करें या {e} पर ईमेल भेजें।
ta|தொலைபேசி|மின்னஞ்சல்|ஆர்டர் எண்|வணக்கம், நான் {n}. என்னை {p} என்ற எண்ணில் அழைக்கவும் அல்லது {e} க்கு மின்னஞ்சல் அனுப்பவும்.
ur|فون|ای میل|آرڈر نمبر|السلام علیکم، میں {n} ہوں۔ مجھے {p} پر کال کریں یا {e} پر ای میل کریں۔
bn|ফোন|ইমেইল|অর্ডার নম্বর|নমস্কার, আমি {n}। আমাকে {p} নম্বরে ফোন করুন অথবা {e} ঠিকানায় ইমেইল করুন।
si|දුරකථන|ඊමේල්|ඇණවුම් අංකය|ආයුබෝවන්, මම {n}. මට {p} අංකයට කතා කරන්න, නැත්නම් {e} වෙත ලියන්න.
ne|फोन|इमेल|अर्डर नम्बर|नमस्ते, म {n} हुँ। मलाई {p} मा फोन गर्नुहोस् वा {e} मा इमेल पठाउनुहोस्।
zh|电话|邮箱|订单号|你好，我是{n}。请拨打{p}联系我，或发邮件到{e}。
yue|電話|電郵|訂單編號|你好，我係{n}。有咩事打俾我 {p}，或者電郵去 {e}。
ja|電話番号|メール|注文番号|お世話になっております、{n}です。お電話は{p}、メールは{e}までお願いします。
ko|전화번호|이메일|주문번호|안녕하세요, {n}입니다. {p}로 전화 주시거나 {e}로 메일 주세요.
vi|Điện thoại|Email|Mã đơn hàng|Xin chào, mình là {n}. Gọi cho mình theo số {p} hoặc gửi email tới {e} nhé.
th|โทรศัพท์|อีเมล|หมายเลขคำสั่งซื้อ|สวัสดีครับ ผม{n} ติดต่อผมได้ที่เบอร์ {p} หรืออีเมล {e} ครับ
km|ទូរស័ព្ទ|អ៊ីមែល|លេខបញ្ជាទិញ|សួស្តី ខ្ញុំឈ្មោះ {n}។ សូមទូរស័ព្ទមកលេខ {p} ឬផ្ញើអ៊ីមែលមក {e}។
ms|Telefon|E-mel|Nombor pesanan|Hai, saya {n}. Sila hubungi saya di {p} atau e-mel ke {e}.
id|Telepon|Email|Nomor pesanan|Halo, saya {n}. Hubungi saya di {p} atau kirim email ke {e} ya.
tl|Telepono|Email|Numero ng order|Hello, si {n} ito. Tawagan mo ako sa {p} o mag-email sa {e}.
mi|Tau waea|Īmēra|Tau ota|Kia ora, ko {n} tēnei. Waea mai ki {p}, īmēra mai rānei ki {e}.
kk|Телефон|Эл. пошта|Тапсырыс нөмірі|Сәлеметсіз бе, бұл {n}. Маған {p} нөміріне қоңырау шалыңыз немесе {e} поштасына жазыңыз.
ka|ტელეფონი|ელ-ფოსტა|შეკვეთის ნომერი|გამარჯობა, {n} ვარ. დამირეკეთ ნომერზე {p} ან მომწერეთ მისამართზე {e}.
hy|Հեռախոս|Էլ. փոստ|Պատվերի համար|Բարև, ես {n}-ն եմ։ Զանգահարեք ինձ {p} համարով կամ գրեք {e} հասցեին։
az|Telefon|E-poçt|Sifariş nömrəsi|Salam, mən {n}. Mənə {p} nömrəsi ilə zəng edin və ya {e} ünvanına yazın.
uz|Telefon|Elektron pochta|Buyurtma raqami|Salom, men {n}. Menga {p} raqamiga qo'ng'iroq qiling yoki {e} manziliga yozing.
mn|Утас|И-мэйл|Захиалгын дугаар|Сайн байна уу, би {n}. Над руу {p} дугаараар залгаарай эсвэл {e} хаягаар бичээрэй.
sq|Telefoni|Email|Numri i porosisë|Përshëndetje, jam {n}. Më telefononi në {p} ose më shkruani në {e}.
mk|Телефон|Е-пошта|Број на нарачка|Здраво, јас сум {n}. Јавете ми се на {p} или пишете ми на {e}.
mt|Telefon|Email|Numru tal-ordni|Bonġu, jien {n}. Ċemplili fuq {p} jew ibgħatli email fuq {e}.
cy|Ffôn|E-bost|Rhif archeb|Helo, {n} sy 'ma. Ffoniwch fi ar {p} neu e-bostiwch {e}.
ca|Telèfon|Correu|Número de comanda|Hola, sóc {n}. Truca'm al {p} o escriu-me a {e}.
eu|Telefonoa|Posta|Eskaera zenbakia|Kaixo, {n} naiz. Deitu {p} zenbakira edo idatzi {e} helbidera.
lb|Telefon|E-Mail|Bestellnummer|Moien, hei ass {n}. Rufft mech un op {p} oder schreift op {e}.
ga|Fón|Ríomhphost|Uimhir ordaithe|Dia dhuit, {n} anseo. Cuir glaoch orm ar {p} nó seol ríomhphost chuig {e}.
"""
LANG = {r.split("|")[0]: tuple(r.split("|")[1:]) for r in _LANG.strip().splitlines()}
# short second sentences: mobile label + "delivery date" label per language
_LANG2 = """
en|Mobile|Delivery
fr|Portable|Livraison
es|Móvil|Entrega
pt|Celular|Entrega
de|Handy|Lieferung
nl|Mobiel|Levering
it|Cellulare|Consegna
el|Κινητό|Παράδοση
pl|Komórka|Dostawa
cs|Mobil|Doručení
sk|Mobil|Doručenie
hu|Mobil|Szállítás
ro|Mobil|Livrare
bg|Мобилен|Доставка
hr|Mobitel|Dostava
sr|Мобилни|Испорука
sl|Mobitel|Dostava
uk|Мобільний|Доставка
ru|Мобильный|Доставка
be|Мабільны|Дастаўка
lt|Mobilusis|Pristatymas
lv|Mobilais|Piegāde
et|Mobiil|Tarne
fi|Matkapuhelin|Toimitus
sv|Mobil|Leverans
nb|Mobil|Levering
da|Mobil|Levering
is|Farsími|Afhending
tr|Cep|Teslimat
he|נייד|משלוח
ar|الجوال|التسليم
fa|موبایل|تحویل
ha|Wayar hannu|Isarwa
sw|Simu ya mkononi|Uwasilishaji
am|ሞባይል|ማድረስ
af|Selfoon|Aflewering
hi|मोबाइल|डिलीवरी
ta|கைபேசி|விநியோகம்
ur|موبائل|ڈیلیوری
bn|মোবাইল|ডেলিভারি
si|ජංගම|බෙදාහැරීම
ne|मोबाइल|डेलिभरी
zh|手机|送达
yue|手提|送貨
ja|携帯|お届け日
ko|휴대폰|배송
vi|Di động|Giao hàng
th|มือถือ|จัดส่ง
km|ទូរស័ព្ទដៃ|ដឹកជញ្ជូន
ms|Bimbit|Penghantaran
id|HP|Pengiriman
tl|Cellphone|Paghahatid
mi|Waea pūkoro|Tukunga
kk|Ұялы|Жеткізу
ka|მობილური|მიწოდება
hy|Բջջային|Առաքում
az|Mobil|Çatdırılma
uz|Mobil|Yetkazib berish
mn|Гар утас|Хүргэлт
sq|Celular|Dorëzimi
mk|Мобилен|Испорака
mt|Mobile|Kunsinna
cy|Symudol|Danfon
ca|Mòbil|Lliurament
eu|Mugikorra|Bidalketa
lb|Handy|Liwwerung
ga|Fón póca|Seachadadh
"""
LANG2 = {r.split("|")[0]: tuple(r.split("|")[1:]) for r in _LANG2.strip().splitlines()}
for _r in REGIONS:
    for _l in _r.langs:
        assert _l in LANG and _l in LANG2, _l


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def fill(pat):
    out = []
    for ch in pat:
        if ch == "#":
            out.append(str(R.randint(0, 9)))
        elif ch == "N":
            out.append(str(R.randint(1, 9)))
        elif ch == "A":
            out.append(str(R.randint(2, 9)))
        else:
            out.append(ch)
    return "".join(out)


def phone(reg, intl=None):
    pats = reg.pats
    if intl is True:
        pats = [p for p in pats if p.startswith(("+", "00"))]
    elif intl is False:
        pats = [p for p in pats if not p.startswith(("+", "00"))] or pats
    return E(fill(R.choice(pats)), "PHONE", reg.code)


def phone_compact(reg):
    """E.164-style value, as used in tel: links and APIs."""
    p = fill(R.choice([p for p in reg.pats if p.startswith("+")]))
    p = p.replace("(0)", "")
    return E("+" + re.sub(r"\D", "", p), "PHONE", reg.code)


def ascii_fold(s):
    s = s.replace("ø", "o").replace("ß", "ss").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("ð", "d").replace("þ", "th").replace("æ", "ae").replace("ł", "l")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def person(reg):
    return R.choice(reg.given), R.choice(reg.sur)


def pname(reg):
    g, s = person(reg)
    return f"{g} {s}"


COMPANY_STEMS = (
    "northwind bluepeak meridian solvia kestrel orbita lumina halcyon vireo tessera "
    "arbor quillon nimbus corvid saltmarsh ferrovia brightline calder osprey tidewell "
    "ironbark junip pelagos stratus verdance kobalt ostrava danubia fjordline sakura"
).split()


def company_domain(reg):
    stem = R.choice(COMPANY_STEMS)
    suf = R.choice(["", "-group", "-labs", "tech", "-logistics", "-health", "-studio", "-consult"])
    return f"{stem}{suf}.{reg.tld}"


def email(reg, name=None, work=None):
    g, s = name or person(reg)
    g = re.sub(r"[^a-z]", "", ascii_fold(g).lower()) or "info"
    s = re.sub(r"[^a-z]", "", ascii_fold(s).lower()) or "mail"
    form = R.randrange(9)
    if form == 0:
        local = f"{g}.{s}"
    elif form == 1:
        local = f"{g[0]}{s}"
    elif form == 2:
        local = f"{g}_{s}{R.randint(1, 99)}"
    elif form == 3:
        local = f"{g}{R.randint(1970, 2006)}"
    elif form == 4:
        local = f"{s}.{g[0]}"
    elif form == 5:
        local = f"{g}.{s}+{R.choice(['shop', 'news', 'work', 'bills'])}"
    elif form == 6:
        local = f"{g[:3]}{s[:4]}{R.randint(10, 999)}"
    elif form == 7:
        local = f"{g}-{s}"
    else:
        local = g
    if work is None:
        work = R.random() < 0.4
    if work:
        dom = company_domain(reg)
        if form == 8:
            local = f"{g}.{s}"
    else:
        dom = R.choice(reg.mail + GENERIC_MAIL)
    return E(f"{local}@{dom}", "EMAIL")


def role_email(reg):
    local = R.choice(
        ["support", "billing", "hr", "it-helpdesk", "sales", "info", "office", "accounts"]
    )
    return E(f"{local}@{company_domain(reg)}", "EMAIL")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    sep = R.choices(["-", " ", ""], [8, 2, 1])[0]
    return E(f"{a:03d}{sep}{g:02d}{sep}{s:04d}", "SSN")


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


BRANDS = {
    "Visa": (lambda: "4", 16),
    "Mastercard": (lambda: R.choice([str(R.randint(51, 55)), str(R.randint(2221, 2720))]), 16),
    "Amex": (lambda: R.choice(["34", "37"]), 15),
    "Discover": (lambda: R.choice(["6011", "65", str(R.randint(644, 649))]), 16),
    "JCB": (lambda: str(R.randint(3528, 3589)), 16),
    "Diners Club": (lambda: R.choice(["36", "38", str(R.randint(300, 305))]), 14),
    "UnionPay": (lambda: "62" + str(R.randint(10, 99)), 16),
}


def brand_of(num):
    n = len(num)
    if num[0] == "4" and n == 16:
        return "Visa"
    if n == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return "Mastercard"
    if n == 15 and num[:2] in ("34", "37"):
        return "Amex"
    if n == 16 and (num[:4] == "6011" or num[:2] == "65" or 644 <= int(num[:3]) <= 649):
        return "Discover"
    if n == 16 and 3528 <= int(num[:4]) <= 3589:
        return "JCB"
    if n == 14 and (num[:2] in ("36", "38") or 300 <= int(num[:3]) <= 305):
        return "Diners Club"
    if n == 16 and num[:2] == "62":
        return "UnionPay"
    return None


def group_card(num, sep):
    n = len(num)
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


def card(brand=None):
    brand = brand or R.choices(list(BRANDS), [10, 8, 4, 2, 2, 1, 2])[0]
    pre, n = BRANDS[brand]
    num = luhn_complete(pre(), n)
    sep = R.choices([" ", "-", ""], [6, 2, 3])[0]
    return E(group_card(num, sep), "CARD"), brand


_IBAN = """
DE 22 18n FR 27 10n11c2n GB 22 4a14n ES 24 20n IT 27 1a10n12c NL 18 4a10n BE 16 12n
CH 21 5n12c AT 20 16n PL 28 24n SE 24 20n NO 15 11n DK 18 14n FI 18 14n PT 25 21n
IE 22 4a14n LU 20 3n13c CZ 24 20n HU 28 24n RO 24 4a16c GR 27 7n16c TR 26 5n1n16c
SA 24 2n18c AE 23 3n16n HR 21 17n SI 19 15n SK 24 20n BG 22 4a6n8c LT 20 16n LV 21 4a13c
EE 20 16n IS 26 22n IL 23 19n CY 28 8n16c MT 31 4a5n18c GE 22 2a16n UA 29 6n19c
BR 29 23n1a1c AD 24 8n12c TN 24 20n QA 29 4a21c KW 30 4a22c JO 30 4a4n18c LB 28 4n20c
AZ 28 4a20c
"""
_IBAN_ROWS = re.findall(r"([A-Z]{2}) (\d+) (\S+)", _IBAN)
IBAN_SPEC = {c: sp for c, _n, sp in _IBAN_ROWS}
IBAN_LEN = {c: int(n) for c, n, _sp in _IBAN_ROWS}
BANK_CODES = {
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ"],
    "NL": ["ABNA", "INGB", "RABO", "KNAB", "TRIO"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "RO": ["RNCB", "BTRL", "BRDE"],
    "BG": ["BNBG", "UNCR", "STSA"],
    "LV": ["HABA", "UNLA", "PARX"],
    "MT": ["MALT", "VALL"],
    "GE": ["TB", "BG"],
    "QA": ["QNBA", "DOHB"],
    "KW": ["NBOK", "CBKU"],
    "JO": ["ARAB", "JONB"],
    "AZ": ["NABZ", "IBAZ"],
}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban(cc=None, grouped=None):
    cc = cc or R.choice(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = []
    first_alpha = True
    for cnt, kind in re.findall(r"(\d+)([anc])", spec):
        cnt = int(cnt)
        if kind == "a" and first_alpha and cc in BANK_CODES and len(BANK_CODES[cc][0]) == cnt:
            bban.append(R.choice(BANK_CODES[cc]))
        elif kind == "a":
            bban.append("".join(R.choice(string.ascii_uppercase) for _ in range(cnt)))
        elif kind == "n":
            bban.append("".join(R.choice(string.digits) for _ in range(cnt)))
        else:
            bban.append(
                "".join(R.choice(string.digits * 4 + string.ascii_uppercase) for _ in range(cnt))
            )
        first_alpha = first_alpha and kind != "a"
    bban = "".join(bban)
    chk = 98 - iban_mod(cc + "00" + bban)
    raw = f"{cc}{chk:02d}{bban}"
    assert len(raw) == IBAN_LEN[cc] and iban_mod(raw) == 1
    if grouped is None:
        grouped = R.random() < 0.7
    s = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if grouped else raw
    return E(s, "IBAN")


def ipv4(private=None):
    if private is None:
        private = R.random() < 0.35
    if private:
        k = R.randrange(3)
        if k == 0:
            s = f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        elif k == 1:
            s = f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
        else:
            s = f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    else:
        while True:
            a = R.randint(1, 223)
            if a not in (10, 127, 172, 192, 0, 100, 169):
                break
        s = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return E(s, "IP")


def ipv6():
    k = R.randrange(5)
    if k == 0:
        v = (0xFE80 << 112) | R.getrandbits(64)
    elif k == 1:
        v = (
            (R.choice([0x2001, 0x2A02, 0x2A01, 0x2600, 0x2406, 0x2C0F]) << 112)
            | (R.getrandbits(32) << 80)
            | R.getrandbits(16)
        )
    else:
        v = (R.choice([0x2001, 0x2A00, 0x2A03, 0x2604, 0x2803, 0x2400]) << 112) | R.getrandbits(112)
    a = ipaddress.IPv6Address(v)
    s = a.exploded if R.random() < 0.12 else a.compressed
    return E(s, "IP")


def ip(v6_share=0.3):
    return ipv6() if R.random() < v6_share else ipv4()


# --------------------------------------------------------------------------
# distractors (never labelled)
# --------------------------------------------------------------------------
def d_digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def d_date():
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    return R.choice(
        [f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"]
    )


def d_time():
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"


def d_ts():
    y, m, d = R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)
    frac = f".{d_digits(3)}" if R.random() < 0.5 else ""
    tz = R.choice(["Z", "+00:00", "+05:30", "-07:00", "+09:00", "+01:00"])
    return f"{y}-{m:02d}-{d:02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}{frac}{tz}"


def d_order():
    k = R.randrange(6)
    if k == 0:
        return f"{d_digits(3)}-{d_digits(7)}-{d_digits(7)}"
    if k == 1:
        return f"ORD-{R.randint(2023, 2026)}-{d_digits(6)}"
    if k == 2:
        return f"#{R.randint(100000, 9999999)}"
    if k == 3:
        return f"SO{d_digits(8)}"
    if k == 4:
        return f"{R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)}-{d_digits(4)}-{d_digits(4)}"
    return d_digits(10)


def d_tracking():
    k = R.randrange(5)
    if k == 0:
        return "1Z" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if k == 1:
        return f"{R.choice(['RR', 'LX', 'CP', 'RA'])}{d_digits(9)}{R.choice(['DE', 'CN', 'FR', 'GB', 'JP'])}"
    if k == 2:
        return "00" + d_digits(18)
    if k == 3:
        return d_digits(12)
    return f"JD{d_digits(16)}"


def d_invoice():
    return R.choice(
        [
            f"INV-{R.randint(2022, 2026)}-{d_digits(5)}",
            f"RE{d_digits(7)}",
            f"F{R.randint(2023, 2026)}/{d_digits(4)}",
            f"{d_digits(4)}/{R.randint(2023, 2026)}",
        ]
    )


def d_amount():
    v = R.randint(3, 9999) + R.randint(0, 99) / 100
    return R.choice(
        [
            f"€{v:,.2f}",
            f"{v:.2f} EUR",
            f"${v:,.2f}",
            f"£{v:.2f}",
            f"{v:,.2f} USD".replace(",", " "),
            f"¥{int(v * 100):,}",
            f"{v:.2f} CHF",
            f"R$ {v:.2f}".replace(".", ","),
        ]
    )


def d_version():
    return R.choice(
        [
            f"v{R.randint(0, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}",
            f"{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(0, 9)}-rc{R.randint(1, 4)}",
            f"10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}",
            f"{R.randint(100, 131)}.0.{R.randint(6000, 6999)}.{R.randint(10, 200)}",
        ]
    )


def d_isbn():
    body = "978" + str(R.randint(0, 1)) + d_digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    full = body + str(c)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def d_ean():
    body = R.choice(["40", "50", "76", "80", "87", "49", "69", "30"]) + d_digits(10)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def d_hash(n=40):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def d_coords():
    return f"{R.uniform(-60, 70):.5f}, {R.uniform(-170, 170):.5f}"


def d_serial():
    return R.choice(
        [
            f"SN-{R.randint(2019, 2026)}-{d_digits(6)}",
            f"S/N {''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(10))}",
            f"{d_digits(4)}-{d_digits(4)}-{d_digits(4)}",
            f"C02{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))}",
        ]
    )


def d_postcode():
    return R.choice(
        [
            d_digits(5),
            f"{d_digits(2)}-{d_digits(3)}",
            f"{R.choice(['SW1A', 'M1', 'EH3', 'BS8', 'LS6'])} {R.randint(1, 9)}{R.choice('ABDEFGHJ')}{R.choice('LNPQRSTU')}",
            f"{d_digits(4)} {R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)}",
            f"{d_digits(3)}-{d_digits(4)}",
            f"H{R.randint(1, 9)}{R.choice('ABCEGH')} {R.randint(1, 9)}{R.choice('ABCEGH')}{R.randint(1, 9)}",
        ]
    )


def d_range():
    a = R.randint(100, 5000)
    return R.choice(
        [
            f"{a}-{a + R.randint(10, 900)}",
            f"{a}–{a + R.randint(10, 900)}",
            f"pp. {a // 10}-{a // 10 + R.randint(2, 40)}",
        ]
    )


def d_measure():
    return R.choice(
        [
            f"{R.uniform(1, 300):.1f} x {R.uniform(1, 300):.1f} x {R.uniform(1, 90):.1f} cm",
            f"{R.uniform(0.1, 40):.2f} kg",
            f"{R.randint(60, 190)}/{R.randint(40, 110)} mmHg",
            f"{R.uniform(3, 12):.1f} mmol/L",
            f"{R.randint(100, 9000)} mAh",
            f"{R.uniform(1, 99):.3f} mm",
        ]
    )


def d_bad_card():
    num = re.sub(r"\D", "", card()[0].s)
    last = (int(num[-1]) + R.randint(1, 9)) % 10
    bad = num[:-1] + str(last)
    assert not luhn_ok(bad)
    return group_card(bad, R.choice([" ", "-", ""]))


def d_bad_iban():
    raw = iban(grouped=False).s
    chk = int(raw[2:4])
    new = chk + R.choice([1, 2, 3, -1, -2]) if 4 < chk < 95 else (chk + 3 if chk <= 4 else chk - 3)
    bad = f"{raw[:2]}{new:02d}{raw[4:]}"
    assert iban_mod(bad) != 1
    return " ".join(bad[i : i + 4] for i in range(0, len(bad), 4)) if R.random() < 0.6 else bad


def d_meeting_id():
    return f"{d_digits(3)} {d_digits(4)} {d_digits(4)}"


def d_uuid():
    h = d_hash(32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def d_any():
    return R.choice(
        [
            d_order,
            d_tracking,
            d_invoice,
            d_amount,
            d_version,
            d_isbn,
            d_ean,
            d_serial,
            d_postcode,
            d_range,
            d_measure,
            d_date,
            d_uuid,
        ]
    )()


def lang_of(reg):
    lang = R.choice(reg.langs)
    LANGS_USED.add(lang)
    return lang


# template fields filled automatically when not passed explicitly
DEFAULTS = {
    "p": lambda reg: phone(reg),
    "q": lambda reg: phone(reg),
    "p1": lambda reg: phone(reg),
    "e": lambda reg: email(reg),
    "n": lambda reg: pname(reg),
    "d": lambda reg: d_date(),
    "d1": lambda reg: d_date(),
    "d2": lambda reg: d_date(),
    "dt": lambda reg: d_date(),
    "a": lambda reg: d_amount(),
    "o": lambda reg: d_order(),
    "x": lambda reg: d_order(),
    "s": lambda reg: ssn(),
    "pc": lambda reg: d_postcode(),
    "t": lambda reg: d_tracking(),
    "v": lambda reg: d_version(),
    "tm": lambda reg: d_time(),
    "h": lambda reg: d_hash(40),
}


def rreg():
    return R.choice(REGIONS)


# --------------------------------------------------------------------------
# positive templates: each takes a region, returns (builder, note)
# --------------------------------------------------------------------------
def p_prose(reg):
    lang = lang_of(reg)
    b = B(reg)
    name = person(reg)
    b.f(LANG[lang][3], n=" ".join(name), e=email(reg, name))
    if R.random() < 0.5:
        b.f(" {l}: {p}", l=LANG2[lang][0])
    if R.random() < 0.4:
        b.f(" ({o} {x}, {d} {dt})", o=LANG[lang][2], d=LANG2[lang][1])
    return b, f"native prose message with phone and email ({lang})"


def p_form_native(reg):
    lang = lang_of(reg)
    tel, mail, order, _ = LANG[lang]
    mob, _deliv = LANG2[lang]
    b = B(reg)
    sep = R.choice([": ", " : ", "：", " - ", "\t"])
    b.f("{n}\n")
    lines = [(tel, phone(reg, intl=False)), (mob, phone(reg, intl=True)), (mail, email(reg))]
    if R.random() < 0.5:
        lines.append((order, d_order()))
    R.shuffle(lines)
    for lab, v in lines:
        b.f("{l}{s}{v}\n", l=lab, s=sep, v=v)
    return b, f"native-label contact form ({lang})"


def p_chat(reg):
    b = B(reg)
    a, c = pname(reg).split()[0], pname(rreg()).split()[0]
    h, m = R.randint(7, 21), R.randint(0, 50)
    msgs = [
        ("{x} here, new number is {p}", "phone"),
        ("can you text me on {p}? my old one died", "phone"),
        ("sending the docs to {e} now", "email"),
        ("the NAS is at {i} btw, password is on the fridge", "ip"),
        ("ok ordered, confirmation {o} says {d}", "none"),
        ("if I'm not answering try my office line {p}", "phone"),
        ("my sister's number: {p} (she's in {c})", "phone"),
        ("cc {e} on the thread pls", "email"),
        ("lol yes", "none"),
        ("tracking says {t}, no idea what that means", "none"),
        ("whitelist {i} on the router please", "ip"),
    ]
    R.shuffle(msgs)
    style = R.randrange(3)
    for tmpl, _k in msgs[: R.randint(3, 6)]:
        who = R.choice([a, c])
        m += R.randint(0, 7)
        stamp = f"{h:02d}:{m % 60:02d}"
        pre = {0: f"[{stamp}] {who}: ", 1: f"{who} ({stamp}): ", 2: f"{stamp} <{who.lower()}> "}[
            style
        ]
        b.t(pre)
        other = rreg() if R.random() < 0.3 else reg
        b.f(
            tmpl + "\n",
            x=who,
            p=phone(other),
            e=email(other),
            i=ip(0.25),
            d=d_amount(),
            c=other.code,
        )
    return b, "chat log with shared contact details"


def p_whatsapp(reg):
    b = B(reg)
    senders = [phone(reg, intl=True) for _ in range(2)]
    for _ in range(R.randint(3, 5)):
        d = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2022, 2026)}"
        b.f("{d}, {t} - {s}: ", d=d, t=d_time(), s=R.choice(senders))
        r = R.random()
        if r < 0.3:
            b.f("call {p} instead\n", p=phone(rreg()))
        elif r < 0.45:
            b.f("fwd: {e}\n")
        else:
            b.t(
                R.choice(
                    [
                        "👍",
                        "on my way",
                        "<Media omitted>",
                        f"paid {d_amount()}",
                        "see you at 7",
                        f"order {d_order()}",
                    ]
                )
                + "\n"
            )
    return b, "messaging app export, senders shown as numbers"


def p_signature(reg):
    b = B(reg)
    g, s = person(reg)
    b.f(
        "{t}\n\n--\n{g} {s}\n{r} | {c}\n",
        t=R.choice(
            ["Thanks,", "Best regards", "Cheers", "Kind regards,", "Mit freundlichen Grüßen"]
        ),
        g=g,
        s=s,
        r=R.choice(
            [
                "Account Manager",
                "Senior Engineer",
                "Office Coordinator",
                "Head of Finance",
                "Paralegal",
                "Recruiter",
            ]
        ),
        c=company_domain(reg).split(".")[0].title(),
    )
    lay = R.randrange(3)
    if lay == 0:
        b.f(
            "T: {p} | M: {m}\nE: {e}\n",
            p=phone(reg, intl=True),
            m=phone(reg),
            e=email(reg, (g, s), work=True),
        )
    elif lay == 1:
        b.f(
            "Office {p}  ·  Mobile {m}  ·  {e}\n",
            m=phone(reg, intl=True),
            e=email(reg, (g, s), work=True),
        )
    else:
        b.f("{e}\ntel. {p}\nfax {f}\n", e=email(reg, (g, s), work=True), f=phone(reg))
    b.f(
        "{a} {pc}\n",
        a=R.choice(
            [
                "Harbour Street 12,",
                "Industrieweg 4,",
                "Via Roma 88,",
                "Calle Mayor 3,",
                "Level 9, 200 Queen St,",
            ]
        ),
    )
    return b, "e-mail signature block"


def p_csv(reg):
    b = B(reg)
    cols = R.choice(
        [
            ["id", "name", "email", "phone", "country"],
            ["customer_id", "phone", "full_name", "email", "signup_date"],
            ["email", "mobile", "landline", "city"],
        ]
    )
    sep = R.choice([",", ";"])
    b.t(sep.join(cols) + "\n")
    for _ in range(R.randint(3, 6)):
        rg = R.choice([reg, rreg(), rreg()])
        vals = []
        for c in cols:
            if c in ("id", "customer_id"):
                vals.append(str(R.randint(1000, 99999)))
            elif c in ("name", "full_name"):
                vals.append(pname(rg))
            elif c == "email":
                vals.append(email(rg))
            elif c in ("phone", "mobile", "landline"):
                vals.append(phone(rg))
            elif c == "country":
                vals.append(rg.code)
            elif c == "city":
                vals.append(
                    R.choice(["Lyon", "Porto", "Graz", "Pune", "Osaka", "Cali", "Tartu", "Mombasa"])
                )
            else:
                vals.append(d_date())
        quote = R.random() < 0.4
        for j, v in enumerate(vals):
            if j:
                b.t(sep)
            if quote and isinstance(v, E):
                b.t('"').e(v).t('"')
            else:
                b.e(v)
        b.t("\n")
    return b, "CSV export of contacts"


def p_tsv_hr(reg):
    us = REG["US"]
    b = B(reg)
    b.t("emp_id\tname\tssn\tphone\temail\thire_date\tsalary\n")
    for _ in range(R.randint(2, 4)):
        b.f(
            "{i}\t{n}\t{s}\t{p}\t{e}\t{d}\t{a}\n",
            i=f"E{d_digits(5)}",
            n=pname(us),
            p=phone(us),
            e=email(us, work=True),
            a=f"{R.randint(42, 180)}000",
        )
    return b, "HR TSV export with SSNs"


def p_md_table(reg):
    b = B(reg)
    b.t(R.choice(["On-call contacts:\n\n", "## Vendor list\n\n", "Team directory (draft)\n\n"]))
    b.t("| Name | Role | Phone | Email |\n|---|---|---|---|\n")
    for _ in range(R.randint(2, 5)):
        rg = R.choice([reg, reg, rreg()])
        b.f(
            "| {n} | {r} | {p} | {e} |\n",
            n=pname(rg),
            r=R.choice(["Lead", "Backup", "Facilities", "Legal", "Driver", "Supplier"]),
            p=phone(rg),
            e=email(rg),
        )
    return b, "markdown table of contacts"


def p_json(reg):
    b = B(reg)
    name = person(reg)
    ind = R.choice([2, 4])
    sp = " " * ind
    b.f(
        '{{\n{s}"customer": {{\n{s}{s}"name": "{n}",\n{s}{s}"email": "{e}",\n{s}{s}"phones": ["{p1}", "{p2}"]\n{s}}},\n',
        s=sp,
        n=" ".join(name),
        e=email(reg, name),
        p2=phone_compact(reg),
    )
    b.f(
        '{s}"last_login_ip": "{i}",\n{s}"order_id": "{o}",\n{s}"total": "{a}",\n{s}"created_at": "{t}"\n}}\n',
        s=sp,
        i=ip(0.3),
        t=d_ts(),
    )
    return b, "JSON customer record"


def p_yaml(reg):
    b = B(reg)
    b.t(R.choice(["# pagerduty-ish rotation\n", "escalation:\n", "contacts:\n"]))
    for _ in range(R.randint(2, 4)):
        rg = R.choice([reg, rreg()])
        q = R.choice(["'", '"', ""])
        b.f(
            '  - name: {n}\n    phone: {q}{p}{q}\n    email: {e}\n    shift: "{a}-{z}"\n',
            n=pname(rg),
            q=q,
            p=phone(rg, intl=True),
            e=email(rg, work=True),
            a=d_time(),
            z=d_time(),
        )
    return b, "YAML on-call rotation"


def p_log(reg):
    b = B(reg)
    kind = R.randrange(3)
    for _ in range(R.randint(3, 6)):
        addr = ip(0.3)
        if kind == 0:
            b.f(
                '{i} - - [{d}] "GET /api/v2/orders/{o} HTTP/1.1" {c} {z} "-" "Mozilla/5.0"\n',
                i=addr,
                d=d_ts(),
                o=d_digits(7),
                c=R.choice([200, 200, 304, 404, 500]),
                z=R.randint(200, 90000),
            )
        elif kind == 1:
            b.f(
                "{d} sshd[{pid}]: Failed password for {u} from {i} port {pt} ssh2\n",
                d=d_ts(),
                pid=R.randint(1000, 65000),
                u=R.choice(["root", "admin", "invalid user test", "deploy"]),
                i=addr,
                pt=R.randint(1024, 65535),
            )
        else:
            b.f(
                "{d} INFO auth.login user={e} src={i} latency_ms={l} req={r}\n",
                d=d_ts(),
                i=addr,
                l=R.randint(3, 900),
                r=d_uuid()[:13],
            )
    return b, "server log lines with client addresses"


def p_sms(reg):
    b = B(reg)
    lang = "en"
    b.f("From: {p}\n", p=phone(reg, intl=R.random() < 0.5))
    r = R.randrange(3)
    if r == 0:
        b.f("Courier for parcel {t}: {n}, {p}. ETA {a}.\n", n=pname(reg).split()[0], a=d_time())
    elif r == 1:
        lang = lang_of(reg)
        b.f("{l}: {p} — {n}\n", l=LANG2[lang][0])
    else:
        b.f("Reminder: appointment {d} {t}. To reschedule call {p}. Ref {o}\n", t=d_time())
    return b, f"SMS notification ({lang})"


def p_invoice(reg):
    b = B(reg)
    cc = reg.code if reg.code in IBAN_SPEC else R.choice(list(IBAN_SPEC))
    b.f("INVOICE {n}\nDate: {d}\nBill to: {c}\n{e} / {p}\n\n", n=d_invoice(), c=pname(reg))
    for _ in range(R.randint(1, 3)):
        b.f(
            "  {i} x{q} .... {a}\n",
            i=R.choice(
                ["Consulting hours", "Widget A-200", "Hosting (monthly)", "Translation", "Repair"]
            ),
            q=R.randint(1, 12),
        )
    b.f(
        "\nPlease transfer to IBAN {ib} (BIC {bic}) within 14 days.\nQuestions: {e2}\n",
        ib=iban(cc),
        bic=f"{''.join(R.choice(string.ascii_uppercase) for _ in range(4))}{cc}{R.choice(['2X', 'MM', 'FF', '22'])}",
        e2=role_email(reg),
    )
    return b, "invoice with payment IBAN"


def p_ticket(reg):
    b = B(reg)
    cardv, brand = card()
    b.f(
        "Ticket #{t} [{pr}]\nCustomer: {n} <{e}>\nCallback: {p}\n\n",
        t=R.randint(10000, 999999),
        pr=R.choice(["P2", "P3", "urgent"]),
    )
    b.f(
        "Customer says the {br} card {c} (exp {m:02d}/{y}) was charged twice for order {o} ({a}).\n",
        br=brand,
        c=cardv,
        m=R.randint(1, 12),
        y=R.randint(26, 31),
    )
    if R.random() < 0.5:
        b.f("Agent note: verified via {p}. Login IP {i}.\n", i=ip(0.3))
    return b, "support ticket with card number"


def p_notes(reg):
    b = B(reg)
    b.t(R.choice(["TODO\n", "notes.txt\n", "Misc numbers\n", "Moving checklist\n"]))
    items = [
        "plumber {n}: {p}",
        "dentist (Dr {s}) {p}",
        "landlord {p}, email {e}",
        "kid's school office {p}",
        "wifi router admin at {i}",
        "insurance claim {o}",
        "taxi {p}",
        "vet {p} / after hours {p2}",
    ]
    R.shuffle(items)
    for it in items[: R.randint(3, 5)]:
        b.f(
            "- " + it + "\n", n=pname(reg).split()[0], s=person(reg)[1], p2=phone(reg), i=ipv4(True)
        )
    return b, "personal notes list"


def p_code(reg):
    b = B(reg)
    k = R.randrange(3)
    if k == 0:
        b.f(
            'def test_normalise_contact():\n    raw = {{"email": "{e}", "phone": "{p}", "ip": "{i}"}}\n    assert normalise(raw)["version"] == "{v}"\n',
            i=ip(0.4),
        )
    elif k == 1:
        b.f(
            "const ADMINS = [\n  {{ mail: '{e1}', tel: '{p1}' }},\n  {{ mail: '{e2}', tel: '{p2}' }},\n];\nconst UPSTREAM = '{i}';  // build {h}\n",
            e1=email(reg),
            e2=email(rreg()),
            p2=phone_compact(reg),
            i=ip(0.3),
            h=d_hash(7),
        )
    else:
        b.f(
            'curl -X POST https://api.example-crm.io/v1/leads \\\n  -H "X-Forwarded-For: {i}" \\\n  -d \'{{"email":"{e}","phone":"{p}","source":"{s}"}}\'\n',
            i=ip(0.2),
            p=phone_compact(reg),
            s=d_uuid(),
        )
    return b, "code snippet with contact literals"


def p_vcard(reg):
    b = B(reg)
    g, s = person(reg)
    b.f(
        "BEGIN:VCARD\nVERSION:3.0\nN:{s};{g};;;\nFN:{g} {s}\nTEL;TYPE=CELL:{p}\nTEL;TYPE=WORK,VOICE:{w}\nEMAIL;TYPE=INTERNET:{e}\nREV:{t}\nEND:VCARD\n",
        s=s,
        g=g,
        p=phone(reg, intl=True),
        w=phone(reg),
        e=email(reg, (g, s)),
        t=d_ts(),
    )
    return b, "vCard contact"


def p_html(reg):
    b = B(reg)
    pc = phone_compact(reg)
    b.f(
        '<footer class="contact">\n  <a href="tel:{pc}">{p}</a>\n  <a href="mailto:{e}">{e2}</a>\n  <span>© 2025 · VAT {v}</span>\n</footer>\n',
        pc=pc,
        e=E(email(reg, work=True).s, "EMAIL"),
        e2=role_email(reg),
        v=f"{reg.code}{d_digits(9)}",
    )
    return b, "HTML footer with tel/mailto links"


def p_sql(reg):
    b = B(reg)
    b.t("INSERT INTO customers (id, email, phone, ssn, created) VALUES\n")
    us = REG["US"]
    n = R.randint(2, 4)
    for j in range(n):
        b.f(
            "  ({i}, '{e}', '{p}', '{s}', '{d}'){end}\n",
            i=R.randint(100, 9999),
            e=email(us),
            p=phone(us),
            end="," if j < n - 1 else ";",
        )
    return b, "SQL insert with SSNs"


def p_tax(reg):
    us = REG["US"]
    b = B(reg)
    b.f(
        "Form W-4 (draft) — tax year {y}\nEmployee: {n}\nSSN: {s}\nPhone: {p}   Email: {e}\n",
        y=R.randint(2023, 2026),
        n=pname(us),
        p=phone(us),
        e=email(us),
    )
    if R.random() < 0.6:
        b.f("Spouse SSN {s}\n")
    b.f("Step 3 dependents: {a}  |  Employer EIN on file, ZIP {z}\n", z=d_digits(5))
    return b, "US tax form with SSN"


def p_payment(reg):
    b = B(reg)
    cardv, brand = card()
    b.f(
        "Checkout — {br}\nCard number: {c}\nExpiry: {m:02d}/{y}   CVC: {cvc}\nName on card: {n}\nBilling phone: {p}\nReceipt to: {e}\nPostcode: {z}\n",
        br=brand,
        c=cardv,
        m=R.randint(1, 12),
        y=R.randint(26, 32),
        cvc=d_digits(3),
        n=pname(reg).upper(),
        z=d_postcode(),
    )
    return b, "checkout form with card"


def p_sepa(reg):
    b = B(reg)
    lang = lang_of(reg)
    b.f(
        "{g}\n{l1}: {a}\nIBAN: {i1}\n",
        g=R.choice(["SEPA transfer request", "Überweisung", "Virement", "Bonifico"]),
        l1=R.choice(["Amount", "Betrag", "Montant"]),
        i1=iban(),
    )
    b.f(
        "Beneficiary: {n}, IBAN {i2}\nReference: {r}\n{tl}: {p}\n",
        i2=iban(reg.code if reg.code in IBAN_SPEC else None),
        r=R.choice([d_invoice(), "RF" + d_digits(2) + " " + d_digits(4)]),
        tl=LANG[lang][0],
    )
    return b, f"bank transfer with two IBANs ({lang})"


def p_env(reg):
    b = B(reg)
    b.f(
        '# .env.production\nADMIN_EMAIL={e}\nSUPPORT_PHONE="{p}"\nDB_HOST={i}\nREDIS_URL=redis://{j}:6379/0\nALLOWED_IPS={a},{c}\nAPP_VERSION={v}\nSECRET_KEY_HASH={h}\n',
        e=email(reg, work=True),
        p=phone(reg, intl=True),
        i=ipv4(True),
        j=ipv4(True),
        a=ip(0.2),
        c=ipv4(False),
        h=d_hash(32),
    )
    return b, ".env config file"


def p_firewall(reg):
    b = B(reg)
    b.f("# owner: {e}\n", e=email(reg, work=True))
    for _ in range(R.randint(3, 5)):
        if R.random() < 0.35:
            b.f("allow {i}/{m};\n", i=ipv4(), m=R.choice([32, 24, 28]))
        elif R.random() < 0.5:
            b.f(
                "-A INPUT -s {i} -p tcp --dport {pt} -j ACCEPT\n",
                i=ipv4(),
                pt=R.choice([22, 443, 5432, 8443]),
            )
        else:
            b.f("ip6tables -A INPUT -s {i} -j DROP  # {d}\n", i=ipv6())
    return b, "firewall rules"


def p_calendar(reg):
    b = B(reg)
    b.f(
        "BEGIN:VEVENT\nSUMMARY:Quarterly review\nDTSTART:{d}\nORGANIZER;CN={n}:mailto:{e}\nATTENDEE:mailto:{a}\n",
        d=d_ts().replace("-", "").replace(":", "")[:15],
        e=email(reg, work=True),
        a=email(rreg()),
    )
    b.f(
        "DESCRIPTION:Meeting ID {m}\\nDial-in {c1}: {p1}\\nDial-in {c2}: {p2}\\nPasscode {pc}\nEND:VEVENT\n",
        m=d_meeting_id(),
        c1=reg.code,
        p1=phone(reg, intl=True),
        c2="US",
        p2=phone(REG["US"], intl=True),
        pc=d_digits(6),
    )
    return b, "calendar invite with dial-ins"


def p_shipping(reg):
    b = B(reg)
    lang = lang_of(reg)
    b.f(
        "SHIP TO: {n}\n{st} {no}, {pc}\n{l}: {p}\n",
        n=pname(reg).upper(),
        st=R.choice(["Rua das Flores", "Ul. Długa", "Main St", "Avenida 7", "Nørregade"]),
        no=R.randint(1, 200),
        l=LANG[lang][0],
    )
    b.f(
        "FROM: {c}, {p}\nTRACKING {t}   WEIGHT {w}\n",
        c=company_domain(rreg()).split(".")[0].upper(),
        p=phone(rreg(), intl=True),
        w=d_measure(),
    )
    return b, f"shipping label ({lang})"


def p_crm(reg):
    b = B(reg)
    b.f(
        "{d} — call with {n} ({co}). Main line {p} ext. {x}, direct {q}. ",
        co=company_domain(reg).split(".")[0].title(),
        x=R.randint(10, 4999),
    )
    b.f(
        "Wants quote for {m} units by {dd}; send to {e}.\n",
        m=R.randint(5, 900),
        dd=d_date(),
        e=email(reg, work=True),
    )
    return b, "CRM call note with extension"


def p_stack(reg):
    b = B(reg)
    b.f(
        'Traceback (most recent call last):\n  File "/srv/app/contacts.py", line {l}, in validate\n    raise ValueError(f"unparseable phone {{raw!r}}")\nValueError: unparseable phone \'{p}\' for user {e} (request from {i})\n',
        l=R.randint(20, 900),
        i=ip(0.4),
    )
    return b, "python traceback with user data"


def p_git(reg):
    b = B(reg)
    for _ in range(R.randint(1, 3)):
        rg = rreg()
        name = person(rg)
        b.f(
            "commit {h}\nAuthor: {n} <{e}>\nDate:   {d}\n\n    {m}\n\n",
            n=" ".join(name),
            e=email(rg, name),
            d=d_ts(),
            m=R.choice(
                [
                    "fix: bump to " + d_version(),
                    "chore: update lockfile",
                    "feat: add IBAN validation",
                    "docs: typo",
                ]
            ),
        )
    if R.random() < 0.5:
        rg = rreg()
        name = person(rg)
        b.f("    Co-authored-by: {n} <{e}>\n", n=" ".join(name), e=email(rg, name))
    return b, "git log with author addresses"


def p_classified(reg):
    b = B(reg)
    lang = lang_of(reg)
    tel = LANG[lang][0]
    b.f(
        "{it} — {a}\n{m}\n{t}: {p}\n",
        it=R.choice(["🚲 Bike", "Sofa", "iPhone 13", "Kinderwagen", "Guitar", "Vélo"]),
        m=d_measure(),
        t=tel,
    )
    if R.random() < 0.5:
        b.f("WhatsApp: {p}\n", p=phone(reg, intl=True))
    return b, f"classified ad ({lang})"


def p_booking(reg):
    b = B(reg)
    b.f(
        "Booking confirmation {r}\nGuest: {n}\nCheck-in {d1}, check-out {d2}\nContact: {e}, {p}\nPaid with card ending {l} · Total {a}\n",
        r="".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(8)),
        p=phone(reg, intl=True),
        l=d_digits(4),
    )
    if R.random() < 0.4:
        b.f("Guarantee card on file: {c}\n", c=card()[0])
    return b, "hotel booking confirmation"


def p_security(reg):
    b = B(reg)
    b.f(
        "Subject: New sign-in to your account\n\nHi {n}, we noticed a new sign-in to {e} on {d} from {i} ({city}).\n",
        n=pname(reg).split()[0],
        d=d_ts(),
        i=ip(0.45),
        city=R.choice(["Frankfurt", "Ashburn", "Singapore", "São Paulo", "unknown"]),
    )
    if R.random() < 0.5:
        b.f("Previous sign-in: {i}. If this wasn't you, call {p}.\n", i=ip(0.45))
    return b, "security alert e-mail"


def p_payroll(reg):
    b = B(reg)
    if R.random() < 0.5:
        us = REG["US"]
        for _ in range(R.randint(2, 3)):
            b.f("{n}; SSN {s}; {p}; net pay {a}\n", n=pname(us), p=phone(us))
        return b, "US payroll lines with SSNs"
    cc = reg.code if reg.code in IBAN_SPEC else R.choice(list(IBAN_SPEC))
    for _ in range(R.randint(2, 3)):
        b.f("{n} | {i} | {a} | {e}\n", i=iban(cc))
    return b, "payroll lines with IBANs"


def p_emergency(reg):
    b = B(reg)
    lang = lang_of(reg)
    b.f("Emergency contacts — {n}\n")
    for rel in R.sample(
        ["Mother", "Father", "Grandma", "Neighbour", "Aunt", "Partner"], R.randint(2, 3)
    ):
        b.f("{r}: {p}\n", r=rel)
    b.f("{l}: {e}\nAllergies: none. Bus route {br}\n", l=LANG[lang][1], br=d_range())
    return b, "emergency contact sheet"


def p_mixed_chat(reg):
    b = B(reg)
    other = rreg()
    l1, l2 = lang_of(reg), lang_of(other)
    n1, n2 = person(reg), person(other)
    b.f("{a}: ", a=n1[0]).f(LANG[l1][3] + "\n", n=" ".join(n1), e=email(reg, n1))
    b.f("{a}: ", a=n2[0]).f(LANG[l2][3] + "\n", n=" ".join(n2), p=phone(other), e=email(other, n2))
    return b, f"bilingual chat ({l1}/{l2})"


def p_voicemail(reg):
    b = B(reg)
    b.f(
        'Voicemail transcript ({d}, {s}s): "Hi, this is {n} from the clinic, calling about your results. Please call us back on {p}, or my direct line {q}. Thanks."\nCaller ID: {c}\n',
        s=R.randint(8, 70),
        n=pname(reg).split()[0],
        c=phone_compact(reg),
    )
    return b, "voicemail transcript"


def p_kyc(reg):
    b = B(reg)
    lang = lang_of(reg)
    tel, mail, _o, _ = LANG[lang]
    cc = reg.code if reg.code in IBAN_SPEC else R.choice(list(IBAN_SPEC))
    b.f(
        "KYC / onboarding\nName: {n}\n{t}: {p}\n{m}: {e}\nIBAN: {i}\nDocument no. {dn} (scan uploaded {d})\n",
        t=tel,
        m=mail,
        i=iban(cc),
        dn="".join(R.choice(string.ascii_uppercase) for _ in range(2)) + d_digits(7),
    )
    return b, f"KYC onboarding form ({lang})"


def p_netconf(reg):
    b = B(reg)
    b.f(
        "interface eth0\n  address {a}/24\n  gateway {g}\n  dns {d1} {d2}\ninterface eth1\n  address {v6}/64\n# contact noc: {e}, {p}\n",
        a=ipv4(True),
        g=ipv4(True),
        d1=ipv4(False),
        d2=ipv4(False),
        v6=ipv6(),
        e=role_email(reg),
        p=phone(reg, intl=True),
    )
    return b, "network interface config"


def p_disputes(reg):
    b = B(reg)
    b.t("txn_id,card_number,brand,amount,date,cardholder_email,callback\n")
    for _ in range(R.randint(3, 5)):
        rg = R.choice([reg, rreg()])
        cv, br = card()
        b.f(
            "{t},{c},{br},{a},{d},{e},{p}\n",
            t=d_digits(12),
            c=cv,
            br=br,
            a=d_amount().replace(",", ""),
            e=email(rg),
            p=phone(rg),
        )
    return b, "chargeback export with card numbers"


def p_card_chat(reg):
    b = B(reg)
    cv, br = card()
    who = pname(reg).split()[0]
    b.f(
        "{w}: ok the {br} is {c}, exp {m:02d}/{y}, code on the back {cvc}\n",
        w=who,
        br=br,
        c=cv,
        m=R.randint(1, 12),
        y=R.randint(26, 31),
        cvc=d_digits(4 if br == "Amex" else 3),
    )
    if R.random() < 0.6:
        cv2, br2 = card()
        b.f("{w}: if that fails use my {br} {c}\n", w=who, br=br2, c=cv2)
    b.f("me: got it, receipt goes to {e}? and your number is still {p}?\n")
    return b, "chat sharing card numbers"


def p_ssn_chat(reg):
    us = REG["US"]
    b = B(reg)
    b.f(
        "Agent: For verification, can you confirm your Social Security number?\nCustomer: sure, it's {s}. my wife's is {s2}\nAgent: Thanks. Best callback number?\nCustomer: {p}, or my cell {q}\n",
        s2=ssn(),
        p=phone(us),
        q=phone(us),
    )
    return b, "support chat transcript with SSNs"


def p_refund(reg):
    b = B(reg)
    lang = lang_of(reg)
    tel, mail, order, _ = LANG[lang]
    cc = reg.code if reg.code in IBAN_SPEC else R.choice(list(IBAN_SPEC))
    b.f("{o}: {x}\nIBAN: {i}\n{n}\n{t}: {p}\n{m}: {e}\n", o=order, i=iban(cc), t=tel, m=mail)
    return b, f"refund request with IBAN, native labels ({lang})"


POSITIVE = [
    (p_prose, 14),
    (p_form_native, 9),
    (p_chat, 6),
    (p_whatsapp, 4),
    (p_signature, 6),
    (p_csv, 7),
    (p_tsv_hr, 7),
    (p_md_table, 4),
    (p_json, 4),
    (p_yaml, 3),
    (p_log, 5),
    (p_sms, 4),
    (p_invoice, 6),
    (p_ticket, 5),
    (p_notes, 5),
    (p_code, 3),
    (p_vcard, 3),
    (p_html, 3),
    (p_sql, 4),
    (p_tax, 5),
    (p_payment, 5),
    (p_sepa, 5),
    (p_env, 3),
    (p_firewall, 3),
    (p_calendar, 3),
    (p_shipping, 3),
    (p_crm, 3),
    (p_stack, 2),
    (p_git, 2),
    (p_classified, 4),
    (p_booking, 3),
    (p_security, 3),
    (p_payroll, 4),
    (p_emergency, 4),
    (p_mixed_chat, 5),
    (p_voicemail, 2),
    (p_kyc, 4),
    (p_netconf, 3),
    (p_disputes, 5),
    (p_card_chat, 5),
    (p_ssn_chat, 6),
    (p_refund, 6),
]


# --------------------------------------------------------------------------
# hard negatives: look like the above, contain no personal data
# --------------------------------------------------------------------------
def n_order(reg):
    b = B(reg)
    b.f(
        "Order {o} confirmed on {d}.\nItems: {k} · Subtotal {a} · Shipping {s}\nTracking: {t}\nDeliver to postcode {pc}. Questions? Use the help centre, quote {o}.\n",
        k=R.randint(1, 9),
        s=d_amount(),
    )
    return b, "order confirmation without contact data"


def n_native_order(reg):
    lang = lang_of(reg)
    tel, mail, order, _ = LANG[lang]
    _mob, deliv = LANG2[lang]
    b = B(reg)
    b.f("{o}: {x}\n{d}: {dt} {tm}\n{a}\n{pc}\n", o=order, d=deliv)
    if R.random() < 0.5:
        b.f("{o} 2: {x} ({m})\n", o=order, x=d_tracking(), m=d_measure())
    return b, f"native order/delivery notice, no contact data ({lang})"


def n_release(reg):
    b = B(reg)
    b.f(
        "## {v} ({d})\n- bump libfoo to {v2}\n- fix crash on Windows build {w}\n- commit {h}\n- OID 1.3.6.1.4.1.{o}.{x}.{y}\n",
        v2=d_version(),
        w=f"10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}",
        o=R.randint(300, 60000),
        x=R.randint(1, 20),
        y=R.randint(1, 9),
    )
    return b, "release notes with versions and hashes"


def n_products(reg):
    b = B(reg)
    sep = R.choice([",", "\t", ";"])
    b.t(sep.join(["sku", "ean", "price", "weight", "dims"]) + "\n")
    for _ in range(R.randint(3, 6)):
        b.t(
            sep.join(
                [
                    f"{R.choice(['AX', 'KB', 'TR', 'ZL'])}-{d_digits(5)}",
                    d_ean(),
                    d_amount().replace(",", ""),
                    f"{R.uniform(0.1, 30):.2f}kg",
                    d_measure().replace(",", ""),
                ]
            )
            + "\n"
        )
    return b, "product catalogue CSV with EAN codes"


def n_log(reg):
    b = B(reg)
    for _ in range(R.randint(3, 6)):
        b.f(
            "{t} {lv} svc={s} req={r} status={c} dur={d}ms bytes={z} client=[redacted]\n",
            t=d_ts(),
            lv=R.choice(["INFO", "WARN", "DEBUG"]),
            s=R.choice(["billing", "auth", "search"]),
            r=d_uuid(),
            c=R.choice([200, 201, 429, 503]),
            d=R.randint(1, 4000),
            z=R.randint(100, 10**7),
        )
    return b, "log lines with ids and timings"


def n_cardlike(reg):
    b = B(reg)
    b.f(
        "Gift card batch {s}\nCodes (not payment cards): {c1}, {c2}\nCard ending {l} was declined at {t}. Auth code {a}.\n",
        s=d_serial(),
        c1=d_bad_card(),
        c2=d_bad_card(),
        l=d_digits(4),
        t=d_time(),
        a=d_digits(6),
    )
    return b, "invalid-Luhn card-like numbers"


def n_bad_iban(reg):
    b = B(reg)
    b.f(
        "Payment failed: the account number {i} did not pass checksum validation.\nCreditor reference {rf}; invoice {v}; amount {a}.\n",
        i=d_bad_iban(),
        rf="RF" + d_digits(2) + " " + d_digits(4) + " " + d_digits(4),
        v=d_invoice(),
    )
    return b, "invalid IBAN-like string"


def n_coords(reg):
    b = B(reg)
    b.f(
        "Waypoint {k}: {c} (elev. {e} m)\nNext: {c2}, distance {dist} km, bearing {br}°\nGrid ref {g}\n",
        k=R.randint(1, 40),
        c=d_coords(),
        e=R.randint(0, 4800),
        c2=d_coords(),
        dist=f"{R.uniform(0.1, 90):.2f}",
        br=R.randint(0, 359),
        g=f"{d_digits(3)} {d_digits(3)}",
    )
    return b, "GPS coordinates and distances"


def n_biblio(reg):
    b = B(reg)
    for _ in range(R.randint(2, 4)):
        b.f(
            "{a}, {y}. {t}. ISBN {i}, {r}.\n",
            a=R.choice(["Okafor, C.", "Lindqvist, E.", "Tanaka, H.", "Moreau, L.", "Silva, J."]),
            y=R.randint(1990, 2025),
            t=R.choice(
                ["Tidal Systems", "A Grammar of Light", "Notes on Rivers", "Ledger and Loom"]
            ),
            i=d_isbn(),
            r=d_range(),
        )
    return b, "bibliography with ISBNs and page ranges"


def n_lab(reg):
    b = B(reg)
    b.f(
        "Lab panel {d}\nGlucose {g}\nBP {bp}\nSample id {s}\nRef range {r}\n",
        g=d_measure(),
        bp=f"{R.randint(95, 160)}/{R.randint(55, 100)} mmHg",
        s=d_serial(),
        r=f"{R.uniform(3, 5):.1f}-{R.uniform(5.5, 7):.1f}",
    )
    return b, "lab values and sample ids"


def n_schedule(reg):
    b = B(reg)
    for _ in range(R.randint(3, 5)):
        b.f(
            "{d} {a}-{z} UTC{o}  room {r}  (Zoom {m})\n",
            a=d_time(),
            z=d_time(),
            o=R.choice(["+05:30", "+01:00", "-03:00", "+09:00"]),
            r=f"{R.randint(1, 9)}.{R.randint(1, 40):02d}",
            m=d_meeting_id(),
        )
    return b, "schedule with times and meeting ids"


def n_inventory(reg):
    b = B(reg)
    b.t("| asset | serial | firmware | mac | purchased |\n|---|---|---|---|---|\n")
    for _ in range(R.randint(2, 5)):
        mac = ":".join(f"{R.randint(0, 255):02x}" for _ in range(6))
        b.f(
            "| {a} | {s} | {f} | {m} | {d} |\n",
            a=f"LT-{d_digits(4)}",
            s=d_serial(),
            f=d_version(),
            m=mac,
        )
    return b, "device inventory with serials"


def n_finance(reg):
    b = B(reg)
    b.f(
        "Statement {p}\nOpening balance {a}\nTXN {t1} {d1} {x1}\nTXN {t2} {d2} {x2}\nFX rate {fx}\nAccount ****{l}\n",
        p=f"{R.randint(1, 12):02d}/{R.randint(2023, 2026)}",
        t1=d_digits(12),
        x1=d_amount(),
        t2=d_digits(12),
        x2=d_amount(),
        fx=f"{R.uniform(0.5, 160):.4f}",
        l=d_digits(4),
    )
    return b, "bank statement summary with masked account"


def n_tracking(reg):
    b = B(reg)
    b.f(
        "Parcel {t}\n{d} {tm} departed hub {h}\n{d2} arrived sorting centre {pc}\nPiece count 1/{k}, weight {w}\n",
        h=f"{R.choice(['FRA', 'LEJ', 'CDG', 'HKG', 'MEX'])}{R.randint(1, 9)}",
        k=R.randint(1, 4),
        w=d_measure(),
    )
    return b, "parcel tracking history"


def n_config(reg):
    b = B(reg)
    b.f(
        'server:\n  port: {p}\n  workers: {w}\n  timeout_s: {t}\nrelease: "{v}"\ncache:\n  ttl: {ttl}\n  key_prefix: "{h}"\nbuild_id: {b}\n',
        p=R.choice([8080, 8443, 5000, 3000]),
        w=R.randint(1, 64),
        t=R.randint(5, 300),
        ttl=R.randint(60, 86400),
        h=d_hash(8),
        b=d_digits(10),
    )
    return b, "YAML config without hosts"


def n_code(reg):
    b = B(reg)
    b.f(
        'PHONE_RE = re.compile(r"^\\+?[0-9 ().-]{{7,20}}$")\nMAX_RETRIES = {m}\nCHECKSUM = "{h}"\n# npm i lodash@{v1} react@{v2}\n@dataclass\nclass Order:\n    id: int = {i}\n',
        m=R.randint(2, 9),
        h=d_hash(64),
        v1=f"4.17.{R.randint(10, 21)}",
        v2=f"18.{R.randint(0, 3)}.{R.randint(0, 9)}",
        i=d_digits(9),
    )
    return b, "code with regex, constants and package@version"


def n_ssnlike(reg):
    b = B(reg)
    b.f(
        "Part numbers: {a}, {c}\nSample record (placeholder): 000-{g}-{s}\nCase {y}-{k}-{z}\n",
        a=f"9{d_digits(2)}-{d_digits(2)}-{d_digits(4)}",
        c=f"666-{d_digits(2)}-{d_digits(4)}",
        g=d_digits(2),
        s=d_digits(4),
        y=R.randint(2019, 2026),
        k=d_digits(2),
        z=d_digits(4),
    )
    return b, "SSN-shaped part and case numbers with invalid areas"


def n_chat(reg):
    b = B(reg)
    lines = [
        f"did the {d_order()} order ship?",
        f"yes, tracking {d_tracking()}",
        f"total was {d_amount()}",
        f"it's the {d_measure()} one",
        f"batch {d_serial()} failed QA",
        f"meeting moved to {d_date()} {d_time()}",
        f"use coupon {''.join(R.choice(string.ascii_uppercase) for _ in range(6))}{R.randint(10, 99)}",
        f"version {d_version()} fixed it",
        f"postcode {d_postcode()}",
    ]
    R.shuffle(lines)
    for ln in lines[: R.randint(3, 6)]:
        b.f("[{t}] {w}: {m}\n", t=d_time(), w=R.choice(reg.given), m=ln)
    return b, "chat about orders with numbers only"


def n_invoice(reg):
    b = B(reg)
    b.f("INVOICE {n}\nDate: {d}  Due: {d2}\nPO {po}\n", n=d_invoice(), po=d_order())
    for _ in range(R.randint(2, 4)):
        b.f("  {i} {q} x {u} = {a}\n", i=d_ean(), q=R.randint(1, 50), u=d_amount())
    b.f("VAT {r}% · Total {a}\n", r=R.choice([7, 10, 19, 20, 21, 25]))
    return b, "invoice with EAN lines and totals"


def n_phone_like(reg):
    b = B(reg)
    b.f(
        "Meeting ID: {m}\nPasscode: {p}\nConference room {r}, floor {f}\nTicket {t}\nBatch {bt}\n",
        m=d_meeting_id(),
        p=d_digits(6),
        r=d_range(),
        f=R.randint(1, 40),
        t=f"INC{d_digits(7)}",
        bt=f"{R.randint(2023, 2026)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{d_digits(4)}",
    )
    return b, "number-heavy text with meeting ids and batches"


NEGATIVE = [
    (n_order, 4),
    (n_native_order, 12),
    (n_release, 3),
    (n_products, 3),
    (n_log, 3),
    (n_cardlike, 4),
    (n_bad_iban, 4),
    (n_coords, 2),
    (n_biblio, 2),
    (n_lab, 2),
    (n_schedule, 2),
    (n_inventory, 2),
    (n_finance, 3),
    (n_tracking, 3),
    (n_config, 2),
    (n_code, 2),
    (n_ssnlike, 3),
    (n_chat, 4),
    (n_invoice, 3),
    (n_phone_like, 3),
]


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
PHONE_RE = re.compile(r"(?:\+|00|\()?\d[\d ().\-/]*\d")
SSN_RE = re.compile(r"(\d{3})([- ]?)(\d{2})\2(\d{4})")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_RE = re.compile(
    r"(?<![\w-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{4}([ -])\d{6}\2\d{4,5})(?![\w-])"
)


def valid_ssn(s):
    m = SSN_RE.fullmatch(s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def check_span(text, s, e, ent):
    v = text[s:e]
    assert v and v == v.strip(), (ent, v)
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    assert not (before.isascii() and before.isalnum()), (ent, v, before)
    assert not (after.isascii() and after.isalnum()), (ent, v, after)
    if ent == "EMAIL":
        assert EMAIL_RE.fullmatch(v), v
        assert before not in "._%+@" and after not in "@", v
    elif ent == "PHONE":
        assert PHONE_RE.fullmatch(v), v
        assert "  " not in v
        assert 6 <= sum(c.isdigit() for c in v) <= 15, v
        assert before != "+" and not before.isdigit() and not after.isdigit(), v
        assert before != "-" or not text[s - 2 : s - 1].isdigit(), v
        assert v.count("(") == v.count(")"), v
    elif ent == "SSN":
        assert valid_ssn(v), v
    elif ent == "CARD":
        assert re.fullmatch(r"\d[\d -]+\d", v), v
        num = re.sub(r"[ -]", "", v)
        assert num.isdigit() and luhn_ok(num) and brand_of(num), v
    elif ent == "IBAN":
        raw = v.replace(" ", "")
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", raw), v
        assert IBAN_LEN.get(raw[:2]) == len(raw) and iban_mod(raw) == 1, v
    elif ent == "IP":
        ipaddress.ip_address(v)
        assert (
            before not in ":."
            and (after != ":" or "." in v)
            and not (after == "." and text[e + 1 : e + 2].isdigit())
        ), v
    else:
        raise AssertionError(ent)


def check_unlabelled(text, spans):
    covered = {(s, e) for s, e, _ in spans}
    inside = [(s, e) for s, e, _ in spans]

    def in_span(a, b):
        return any(s <= a and b <= e for s, e in inside)

    for m in EMAIL_RE.finditer(text):
        st = m.start() + len(m.group()) - len(m.group().lstrip("-."))
        assert (st, m.end()) in covered, ("unlabelled email", m.group())
    for m in IPV4_RE.finditer(text):
        if all(int(x) <= 255 for x in m.group().split(".")):
            assert (m.start(), m.end()) in covered, ("unlabelled ipv4", m.group(), text)
    for m in SSN_RE.finditer(text):
        if m.group(2) and valid_ssn(m.group()) and not in_span(m.start(), m.end()):
            pre = text[m.start() - 1] if m.start() else " "
            post = text[m.end()] if m.end() < len(text) else " "
            assert pre.isdigit() or post.isdigit() or pre == "-" or post == "-", (
                "ssn-like",
                m.group(),
            )
    for m in CARD_RE.finditer(text):
        num = re.sub(r"[ -]", "", m.group())
        if luhn_ok(num) and brand_of(num):
            assert in_span(m.start(), m.end()), ("unlabelled card", m.group())
    for m in IBAN_RE.finditer(text):
        raw = m.group().replace(" ", "")
        if IBAN_LEN.get(raw[:2]) == len(raw) and iban_mod(raw) == 1:
            assert in_span(m.start(), m.end()), ("unlabelled iban", m.group())


def make_record(gen, reg, kind):
    snapshot = set(LANGS_USED)
    b, note = gen(reg)
    while kind == "positive" and not b.spans:
        LANGS_USED.intersection_update(snapshot)
        b, note = gen(reg)
    text = b.text()
    spans = sorted(b.spans)
    for s, e, ent in spans:
        check_span(text, s, e, ent)
    for (s1, e1, _), (s2, _e2, _) in zip(spans, spans[1:]):
        assert e1 <= s2, "overlap"
    check_unlabelled(text, spans)
    if kind == "positive":
        assert spans, note
        REGIONS_USED.update(b.regs)
    else:
        assert not spans, note
    return {
        "text": text,
        "spans": [{"start": s, "end": e, "entity": ent} for s, e, ent in spans],
        "kind": kind,
        "note": note,
    }


def main():
    recs = []
    pos_gens, pos_w = zip(*POSITIVE)
    neg_gens, neg_w = zip(*NEGATIVE)
    order = list(REGIONS)
    R.shuffle(order)
    for i in range(N_POS):
        reg = order[i % len(order)]
        recs.append(make_record(R.choices(pos_gens, pos_w)[0], reg, "positive"))
    for i in range(N_NEG):
        reg = order[(i * 7) % len(order)]
        recs.append(make_record(R.choices(neg_gens, neg_w)[0], reg, "hard_negative"))
    R.shuffle(recs)
    texts = [r["text"] for r in recs]
    assert len(set(texts)) == len(texts), "duplicate texts"
    counts = Counter(sp["entity"] for r in recs for sp in r["spans"])
    for ent, lo in MIN.items():
        assert counts[ent] >= lo, (ent, counts[ent], lo)
    assert len(LANGS_USED) >= 35, len(LANGS_USED)
    assert len(REGIONS_USED) >= 60, len(REGIONS_USED)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in recs)
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"texts={len(recs)} {dict(kinds)}")
    print("spans", dict(sorted(counts.items())))
    print(f"languages={len(LANGS_USED)} regions={len(REGIONS_USED)}")
    print(f"sha256={digest}")


if __name__ == "__main__":
    main()
