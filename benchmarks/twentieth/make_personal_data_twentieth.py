"""Generate the twentieth blind personal-data evaluation set (stdlib only)."""

import hashlib
import ipaddress
import json
import pathlib
import random
import re
import unicodedata

SEED = 20261226
R = random.Random(SEED)
OUT = pathlib.Path(__file__).with_name("personal_data_twentieth.jsonl")

# region table: region country-code trunk mobile-trunk(1/0/-) mobile-specs landline-specs
# spec "prefixes|pattern|groups" joined by ";"; pattern X=0-9, N=2-9, M=1-9, L=2-5
REG_TXT = """
US 1 1 1 212,310,415,312,617,206,303,512,646,718,404,305,702,503|NXXXXXX|3,3,4 212,773,213,202,615,919,480,614|NXXXXXX|3,3,4
CA 1 1 1 416,604,514,403,613,780,647,902|NXXXXXX|3,3,4 416,604,514,403,613,204|NXXXXXX|3,3,4
GB 44 0 1 71,73,74,75,77,78,79|XXXXXXXX|4,6 207,208,203|XXXXXXX|2,4,4;161,121,131,113|MXXXXXX|3,3,4
IE 353 0 1 83,85,86,87,89|MXXXXXX|2,3,4 1|MXXXXXX|1,3,4;21|MXXXXX|2,3,3
FR 33 0 1 6|XXXXXXXX|1,2,2,2,2;75,76,77,78|XXXXXXX|1,2,2,2,2 1,2,3,4,5|XXXXXXXX|1,2,2,2,2
DE 49 0 1 151,152,157,176,177,178,179|MXXXXXXX|3,8;160,170,171,175|MXXXXXX|3,7 30,40,69|MXXXXXXX|2,8;89|MXXXXXX|2,7;221|MXXXXXX|3,7
AT 43 0 1 664,650,660,676,699|MXXXXXX|3,3,4 1|MXXXXXX|1,3,4;316|MXXXXX|3,3,3
CH 41 0 1 75,76,77,78,79|MXXXXXX|2,3,2,2 44,43,22,31,61|MXXXXXX|2,3,2,2
IT 39 _ 1 320,328,333,338,340,347,349,366,380,393|XXXXXXX|3,3,4 06,02|MXXXXXXX|2,4,4;055|MXXXXXX|3,3,4
ES 34 _ 1 6|XXXXXXXX|3,3,3;71,72,73,74|XXXXXXX|3,3,3 91,93,95,96|MXXXXXX|2,3,2,2
PT 351 _ 1 91,92,93,96|XXXXXXX|3,3,3 21,22|MXXXXXX|2,3,4
NL 31 0 1 6|MXXXXXXX|1,8 20,10,30,70|MXXXXXX|2,3,4
BE 32 0 1 45,46,47,48,49|XXXXXXX|3,2,2,2 2|MXXXXXX|1,3,2,2;3,9|MXXXXXX|1,3,2,2
LU 352 _ 1 621,628,661,691|XXXXXX|3,3,3 2|MXXXXXX|2,2,2,2
DK 45 _ 1 20,21,22,26,28,30,31,40,42,50,51,60,61|XXXXXX|2,2,2,2 33,35,38,70,86,98|XXXXXX|2,2,2,2
NO 47 _ 1 4,9|XXXXXXX|3,2,3 22,23,55,73|XXXXXX|2,2,2,2
SE 46 0 1 70,72,73,76,79|XXXXXXX|2,3,2,2 8|MXXXXXXX|1,3,3,2;31|MXXXXXX|2,3,2,2
FI 358 0 1 40,41,44,45,50|MXXXXXX|2,3,4 9|MXXXXXX|1,3,4
IS 354 _ 1 6,7,8|XXXXXX|3,4 5|XXXXXX|3,4
PL 48 _ 1 50,51,53,57,60,66,69,72,78,79,88|XXXXXXX|3,3,3 22,12,61,71|MXXXXXX|2,3,2,2
CZ 420 _ 1 60,72,73,77,79|XXXXXXX|3,3,3 2|MXXXXXXX|3,3,3
SK 421 0 1 90,91,94,95|XXXXXXX|3,3,3 2|MXXXXXXX|1,4,4
HU 36 06 1 20,30,31,70|MXXXXXX|2,3,4 1|MXXXXXX|1,3,4
RO 40 0 1 72,73,74,75,76,78|XXXXXXX|3,3,3 21|MXXXXXX|2,3,4
BG 359 0 1 87,88,89|MXXXXXX|2,3,4 2|MXXXXXX|1,3,4
GR 30 _ 1 69|MXXXXXXX|3,3,4 21|MXXXXXXX|3,3,4
CY 357 _ 1 96,97,99|XXXXXX|2,6 22,24,25|XXXXXX|2,6
MT 356 _ 1 79,99|XXXXXX|4,4 21|XXXXXX|4,4
TR 90 0 1 50,53,54,55|XXXXXXXX|3,3,2,2 212,216,312,232|MXXXXXX|3,3,2,2
RU 7 8 1 9|XXXXXXXXX|3,3,2,2 495,499,812|MXXXXXX|3,3,2,2
UA 380 0 1 50,63,66,67,68,73,93,95,96,97,98,99|MXXXXXX|2,3,2,2 44|MXXXXXX|2,3,2,2
HR 385 0 1 91,92,95,98,99|MXXXXXX|2,3,4 1|MXXXXXX|1,3,4
SI 386 0 1 30,31,40,41,51,64,70|MXXXXX|2,3,3 1|MXXXXXX|1,3,2,2
RS 381 0 1 60,61,62,63,64,65,66|MXXXXXX|2,3,4 11|MXXXXXX|2,3,4
EE 372 _ 1 5|MXXXXXX|4,4;5|MXXXXX|3,4 6|MXXXXX|3,4
LV 371 _ 1 2|XXXXXXX|2,3,3 67|XXXXXX|2,3,3
LT 370 8 1 6|XXXXXXX|3,5 5|MXXXXXX|1,3,4
IL 972 0 1 50,52,53,54,55,58|MXXXXXX|2,3,4 3,2,4,8,9|MXXXXXX|1,3,4
AE 971 0 1 50,52,54,55,56,58|MXXXXXX|2,3,4 4,2|MXXXXXX|1,3,4
SA 966 0 1 50,53,54,55,56,59|MXXXXXX|2,3,4 11,12,13|MXXXXXX|2,3,4
EG 20 0 1 10,11,12,15|MXXXXXXX|2,4,4 2|MXXXXXXX|1,4,4
MA 212 0 1 6|MXXXXXXX|1,2,2,2,2 522,537|XXXXXX|3,2,2,2
ZA 27 0 1 60,61,71,72,73,74,76,78,79,82,83,84|MXXXXXX|2,3,4 11,21,31|MXXXXXX|2,3,4
NG 234 0 1 703,803,805,806,807,810,813,816,903,906|MXXXXXX|3,3,4 1|MXXXXXX|1,3,4
KE 254 0 1 70,71,72,74,79,11|MXXXXXX|3,6 20|MXXXXXX|2,3,4
GH 233 0 1 20,24,26,27,50,54,55|MXXXXXX|2,3,4 30|MXXXXXX|2,3,4
IN 91 0 1 98,99,97,96,94,93,91,90,88,87,86,85,81,80,79,78,77,76,73,70,63,62|XXXXXXXX|5,5 11,22,80|MXXXXXXX|2,4,4
PK 92 0 1 300,301,303,312,315,321,333,345|MXXXXXX|3,7 21,42,51|MXXXXXXX|2,4,4
BD 880 0 1 13,14,15,16,17,18,19|XXXXXXXX|4,6 2|MXXXXXXX|1,4,4
LK 94 0 1 70,71,72,74,75,76,77,78|MXXXXXX|2,3,4 11|MXXXXXX|2,3,4
CN 86 0 0 13,15,17,18,19|XXXXXXXXX|3,4,4 10,21|MXXXXXXX|2,4,4;755|MXXXXXXX|3,4,4
HK 852 _ 1 5,6,9|XXXXXXX|4,4 2,3|XXXXXXX|4,4
TW 886 0 1 9|XXXXXXXX|3,3,3 2|MXXXXXXX|1,4,4
JP 81 0 1 70,80,90|MXXXXXXX|2,4,4 3,6|MXXXXXXX|1,4,4
KR 82 0 1 10|MXXXXXXX|2,4,4 2|MXXXXXXX|1,4,4;31,51|MXXXXXX|2,3,4
SG 65 _ 1 8,9|XXXXXXX|4,4 6|XXXXXXX|4,4
MY 60 0 1 12,13,16,17,19|MXXXXXX|2,3,4;11|MXXXXXXX|2,4,4 3|MXXXXXXX|1,4,4
TH 66 0 1 6,8,9|MXXXXXXX|2,3,4 2|MXXXXXX|1,3,4
VN 84 0 1 90,91,93,94,96,97,98,32,33,35,70,77,86|MXXXXXX|2,3,4 24,28|MXXXXXXX|2,4,4
PH 63 0 1 905,906,915,917,918,919,920,927,939,945,956,977,995|MXXXXXX|3,3,4 2|MXXXXXXX|1,4,4
ID 62 0 1 811,812,813,815,817,818,821,822,852,857,878,896|MXXXXXXX|3,4,4 21|MXXXXXXX|2,4,4
AU 61 0 1 4|XXXXXXXX|3,3,3 2,3,7,8|MXXXXXXX|1,4,4
NZ 64 0 1 21,22,27|MXXXXXX|2,3,4 9,4,3|MXXXXXX|1,3,4
BR 55 _ 1 11,21,31,41,51,61,71,81,85|9XXXXXXXX|2,5,4 11,21,31,41,51,61|LXXXXXXX|2,4,4
AR 54 0 - 911|XXXXXXXX|1,2,4,4;9351,9341|MXXXXXX|1,3,3,4 11|LXXXXXXX|2,4,4
MX 52 _ 1 55,33,81|MXXXXXXX|2,4,4 55,33,81|LXXXXXXX|2,4,4
CL 56 _ 1 9|MXXXXXXX|1,4,4 2|MXXXXXXX|1,4,4
CO 57 _ 1 300,301,310,311,312,313,315,316,318,320,321|MXXXXXX|3,3,4 601,604|MXXXXXX|3,3,4
PE 51 0 1 9|XXXXXXXX|3,3,3 1|MXXXXXX|1,3,4
"""
REG = {}
for _line in REG_TXT.strip().splitlines():
    _k, _cc, _tr, _mt, _mo, _la = _line.split()
    _flag = {"1": True, "0": False, "-": None}[_mt]
    REG[_k] = (_cc, "" if _tr == "_" else _tr, _flag, _mo, _la)
RLANG = dict(
    x.split("=")
    for x in """
US=en,es CA=en,fr GB=en IE=en FR=fr DE=de AT=de CH=de,fr,it IT=it ES=es,ca PT=pt NL=nl
BE=nl,fr LU=fr,de DK=da NO=no SE=sv FI=fi,sv IS=is PL=pl CZ=cs SK=sk HU=hu RO=ro BG=bg GR=el
CY=el,en MT=en TR=tr RU=ru UA=uk HR=hr SI=sl RS=sr EE=et LV=lv LT=lt IL=he AE=ar,en SA=ar
EG=ar MA=ar,fr ZA=en,af NG=en KE=sw,en GH=en IN=hi,en PK=ur,en BD=bn LK=en CN=zh HK=zh,en
TW=zh JP=ja KR=ko SG=en,zh,ms MY=ms,en TH=th VN=vi PH=tl,en ID=id AU=en NZ=en BR=pt AR=es
MX=es CL=es CO=es PE=es
""".split()
)
TLD = dict(
    x.split("=")
    for x in """
US=com CA=ca GB=co.uk IE=ie FR=fr DE=de AT=at CH=ch IT=it ES=es PT=pt NL=nl BE=be LU=lu
DK=dk NO=no SE=se FI=fi IS=is PL=pl CZ=cz SK=sk HU=hu RO=ro BG=bg GR=gr CY=com.cy MT=com.mt
TR=com.tr RU=ru UA=com.ua HR=hr SI=si RS=rs EE=ee LV=lv LT=lt IL=co.il AE=ae SA=com.sa
EG=com.eg MA=ma ZA=co.za NG=com.ng KE=co.ke GH=com.gh IN=in PK=pk BD=com.bd LK=lk CN=cn
HK=com.hk TW=com.tw JP=co.jp KR=co.kr SG=com.sg MY=com.my TH=co.th VN=vn PH=ph ID=co.id
AU=com.au NZ=co.nz BR=com.br AR=com.ar MX=com.mx CL=cl CO=com.co PE=pe
""".split()
)
FREEMAIL = dict(
    x.split("=")
    for x in """
DE=gmx.de,web.de,t-online.de FR=orange.fr,free.fr,laposte.net IT=libero.it,virgilio.it
GB=btinternet.com,yahoo.co.uk PL=wp.pl,o2.pl,onet.pl CZ=seznam.cz,email.cz
RU=yandex.ru,mail.ru UA=ukr.net,i.ua JP=yahoo.co.jp,docomo.ne.jp KR=naver.com,daum.net
CN=qq.com,163.com,126.com BR=uol.com.br,bol.com.br IN=rediffmail.com NL=ziggo.nl,kpnmail.nl
BE=telenet.be,skynet.be AT=gmx.at,aon.at CH=bluewin.ch,gmx.ch NO=online.no
AU=bigpond.com,optusnet.com.au NZ=xtra.co.nz ES=telefonica.net TR=hotmail.com.tr
SK=azet.sk,centrum.sk HU=freemail.hu,citromail.hu RO=yahoo.ro BG=abv.bg IL=walla.co.il
LT=inbox.lt LV=inbox.lv SI=siol.net HR=net.hr GR=otenet.gr TW=yahoo.com.tw MX=prodigy.net.mx
AR=fibertel.com.ar DK=mail.dk SE=telia.com FI=luukku.com ZA=mweb.co.za FR2=sfr.fr
""".split()
)
GENERIC = "gmail.com,outlook.com,yahoo.com,icloud.com,proton.me,hotmail.com,gmail.com,gmail.com"
GENERIC = GENERIC.split(",")
# lang;tel;mob;mail;hi;bye;call;order;total;names (display=romanised, | separated)
LANGS_TXT = """
en;Phone;Mobile;Email;Hi;Best regards;You can reach me on;Order no.;Total;James Carter|Olivia Bennett|Priya Shah|Liam O'Connor|Grace Walker|Daniel Okafor|Hannah Reid
de;Telefon;Handy;E-Mail;Hallo;Viele Grüße;Du erreichst mich unter;Bestellnr.;Summe;Jonas Becker|Anna Müller|Lukas Schmitt|Lea Wagner|Felix Hoffmann|Sophie Weiß
fr;Téléphone;Portable;Courriel;Bonjour;Cordialement;Vous pouvez me joindre au;N° de commande;Total;Camille Dubois|Julien Moreau|Chloé Lefèvre|Antoine Girard|Manon Rousseau
es;Teléfono;Móvil;Correo;Hola;Un saludo;Puedes llamarme al;N.º de pedido;Total;Lucía García|Javier Martínez|Carmen López|Pablo Sánchez|Elena Romero|Diego Fernández
it;Telefono;Cellulare;Email;Ciao;Cordiali saluti;Mi trovi al;N. ordine;Totale;Giulia Rossi|Marco Bianchi|Francesca Romano|Luca Ferrari|Sara Esposito
pt;Telefone;Telemóvel;E-mail;Olá;Cumprimentos;Podes ligar-me para;N.º da encomenda;Total;João Silva|Inês Santos|Tiago Ferreira|Beatriz Costa|Rui Oliveira|Ana Carvalho
nl;Telefoon;Mobiel;E-mail;Hoi;Met vriendelijke groet;Je kunt me bereiken op;Bestelnummer;Totaal;Daan de Vries|Sanne Jansen|Bram van Dijk|Lotte Bakker|Thijs Visser
sv;Telefon;Mobil;E-post;Hej;Vänliga hälsningar;Du når mig på;Ordernummer;Summa;Erik Johansson|Maja Lindqvist|Oskar Nilsson|Elsa Berg|Axel Karlsson
da;Telefon;Mobil;E-mail;Hej;Venlig hilsen;Du kan fange mig på;Ordrenr.;I alt;Mads Jensen|Freja Nielsen|Rasmus Hansen|Ida Pedersen|Emil Larsen
no;Telefon;Mobil;E-post;Hei;Med vennlig hilsen;Du når meg på;Ordrenummer;Totalt;Henrik Berg|Ingrid Solberg|Sindre Haugen|Nora Bakken|Magnus Lie
fi;Puhelin;Matkapuhelin;Sähköposti;Hei;Ystävällisin terveisin;Minut tavoittaa numerosta;Tilausnumero;Yhteensä;Mikko Virtanen|Aino Korhonen|Juha Mäkinen|Emilia Nieminen|Eero Laine
is;Sími;Farsími;Netfang;Halló;Kveðja;Hringdu í mig í;Pöntunarnúmer;Samtals;Jón Sigurðsson|Guðrún Jónsdóttir|Einar Ólafsson|Sigrún Helgadóttir
pl;Telefon;Komórka;E-mail;Cześć;Pozdrawiam;Zadzwoń do mnie pod numer;Nr zamówienia;Razem;Katarzyna Nowak|Piotr Kowalski|Agnieszka Wiśniewska|Tomasz Wójcik|Marta Kamińska
cs;Telefon;Mobil;E-mail;Ahoj;S pozdravem;Zavolejte mi na;Číslo objednávky;Celkem;Jan Novák|Petra Svobodová|Tomáš Dvořák|Lucie Černá
sk;Telefón;Mobil;E-mail;Ahoj;S pozdravom;Zavolajte mi na;Číslo objednávky;Spolu;Martin Horváth|Zuzana Kováčová|Peter Varga|Jana Tóthová
hu;Telefon;Mobil;E-mail;Szia;Üdvözlettel;Hívj ezen a számon:;Rendelésszám;Összesen;Nagy Balázs|Kovács Eszter|Tóth Gábor|Szabó Réka
ro;Telefon;Mobil;E-mail;Salut;Cu stimă;Mă poți suna la;Nr. comandă;Total;Andrei Popescu|Ioana Ionescu|Mihai Dumitru|Elena Stan
bg;Телефон;Мобилен;Имейл;Здравей;Поздрави;Обади ми се на;Поръчка №;Общо;Иван Петров=Ivan Petrov|Мария Георгиева=Maria Georgieva|Георги Димитров=Georgi Dimitrov
el;Τηλέφωνο;Κινητό;Email;Γεια σου;Με εκτίμηση;Καλέστε με στο;Αρ. παραγγελίας;Σύνολο;Γιώργος Παπαδόπουλος=Giorgos Papadopoulos|Ελένη Νικολάου=Eleni Nikolaou|Δημήτρης Ιωάννου=Dimitris Ioannou
tr;Telefon;Cep;E-posta;Merhaba;Saygılarımla;Bana şu numaradan ulaşabilirsin:;Sipariş no;Toplam;Ayşe Yılmaz|Mehmet Demir|Elif Kaya|Emre Çelik
ru;Телефон;Мобильный;Эл. почта;Привет;С уважением;Звоните мне по номеру;Заказ №;Итого;Алексей Смирнов=Aleksei Smirnov|Ольга Иванова=Olga Ivanova|Дмитрий Кузнецов=Dmitry Kuznetsov
uk;Телефон;Мобільний;Ел. пошта;Привіт;З повагою;Телефонуйте мені за номером;Замовлення №;Разом;Олена Шевченко=Olena Shevchenko|Андрій Бондаренко=Andrii Bondarenko|Ірина Коваленко=Iryna Kovalenko
hr;Telefon;Mobitel;E-pošta;Bok;Lijep pozdrav;Nazovite me na;Broj narudžbe;Ukupno;Ivan Horvat|Ana Kovačević|Marko Babić|Petra Marić
sl;Telefon;Mobitel;E-pošta;Živjo;Lep pozdrav;Pokličite me na;Št. naročila;Skupaj;Luka Novak|Nina Kranjc|Matej Zupan|Eva Potočnik
sr;Телефон;Мобилни;Имејл;Здраво;Срдачан поздрав;Позовите ме на;Број поруџбине;Укупно;Никола Јовановић=Nikola Jovanovic|Јелена Петровић=Jelena Petrovic|Милош Николић=Milos Nikolic
et;Telefon;Mobiil;E-post;Tere;Parimate soovidega;Helista mulle numbril;Tellimuse nr;Kokku;Kristjan Tamm|Liis Saar|Martin Sepp|Kadri Mägi
lv;Tālrunis;Mobilais;E-pasts;Sveiki;Ar cieņu;Zvaniet man uz;Pasūtījuma nr.;Kopā;Jānis Bērziņš|Līga Kalniņa|Andris Ozols|Ilze Liepa
lt;Telefonas;Mobilusis;El. paštas;Labas;Pagarbiai;Skambinkite man;Užsakymo nr.;Iš viso;Tomas Kazlauskas|Eglė Petrauskienė|Mantas Jankauskas|Rūta Vaitkutė
he;טלפון;נייד;מייל;שלום;בברכה;אפשר להשיג אותי ב-;מספר הזמנה;סה״כ;נועה כהן=Noa Cohen|יונתן לוי=Yonatan Levi|מיכל מזרחי=Michal Mizrahi
ar;هاتف;جوال;البريد الإلكتروني;مرحبا;مع التحية;يمكنك الاتصال بي على;رقم الطلب;الإجمالي;أحمد الحسن=Ahmed Alhassan|فاطمة الزهراء=Fatima Alzahra|عمر خالد=Omar Khaled|ليلى منصور=Layla Mansour
hi;फ़ोन;मोबाइल;ईमेल;नमस्ते;धन्यवाद;मुझे इस नंबर पर कॉल करें:;ऑर्डर नंबर;कुल;राहुल शर्मा=Rahul Sharma|प्रिया वर्मा=Priya Verma|अमित पटेल=Amit Patel
ur;فون;موبائل;ای میل;السلام علیکم;شکریہ;مجھے اس نمبر پر کال کریں:;آرڈر نمبر;کل;علی رضا=Ali Raza|سارہ احمد=Sara Ahmed|بلال حسین=Bilal Hussain
bn;ফোন;মোবাইল;ইমেইল;নমস্কার;ধন্যবাদ;আমাকে এই নম্বরে ফোন করুন:;অর্ডার নম্বর;মোট;রফিক ইসলাম=Rafiq Islam|নুসরাত জাহান=Nusrat Jahan|তানভীর আহমেদ=Tanvir Ahmed
zh;电话;手机;邮箱;你好;此致;请拨打;订单号;合计;王伟=Wang Wei|李娜=Li Na|张敏=Zhang Min|刘洋=Liu Yang|陈静=Chen Jing
ja;電話;携帯;メール;こんにちは;よろしくお願いいたします;こちらまでご連絡ください：;注文番号;合計;佐藤 健=Ken Sato|鈴木 花子=Hanako Suzuki|高橋 大輔=Daisuke Takahashi
ko;전화;휴대폰;이메일;안녕하세요;감사합니다;이 번호로 연락 주세요:;주문번호;합계;김민준=Minjun Kim|이서연=Seoyeon Lee|박지훈=Jihoon Park
th;โทร;มือถือ;อีเมล;สวัสดี;ขอบคุณ;ติดต่อได้ที่;หมายเลขคำสั่งซื้อ;รวม;สมชาย ใจดี=Somchai Jaidee|นภา ศรีสุข=Napa Srisuk|อนันต์ วงศ์ใหญ่=Anan Wongyai
vi;Điện thoại;Di động;Email;Xin chào;Trân trọng;Gọi cho tôi theo số;Mã đơn hàng;Tổng cộng;Nguyễn Văn An|Trần Thị Mai|Lê Minh Tuấn|Phạm Thu Hà
id;Telepon;HP;Email;Halo;Salam;Hubungi saya di;No. pesanan;Total;Budi Santoso|Siti Rahmawati|Agus Wijaya|Dewi Lestari
ms;Telefon;Bimbit;E-mel;Hai;Salam hormat;Hubungi saya di;No. pesanan;Jumlah;Ahmad Faizal|Nurul Huda|Amirul Hakim|Siti Aisyah
tl;Telepono;Cellphone;Email;Kumusta;Salamat;Tawagan mo ako sa;Order no.;Kabuuan;Maria Santos|Jose Reyes|Andrea Cruz|Mark Bautista
sw;Simu;Simu ya mkononi;Barua pepe;Habari;Asante;Nipigie kwa;Namba ya oda;Jumla;Wanjiru Kamau|Otieno Ochieng|Amina Hassan|Baraka Mwangi
af;Telefoon;Selfoon;E-pos;Hallo;Groete;Bel my by;Bestelnommer;Totaal;Pieter van der Merwe|Annelie Botha|Johan Pretorius|Marike Steyn
ca;Telèfon;Mòbil;Correu;Hola;Salutacions;Truca'm al;Núm. de comanda;Total;Jordi Puig|Montserrat Vila|Marc Soler|Núria Pujol
"""
LANGS = {}
for _line in LANGS_TXT.strip().splitlines():
    _f = _line.split(";")
    LANGS[_f[0]] = tuple(_f[1:])

SPECIAL = {"ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ð": "d", "þ": "th", "ı": "i"}
SPECIAL["œ"] = "oe"
COMPANY = """nordlicht bluepeak kestrel orchardlane silverfern atelier-rive vitaclinic harbourview
greenleaf brightpath studio-mira quillworks tidewater northgate pinecrest lumen corvid alder
copperkettle meridian""".split()


def pick(x):
    return R.choice(x)


def asc(s):
    s = "".join(SPECIAL.get(ch, ch) for ch in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if "a" <= ch <= "z" or ch == " ")


class T:
    """Text builder that records spans."""

    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def __call__(self, *txt):
        for x in txt:
            self.parts.append(x)
            self.n += len(x)
        return self

    def e(self, val, ent):
        self.spans.append((self.n, self.n + len(val), ent))
        return self(val)

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- values
def fill(pat):
    out = []
    for ch in pat:
        if ch == "X":
            out.append(str(R.randint(0, 9)))
        elif ch == "N":
            out.append(str(R.randint(2, 9)))
        elif ch == "M":
            out.append(str(R.randint(1, 9)))
        elif ch == "L":
            out.append(str(R.randint(2, 5)))
        else:
            out.append(ch)
    return "".join(out)


def nsn(specs):
    prefs, pat, groups = pick(specs.split(";")).split("|")
    num = pick(prefs.split(",")) + fill(pat)
    gs, i = [], 0
    for g in map(int, groups.split(",")):
        gs.append(num[i : i + g])
        i += g
    assert i == len(num), (specs, num)
    return gs


def phone(reg, mobile=None, intl=None):
    cc, trunk, mt, mobs, lands = REG[reg]
    if mobile is None:
        mobile = R.random() < 0.62
    gs = nsn(mobs if mobile else lands)
    tr = trunk if (not mobile or mt) else ""
    if mobile and mt is None:
        intl = True
    if intl is None:
        intl = R.random() < 0.5
    a = gs
    if cc == "1":
        if intl:
            return pick(
                [
                    f"+1 {a[0]}-{a[1]}-{a[2]}",
                    f"+1 ({a[0]}) {a[1]}-{a[2]}",
                    f"1-{a[0]}-{a[1]}-{a[2]}",
                    f"+1{''.join(a)}",
                    f"+1 {a[0]} {a[1]} {a[2]}",
                    f"1 ({a[0]}) {a[1]}-{a[2]}",
                    f"+1.{a[0]}.{a[1]}.{a[2]}",
                ]
            )
        return pick(
            [
                f"({a[0]}) {a[1]}-{a[2]}",
                f"{a[0]}-{a[1]}-{a[2]}",
                f"{a[0]}.{a[1]}.{a[2]}",
                f"{a[0]} {a[1]} {a[2]}",
                f"({a[0]}){a[1]}-{a[2]}",
                f"{''.join(a)}",
            ]
        )
    if cc == "7":
        r = f"{a[1]}-{a[2]}-{a[3]}"
        if intl:
            return pick(
                [f"+7 ({a[0]}) {r}", f"+7 {a[0]} {r}", f"+7{''.join(a)}", f"+7 {' '.join(a)}"]
            )
        return pick(
            [f"8 ({a[0]}) {r}", f"8-{a[0]}-{r}", f"8{''.join(a)}", f"8 {a[0]} {' '.join(a[1:])}"]
        )
    if cc == "55":
        if intl:
            return pick(
                [f"+55 {a[0]} {a[1]}-{a[2]}", f"+55 ({a[0]}) {a[1]}-{a[2]}", f"+55{''.join(a)}"]
            )
        return pick([f"({a[0]}) {a[1]}-{a[2]}", f"{a[0]} {a[1]}-{a[2]}", f"({a[0]}) {a[1]}{a[2]}"])
    if intl:
        opts = [
            f"+{cc} {' '.join(a)}",
            f"+{cc} {' '.join(a)}",
            f"+{cc}{''.join(a)}",
            f"00{cc} {' '.join(a)}",
            f"+{cc}-{'-'.join(a)}",
            f"(+{cc}) {' '.join(a)}",
            f"+{cc} {a[0]} {''.join(a[1:])}",
        ]
        if tr == "0":
            opts.append(f"+{cc} (0){a[0]} {' '.join(a[1:])}")
        if cc in ("33", "32", "41", "352"):
            opts.append(f"+{cc} {'.'.join(a)}")
        return pick(opts)
    f0 = tr + a[0]
    rest = a[1:]
    if tr == "06":
        return pick(
            [f"06 {' '.join(a)}", f"06-{a[0]}/{'-'.join(rest)}", f"06{a[0]} {' '.join(rest)}"]
        )
    if tr == "8":
        return pick(
            [
                f"8 {' '.join(a)}",
                f"8 {a[0]} {''.join(rest)}",
                f"(8 {a[0]}) {' '.join(rest)}",
                f"8{''.join(a)}",
            ]
        )
    opts = [
        f"{f0} {' '.join(rest)}",
        f"{f0} {' '.join(rest)}",
        f"{f0}-{'-'.join(rest)}",
        f"{f0}{''.join(rest)}",
    ]
    if tr:
        opts.append(f"({f0}) {' '.join(rest)}")
        opts.append(f"{f0} {'-'.join(rest)}")
    if cc in ("49", "43", "41"):
        opts += [f"{f0}/{''.join(rest)}", f"{f0} / {' '.join(rest)}", f"({f0}) {''.join(rest)}"]
    if cc in ("33", "32", "352", "212"):
        opts += [f"{f0}.{'.'.join(rest)}", f"{f0} {' '.join(rest)}"]
    if cc in ("81", "82", "886", "86"):
        opts += [f"{f0}-{'-'.join(rest)}"] * 3
    return pick(opts)


def person(lang):
    s = pick(LANGS[lang][8].split("|"))
    if "=" in s:
        disp, rom = s.split("=")
    else:
        disp, rom = s, asc(s)
    parts = asc(rom).split()
    return disp, parts[0], parts[-1]


def email(p, reg, biz=None):
    _, f, l = p
    f, l = f.replace(" ", ""), l.replace(" ", "")
    local = pick(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f[0]}{l}",
            f"{f}_{l}",
            f"{l}.{f}",
            f"{f}{R.randint(1, 99)}",
            f"{f}.{l}{R.randint(70, 99)}",
            f"{f}+{pick(['news', 'shop', 'bills', 'school'])}",
            f"{f[0]}.{l}",
            f"{l}{f[0]}",
            f"{f}-{l}",
        ]
    )
    if biz is None:
        biz = R.random() < 0.35
    if biz:
        dom = pick(COMPANY) + "." + TLD[reg]
        local = pick([f, f"{f}.{l}", f"{f[0]}.{l}", f"{f[0]}{l}", l])
    elif reg in FREEMAIL and R.random() < 0.55:
        dom = pick(FREEMAIL[reg].split(","))
    else:
        dom = pick(GENERIC)
    return f"{local}@{dom}"


def role_email(reg):
    return (
        pick(["info", "office", "bookings", "hello", "admin", "support", "billing", "frontdesk"])
        + "@"
        + pick(COMPANY)
        + "."
        + TLD[reg]
    )


def ssn(sep=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    sep = pick(["-", "-", "-", " ", ""]) if sep is None else sep
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


BRANDS = [
    ("Visa", lambda: "4", 16),
    ("Visa", lambda: "4", 16),
    ("Mastercard", lambda: str(R.randint(51, 55)), 16),
    ("Mastercard", lambda: str(R.randint(2221, 2720)), 16),
    ("American Express", lambda: pick(["34", "37"]), 15),
    ("Discover", lambda: pick(["6011", "65", str(R.randint(644, 649))]), 16),
    ("JCB", lambda: str(R.randint(3528, 3589)), 16),
    ("Diners Club", lambda: "36", 14),
    ("UnionPay", lambda: "62", 16),
    ("Mir", lambda: str(R.randint(2200, 2204)), 16),
    ("Visa", lambda: "4", 13),
]


def card_digits(brand=None):
    b = pick(BRANDS) if brand is None else brand
    d = b[1]()
    d += "".join(str(R.randint(0, 9)) for _ in range(b[2] - len(d) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return b[0], d + c
    raise AssertionError


def fmt_card(d, sep=None):
    sep = pick([" ", " ", "-", ""]) if sep is None else sep
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    elif len(d) == 14:
        parts = [d[:4], d[4:10], d[10:]]
    elif len(d) == 13:
        return d
    else:
        parts = [d[i : i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def card(brand=None):
    name, d = card_digits(brand)
    return name, fmt_card(d)


IBANS = {}
for _kv in """
DE=22:8n10n FR=27:5n5n11c2n GB=22:4a6n8n ES=24:20n IT=27:1a10n12c NL=18:4a10n BE=16:12n
CH=21:5n12c AT=20:16n PL=28:24n PT=25:21n IE=22:4a6n8n SE=24:20n DK=18:14n NO=15:11n
FI=18:14n LU=20:3n13c CZ=24:20n HU=28:24n RO=24:4a16c GR=27:7n16c TR=26:5n1n16c HR=21:17n
SI=19:15n SK=24:20n BG=22:4a6n8c LT=20:16n LV=21:4a13c EE=20:16n SA=24:2n18c AE=23:3n16n
IL=23:19n MT=31:4a5n18c CY=28:8n16c IS=26:22n UA=29:6n19c RS=22:18n EG=29:25n MA=28:24n
""".split():
    _k, _v = _kv.split("=")
    IBANS[_k] = (int(_v.split(":")[0]), _v.split(":")[1])
AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mod97(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97


def iban(cc=None, spaced=None):
    cc = cc or pick(list(IBANS))
    ln, spec = IBANS[cc]
    bban = ""
    for n, kind in re.findall(r"(\d+)([nac])", spec):
        for _ in range(int(n)):
            if kind == "n":
                bban += str(R.randint(0, 9))
            elif kind == "a":
                bban += pick(AZ)
            else:
                bban += pick(AZ + "0123456789") if R.random() < 0.3 else str(R.randint(0, 9))
    chk = 98 - mod97(cc + "00" + bban)
    s = f"{cc}{chk:02d}{bban}"
    assert len(s) == ln and mod97(s) == 1
    if spaced is None:
        spaced = R.random() < 0.6
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def ipv4(private=None):
    if private is None:
        private = R.random() < 0.35
    if private:
        return pick(
            [
                f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
                f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            ]
        )
    while True:
        a = R.randint(11, 223)
        if a not in (127, 10, 172, 192, 100, 169):
            return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    pre = pick(
        [
            "2001:db8",
            "2a02:8108",
            "2a01:4f8",
            "2607:f8b0",
            "2400:cb00",
            "fe80:0",
            "2001:470",
            "2a00:1450",
            "2c0f:fb50",
        ]
    )
    groups = pre.split(":") + ["%x" % R.randint(0, 0xFFFF) for _ in range(8 - len(pre.split(":")))]
    if R.random() < 0.4:
        for i in range(2, 6):
            groups[i] = "0"
    addr = ipaddress.IPv6Address(":".join(groups))
    s = pick([addr.compressed, addr.compressed, addr.exploded, str(addr)])
    return s.upper() if R.random() < 0.15 else s


def ip():
    return ipv6() if R.random() < 0.35 else ipv4()


def date(style=None):
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    style = style or pick(["iso", "eu", "us", "dot", "long"])
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "eu":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "us":
        return f"{m}/{d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}"


def tm():
    return f"{R.randint(7, 20):02d}:{pick(['00', '15', '30', '45', '05', '50'])}"


def money():
    v = R.randint(5, 9000) + R.randint(0, 99) / 100
    return pick(
        [
            f"€{v:,.2f}",
            f"${v:,.2f}",
            f"{v:.2f} EUR",
            f"£{v:,.0f}",
            f"{int(v)} zł",
            f"¥{int(v) * 100:,}",
            f"{v:.2f} CHF",
            f"R$ {v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
        ]
    )


def ref(prefix=None):
    prefix = prefix or pick(["ORD", "INV", "BK", "PO", "REF", "TKT", "JOB", "CASE", "RMA", "Q"])
    return pick(
        [
            f"{prefix}-{R.randint(2019, 2026)}-{R.randint(1, 99999):05d}",
            f"{prefix}{R.randint(100000, 9999999)}",
            f"#{R.randint(10000, 999999)}",
            f"{prefix}/{R.randint(10, 99)}/{R.randint(1000, 9999)}",
        ]
    )


# ---------------------------------------------------------------- context
class C:
    def __init__(self, reg, lang):
        self.reg, self.lang = reg, lang
        (self.tel, self.mob, self.mail, self.hi, self.bye, self.call, self.order, self.total, _) = (
            LANGS[lang]
        )

    def ph(self, mobile=None, intl=None, reg=None):
        return phone(reg or self.reg, mobile, intl)

    def p(self):
        return person(self.lang)

    def em(self, p=None, biz=None):
        return email(p or self.p(), self.reg, biz)


def ext():
    return pick(
        [
            f" ext. {R.randint(10, 999)}",
            f" x{R.randint(100, 4999)}",
            f" (ext {R.randint(2, 89)})",
            f" Durchwahl {R.randint(10, 99)}",
            f" poste {R.randint(100, 999)}",
            f" int. {R.randint(10, 99)}",
        ]
    )


# ---------------------------------------------------------------- positive templates
def p_family(t, c):
    t(
        pick(
            [
                "# Family contacts",
                "Familie – wichtige Nummern",
                "## Shared notes / family",
                "famille.md",
            ]
        ),
        "\n\n",
    )
    for role in R.sample(
        ["Mum", "Dad", "Grandma", "Uncle", "Aunt", "Oma", "Cousin", "Nanny", "Neighbour"],
        R.randint(3, 5),
    ):
        p = c.p()
        t(f"- {role} ({p[0]}): ").e(c.ph(True), "PHONE")
        if R.random() < 0.5:
            t(f", {c.mail.lower()} ").e(c.em(p, False), "EMAIL")
        if R.random() < 0.3:
            t(f" | {c.tel} ").e(c.ph(False), "PHONE")
        t(
            pick(
                [
                    "",
                    f" (birthday {date('long')})",
                    " – only after 6pm",
                    "",
                    f" · locker code {R.randint(1000, 9999)}",
                ]
            ),
            "\n",
        )
    t(
        f"\nWifi at grandma's: {pick(['Sonnenblume', 'blue-kettle', 'casa2024'])}!{R.randint(10, 99)}\n"
    )


def p_clients_csv(t, c):
    t("client,company,phone,email,rate,since\n")
    for _ in range(R.randint(4, 7)):
        p = c.p()
        t(f"{p[0]},{pick(COMPANY).title()},").e(c.ph(), "PHONE")
        t(",").e(c.em(p, True), "EMAIL")
        t(f",{R.randint(45, 180)}/h,{date('iso')}\n")


def p_tenants(t, c):
    us = c.reg == "US"
    hdr = "| Unit | Tenant | Phone | Email | Rent | Lease end |" + (" SSN |" if us else "")
    t(hdr, "\n", "|" + "---|" * (hdr.count("|") - 1), "\n")
    for u in range(R.randint(3, 6)):
        p = c.p()
        t(f"| {R.randint(1, 4)}{u + 1:02d} | {p[0]} | ").e(c.ph(), "PHONE")
        t(" | ").e(c.em(p), "EMAIL")
        t(f" | {money()} | {date()} |")
        if us:
            t(" ").e(ssn(), "SSN")
            t(" |")
        t("\n")
    if c.reg in IBANS:
        t(f"\nRent to: ").e(iban(c.reg), "IBAN")
        t(
            f" (BIC {pick(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'RABONL2U', 'NWBKGB2L'])})\n"
        )


def p_clinic(t, c):
    clinic = pick(
        [
            "Praxis Dr. Lang",
            "Clínica Sol",
            "Harbour Dental",
            "Cabinet Médical Voltaire",
            "Kids Care Clinic",
        ]
    )
    for _ in range(R.randint(2, 4)):
        p = c.p()
        t(f"[{date('iso')} {tm()}] SMS to ").e(c.ph(True, True), "PHONE")
        t(
            f": {c.hi} {p[0].split()[0]}, reminder: appointment at {clinic} on {date(pick(['eu', 'long']))} {tm()}. "
            f"{c.call} "
        ).e(c.ph(False), "PHONE")
        t(pick([". Reply STOP to opt out.\n", ". Room 2.14\n", ".\n", f". Ref {ref('APT')}\n"]))


def p_roster(t, c):
    t("member_no\tname\tmobile\temail\tjoined\tfee\n")
    for _ in range(R.randint(4, 8)):
        p = c.p()
        t(f"M{R.randint(1000, 99999)}\t{p[0]}\t").e(c.ph(True), "PHONE")
        t("\t")
        if R.random() < 0.85:
            t().e(c.em(p), "EMAIL")
        t(f"\t{date('dot')}\t{R.randint(20, 120)}.00\n")


def p_wedding(t, c):
    t(
        pick(
            [
                "Wedding guest list – final",
                "Hochzeit Gästeliste v3",
                "Liste des invités",
                "Lista invitados boda",
            ]
        ),
        "\n",
    )
    for i in range(R.randint(4, 7)):
        p = c.p()
        t(f"{i + 1}. {p[0]} (+{R.randint(0, 2)}) – table {R.randint(1, 14)} – ").e(
            c.ph(True), "PHONE"
        )
        if R.random() < 0.5:
            t(" – ").e(c.em(p, False), "EMAIL")
        t(pick([" – vegetarian", " – RSVP yes", "", " – needs hotel room", " – gluten free"]), "\n")


def p_crm(t, c):
    for _ in range(R.randint(2, 4)):
        p = c.p()
        t(f"{date('iso')} – call w/ {p[0]} ({pick(COMPANY).title()}). Direct line ").e(
            c.ph(False), "PHONE"
        )
        if R.random() < 0.4:
            t(ext())
        t(f", cell ").e(c.ph(True), "PHONE")
        t(f"; prefers email ").e(c.em(p, True), "EMAIL")
        t(f". Deal {money()}, stage {R.randint(1, 5)}/5, close by Q{R.randint(1, 4)}.\n")


def p_booking(t, c):
    p = c.p()
    t(f"Booking confirmation {R.choice(AZ)}{R.choice(AZ)}{R.randint(1000, 9999)}{R.choice(AZ)}\n")
    t(
        f"Passenger: {p[0]}\nFlight {pick(['LH', 'AF', 'BA', 'TK', 'EK', 'QR', 'SQ', 'NH'])} {R.randint(100, 9999)} "
        f"on {date('long')} dep {tm()} seat {R.randint(1, 45)}{pick('ABCDEF')}\n"
    )
    t(f"{c.mob}: ").e(c.ph(True, True), "PHONE")
    t(f"\n{c.mail}: ").e(c.em(p, False), "EMAIL")
    if R.random() < 0.55:
        nm, cd = card()
        t(f"\nPaid with {nm} ").e(cd, "CARD")
        t(f" exp {R.randint(1, 12):02d}/{R.randint(26, 31)} – {money()}")
    t(f"\nAgent: {pick(COMPANY).title()} Travel, ").e(c.ph(False), "PHONE")
    t("\n")


def p_jobsheet(t, c):
    p = c.p()
    t(f"JOB SHEET {ref('JOB')}\nCustomer: {p[0]}\nTel: ").e(c.ph(), "PHONE")
    t("\nAlt: ").e(c.ph(True), "PHONE")
    t(
        f"\nWork: replace {pick(['boiler valve', 'kitchen tap', 'fuse box', 'roof tiles', 'shower tray'])}, "
        f"{R.randint(1, 8)}h labour, parts {money()}\nArrive {date()} between {tm()}-{tm()}\n"
    )
    if R.random() < 0.5:
        t("Invoice to: ").e(c.em(p), "EMAIL")
        t("\n")


def p_signature(t, c):
    p, q = c.p(), c.p()
    t(
        f"{c.hi} {q[0].split()[0]},\n\n{pick(['Thanks for the quick reply.', 'Attached is the revised quote.', 'See below.', '—'])} "
        f"{c.call} "
    ).e(c.ph(True), "PHONE")
    t(
        ".\n\n",
        c.bye,
        ",\n",
        p[0],
        "\n",
        pick(["Project Manager", "Sales", "Architect", "Buchhaltung", "Director"]),
        " | ",
        pick(COMPANY).title(),
        "\n",
    )
    t(f"{c.tel}: ").e(c.ph(False), "PHONE")
    if R.random() < 0.4:
        t(ext())
    t(f"\n{c.mob}: ").e(c.ph(True), "PHONE")
    t(f"\n{c.mail}: ").e(c.em(p, True), "EMAIL")
    t(f"\nwww.{pick(COMPANY)}.{TLD[c.reg]}\n")


def p_whatsapp(t, c):
    a, b = c.p(), c.p()
    fmt = R.randint(0, 2)
    for i in range(R.randint(4, 7)):
        who = a if i % 2 == 0 else b
        d, h = date("eu"), tm()
        if fmt == 0:
            t(f"[{d}, {h}:{R.randint(10, 59)}] {who[0]}: ")
        elif fmt == 1:
            t(f"{d[:6]}{d[-2:]}, {h} - {who[0]}: ")
        else:
            t(f"{who[0]} ({h}): ")
        r = R.random()
        if r < 0.4:
            t(pick([f"{c.call} ", "new number: ", "call ", "his mobile is "])).e(
                c.ph(True), "PHONE"
            )
        elif r < 0.6:
            t(pick(["mail it to ", "my email ", "send it to "])).e(c.em(who), "EMAIL")
        else:
            t(
                pick(
                    [
                        "ok 👍",
                        "see you at 7",
                        f"it was {money()}",
                        "running late",
                        "<Media omitted>",
                        "😂😂",
                    ]
                )
            )
        t("\n")


def p_telegram(t, c):
    a = c.p()
    t('{"name": "', a[0], '", "type": "personal_chat", "messages": [\n')
    n = R.randint(2, 4)
    for i in range(n):
        t(
            f'  {{"id": {R.randint(10000, 99999)}, "date": "{date("iso")}T{tm()}:00", "from": "{a[0]}", "text": "'
        )
        if i % 2 == 0:
            t(pick(["my number: ", "WhatsApp me at ", f"{c.mob}: "])).e(c.ph(True, True), "PHONE")
        else:
            t(pick(["email: ", "use ", f"{c.mail} "])).e(c.em(a), "EMAIL")
        t('"}', "," if i < n - 1 else "", "\n")
    t("]}\n")


def p_smsxml(t, c):
    t('<?xml version="1.0" encoding="UTF-8"?>\n<smses count="3">\n')
    for _ in range(R.randint(2, 4)):
        t('  <sms protocol="0" address="').e(
            c.ph(True, True).replace(" ", "").replace("-", ""), "PHONE"
        )
        t(f'" date="{R.randint(1600000000000, 1790000000000)}" type="{R.randint(1, 2)}" body="')
        t(pick([f"{c.hi}! ", "Code 4471 is not a password. ", "ok. "]))
        if R.random() < 0.5:
            t(f"{c.call} ").e(c.ph(), "PHONE")
        else:
            t("see you soon")
        t('" read="1" />\n')
    t("</smses>\n")


def p_ocr(t, c):
    us = c.reg == "US"
    p = c.p()
    t(
        pick(
            [
                "PATIENT REGISTRATION F0RM",
                "APPLICATION FORM (scanned)",
                "Anmeldeformular",
                "FORMULAIRE D'INSCRIPTION",
            ]
        ),
        "\n",
    )
    t(f"Narne: {p[0]}    D.O.B: {date('us' if us else 'dot')}\n")
    t(pick(["Phone (home): ", "Tel. privat: ", "Teléfono: ", "Home Ph: "])).e(c.ph(False), "PHONE")
    t(pick(["   Cell: ", "  Mobil: ", " | Mobile: "])).e(c.ph(True), "PHONE")
    t("\n")
    if us:
        t(pick(["SSN: ", "Social Security No.: ", "S.S.N. ", "Soc Sec #: "])).e(ssn(), "SSN")
        t("\n")
        if R.random() < 0.5:
            t("Spouse SSN: ").e(ssn(), "SSN")
            t("\n")
    t("E-rnail / Email: ").e(c.em(p, False), "EMAIL")
    t(f"\nSignature: ___________  Date: {date()}\n")


def p_yaml(t, c):
    t(
        f"service: {pick(['billing', 'backup', 'oncall', 'crm-sync'])}\nversion: {R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}\n"
    )
    t("oncall:\n")
    for _ in range(R.randint(2, 3)):
        p = c.p()
        t(f'  - name: {p[0]}\n    phone: "').e(c.ph(True, True), "PHONE")
        t('"\n    email: ').e(c.em(p, True), "EMAIL")
        t("\n")
    t("allow_from:\n")
    for _ in range(R.randint(1, 3)):
        t("  - ").e(ip(), "IP")
        t("\n")
    t(f"timeout_ms: {R.randint(500, 30000)}\n")


def p_json(t, c):
    p = c.p()
    t('{\n  "admin_email": "').e(c.em(p, True), "EMAIL")
    t('",\n  "alert_sms": ["').e(c.ph(True, True), "PHONE")
    t('", "').e(c.ph(True, True), "PHONE")
    t('"],\n  "bind": "').e(ipv4(True), "IP")
    t(
        f'",\n  "port": {R.randint(1024, 65000)},\n  "retries": {R.randint(1, 9)},\n  "build": "{R.randint(1000, 99999)}"\n}}\n'
    )


def p_toml(t, c):
    p = c.p()
    t(f'[owner]\nname = "{p[0]}"\nemail = "').e(c.em(p), "EMAIL")
    t('"\nphone = "').e(c.ph(), "PHONE")
    t(f'"\n\n[database]\nserver = "').e(ipv4(), "IP")
    t(
        f'"\nports = [ {R.randint(5000, 5999)}, {R.randint(6000, 6999)} ]\nconnection_max = {R.randint(100, 9000)}\n'
    )
    if R.random() < 0.5:
        t('\n[billing]\niban = "').e(iban(c.reg if c.reg in IBANS else None, False), "IBAN")
        t('"\n')


def p_logs(t, c):
    for _ in range(R.randint(3, 6)):
        p = c.p()
        ts = f"{date('iso')}T{tm()}:{R.randint(10, 59)}.{R.randint(100, 999)}Z"
        r = R.random()
        if r < 0.4:
            t(f"{ts} INFO auth: login ok user=").e(c.em(p), "EMAIL")
            t(" src=").e(ip(), "IP")
        elif r < 0.65:
            t(f"{ts} WARN sms: delivery failed to ").e(c.ph(True, True), "PHONE")
            t(f" code={R.randint(30001, 30010)}")
        else:
            t(f"{ts} ERROR rate-limit client=").e(ip(), "IP")
            t(f" req_id={R.randint(10**9, 10**10)} latency={R.randint(5, 900)}ms")
        t("\n")


def p_sql(t, c):
    us = c.reg == "US"
    cols = "id, full_name, email, phone" + (", ssn" if us else "") + ", created_at"
    t(f"INSERT INTO customers ({cols}) VALUES\n")
    n = R.randint(3, 5)
    for i in range(n):
        p = c.p()
        t(f"  ({R.randint(100, 99999)}, '{p[0].replace(chr(39), chr(39) * 2)}', '").e(
            c.em(p), "EMAIL"
        )
        t("', '").e(c.ph(), "PHONE")
        if us:
            t("', '").e(ssn(), "SSN")
        t(f"', '{date('iso')} {tm()}:00')", "," if i < n - 1 else ";", "\n")


def p_vcard(t, c):
    p = c.p()
    t(f"BEGIN:VCARD\nVERSION:3.0\nFN:{p[0]}\nTEL;TYPE=CELL:").e(c.ph(True, True), "PHONE")
    t("\nTEL;TYPE=WORK,VOICE:").e(c.ph(False), "PHONE")
    t("\nEMAIL;TYPE=INTERNET:").e(c.em(p), "EMAIL")
    t(f"\nREV:{date('iso')}T{tm().replace(':', '')}00Z\nEND:VCARD\n")


def p_hr(t, c):
    c = C("US", pick(["en", "en", "es"])) if R.random() < 0.7 else c
    p = c.p()
    t(
        f"New hire checklist – {p[0]}\nStart date: {date()}\nEmployee ID: E{R.randint(10000, 99999)}\n"
    )
    if c.reg == "US":
        t("SSN: ").e(ssn(), "SSN")
        t(f"\nW-4 filing status: {pick(['single', 'married filing jointly'])}\n")
    t("Personal email: ").e(c.em(p, False), "EMAIL")
    t("\nMobile: ").e(c.ph(True), "PHONE")
    t("\nEmergency contact: ").e(c.ph(), "PHONE")
    if c.reg in IBANS:
        t("\nSalary account: ").e(iban(c.reg), "IBAN")
    t(f"\nLaptop asset tag: LT-{R.randint(1000, 9999)}\n")
    return c


def p_payment(t, c):
    p = c.p()
    nm, cd = card()
    t(f"{c.hi}, please charge the deposit to my {nm}: ").e(cd, "CARD")
    t(f", exp {R.randint(1, 12):02d}/{R.randint(26, 31)}, name {p[0]}. Amount {money()}. ")
    if R.random() < 0.5:
        nm2, cd2 = card()
        t(f"If declined use the {nm2} ").e(cd2, "CARD")
        t(". ")
    t(f"{c.call} ").e(c.ph(True), "PHONE")
    t("\n")


def p_invoice_bank(t, c):
    cc = c.reg if c.reg in IBANS else pick(list(IBANS))
    t(
        f"INVOICE {ref('INV')}   {date()}\n{pick(COMPANY).title()} – VAT {cc}{R.randint(100000000, 999999999)}\n"
    )
    for _ in range(R.randint(2, 4)):
        t(
            f"  {pick(['Design', 'Consulting', 'Hosting', 'Repairs', 'Translation'])} {R.randint(1, 20)} x {money()}\n"
        )
    t(f"{c.total}: {money()}\nPlease transfer to IBAN ").e(iban(cc), "IBAN")
    t(f"\nDue within {pick([14, 30, 45])} days. Questions: ").e(role_email(c.reg), "EMAIL")
    t(" / ").e(c.ph(False), "PHONE")
    t("\n")


def p_nginx(t, c):
    for _ in range(R.randint(3, 6)):
        t().e(ip(), "IP")
        t(
            f" - - [{R.randint(1, 28):02d}/{pick(['Mar', 'Jul', 'Nov'])}/{R.randint(2023, 2026)}:{tm()}:{R.randint(10, 59)} +0000] "
            f'"{pick(["GET", "POST"])} /{pick(["api/v2/orders", "login", "static/app.3f9a.js", "health"])} HTTP/1.1" '
            f'{pick([200, 200, 301, 404, 500])} {R.randint(120, 99999)} "-" "Mozilla/5.0"\n'
        )


def p_firewall(t, c):
    t(pick(["# ufw rules", "# iptables-save excerpt", "# allowlist for office + home"]), "\n")
    for _ in range(R.randint(3, 5)):
        a = ip()
        if ":" in a:
            t("ip6tables -A INPUT -s ").e(a, "IP")
            t(f" -p tcp --dport {pick([22, 443, 5432])} -j ACCEPT\n")
        else:
            t("ufw allow from ").e(a, "IP")
            t(f" to any port {pick([22, 80, 3306, 8443])}\n")


def p_headers(t, c):
    a, b = c.p(), c.p()
    t("From: ", a[0], " <").e(c.em(a), "EMAIL")
    t(">\nTo: ").e(c.em(b), "EMAIL")
    if R.random() < 0.5:
        t("\nCc: ").e(c.em(), "EMAIL")
    t(
        f"\nDate: {date('long')} {tm()}:00 +0100\nReceived: from mail.{pick(COMPANY)}.{TLD[c.reg]} (["
    ).e(ip(), "IP")
    t(
        f"])\nMessage-ID: <{R.randint(10**11, 10**12)}.{R.randint(1000, 9999)}@mx.{pick(COMPANY)}.net>\n\n{c.hi},\n"
    )
    t(f"{c.call} ").e(c.ph(), "PHONE")
    t(f"\n{c.bye}\n{a[0]}\n")


def p_tax(t, c):
    c = C("US", "en")
    p, q = c.p(), c.p()
    t(f"Form W-9 / 1099 prep {R.randint(2022, 2026)}\nPayee: {p[0]}\nTIN (SSN): ").e(
        ssn("-"), "SSN"
    )
    t(f"\nAmount paid: {money()}\nDependents: {q[0]} ").e(ssn(), "SSN")
    if R.random() < 0.5:
        t(", ", c.p()[0], " ").e(ssn(), "SSN")
    t("\nContact: ").e(c.ph(), "PHONE")
    t("\n")
    return c


def p_voicemail(t, c):
    p = c.p()
    t(f"Voicemail ({R.randint(0, 2)}:{R.randint(10, 59)}) from ").e(c.ph(intl=True), "PHONE")
    t(f': "{c.hi}, {p[0].split()[0]} here... {c.call} ').e(c.ph(), "PHONE")
    t(pick([" — or my office ", " or try "])).e(c.ph(False), "PHONE")
    t(f'. Thanks, bye." (transcribed, confidence {R.randint(60, 99)}%)\n')


def p_classified(t, c):
    t(
        f"{pick(['FOR SALE', 'ZU VERKAUFEN', 'À VENDRE', 'SE VENDE', 'TE KOOP'])}: {pick(['road bike 56cm', 'IKEA sofa', 'Golf VII 2016, 142.000 km', 'baby stroller', 'piano'])} "
        f"– {money()} VB. {c.call} "
    ).e(c.ph(True), "PHONE")
    t(pick([" (no calls after 9pm)", " or WhatsApp", "", " / SMS"]))
    if R.random() < 0.5:
        t(". ").e(c.em(), "EMAIL")
    t("\n")


def p_dotenv(t, c):
    t(
        f"APP_ENV=production\nAPP_VERSION={R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}\nDB_HOST="
    ).e(ipv4(True), "IP")
    t(f"\nDB_PORT={pick([5432, 3306])}\nADMIN_EMAIL=").e(
        role_email(c.reg) if R.random() < 0.4 else c.em(), "EMAIL"
    )
    t("\nTWILIO_FROM=").e(c.ph(True, True).replace(" ", ""), "PHONE")
    t("\nOWNER_PHONE=").e(c.ph(True, True).replace(" ", ""), "PHONE")
    t(f"\nCACHE_TTL={R.randint(60, 86400)}\n")


def p_google_csv(t, c):
    t(
        "Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Value\n"
    )
    for _ in range(R.randint(3, 6)):
        p = c.p()
        bits = p[0].split()
        t(f"{p[0]},{bits[0]},{bits[-1]},").e(c.em(p), "EMAIL")
        t(f",{pick(['Mobile', 'Home', 'Work'])},").e(c.ph(intl=True), "PHONE")
        t(",")
        if R.random() < 0.5:
            t().e(c.ph(), "PHONE")
        t("\n")


def p_ticket(t, c):
    p = c.p()
    t(f"Ticket {ref('TKT')} | priority P{R.randint(1, 4)}\nReporter: {p[0]} <").e(c.em(p), "EMAIL")
    t(">\nCallback: ").e(c.ph(), "PHONE")
    t("\nClient IP: ").e(ip(), "IP")
    t(
        f"\nApp version {R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 400)} build {R.randint(1000, 99999)}\n"
        f"Issue: {pick(['cannot log in', 'double charge', 'sync stuck at 87%', 'export empty'])}\n"
    )


def p_school(t, c):
    t(
        pick(["Class 3B parents", "Klasse 4a Elternliste", "Classe de CE2", "Grupo 2ºA padres"]),
        "\n",
    )
    for _ in range(R.randint(4, 7)):
        kid, par = c.p(), c.p()
        t(f"* {kid[0].split()[0]} – {par[0]}: ").e(c.ph(True), "PHONE")
        if R.random() < 0.45:
            t(" / ").e(c.em(par, False), "EMAIL")
        t("\n")
    t(f"Field trip {date()} – bring {money()} and packed lunch.\n")


def p_gitlog(t, c):
    for _ in range(R.randint(2, 4)):
        p = c.p()
        t(f"commit {''.join(pick('0123456789abcdef') for _ in range(40))}\nAuthor: {p[0]} <").e(
            c.em(p), "EMAIL"
        )
        t(
            f">\nDate:   {date('long')} {tm()}\n\n    {pick(['fix rounding in invoice totals', 'bump deps to 3.2.1', 'add retry', 'refactor parser'])}\n\n"
        )


def p_pipeline_md(t, c):
    t("| Lead | Company | Contact | Value | Next step |\n|---|---|---|---|---|\n")
    for _ in range(R.randint(3, 5)):
        p = c.p()
        t(f"| {p[0]} | {pick(COMPANY).title()} | ")
        if R.random() < 0.5:
            t().e(c.ph(), "PHONE")
        else:
            t().e(c.em(p, True), "EMAIL")
        t(
            f" | {money()} | {pick(['demo', 'send quote', 'follow up', 'contract'])} {date('iso')} |\n"
        )


def p_emergency(t, c):
    p = c.p()
    t(
        f"{pick(['Babysitter notes', 'Notes for the dog sitter', 'Emergency info', 'Für die Nachbarin'])}\n"
        f"- Us: "
    ).e(c.ph(True), "PHONE")
    t(" / ").e(c.ph(True), "PHONE")
    t(f"\n- {p[0]} (neighbour, has key): ").e(c.ph(), "PHONE")
    t(f"\n- Vet: ").e(c.ph(False), "PHONE")
    t(
        f"\n- Bedtime {tm()}, allergies: {pick(['peanuts', 'none', 'penicillin'])}; alarm code {R.randint(1000, 9999)}\n"
    )


def p_multi_intl(t, c):
    t(
        pick(
            [
                "Conference speakers – contacts",
                "International partners",
                "Alumni network list",
                "Supplier contacts",
            ]
        ),
        "\n",
    )
    for _ in range(R.randint(4, 7)):
        reg = pick(list(REG))
        lang = pick(RLANG[reg].split(","))
        cc = C(reg, lang)
        p = cc.p()
        t(f"{reg} · {p[0]}: ").e(cc.ph(intl=True), "PHONE")
        if R.random() < 0.6:
            t(", ").e(cc.em(p), "EMAIL")
        t("\n")
    return "multi"


def p_localized(t, c):
    p = c.p()
    t(f"{c.hi}!\n{c.call} ").e(c.ph(True), "PHONE")
    t(f" {pick(['', '🙂', '...', '!'])}\n{c.tel}: ").e(c.ph(False), "PHONE")
    t(f"\n{c.mail}: ").e(c.em(p), "EMAIL")
    t(f"\n{c.order} {R.randint(100000, 999999)} · {c.total} {money()}\n{c.bye}, {p[0]}\n")


def p_ssn_list(t, c):
    c = C("US", pick(["en", "es"]))
    t(
        pick(
            ["Household – insurance enrolment", "Benefits roster", "Dependents for open enrollment"]
        ),
        "\n",
    )
    for _ in range(R.randint(3, 5)):
        p = c.p()
        t(f"{p[0]}\tDOB {date('us')}\tSSN ").e(ssn(), "SSN")
        t(f"\tplan {pick(['PPO', 'HMO', 'HDHP'])}-{R.randint(100, 999)}\n")
    return c


def p_cards(t, c):
    t(pick(["Cards on file (family)", "Expense cards", "Backup payment methods"]), "\n")
    for _ in range(R.randint(2, 4)):
        nm, cd = card()
        t(f"- {nm}: ").e(cd, "CARD")
        t(f"  exp {R.randint(1, 12):02d}/{R.randint(26, 32)}  limit {money()}\n")


def p_ibans(t, c):
    t(pick(["Payees", "Bankverbindungen", "Coordonnées bancaires", "Rekeningnummers"]), "\n")
    for _ in range(R.randint(2, 4)):
        p = c.p()
        t(f"{p[0]}: ").e(iban(), "IBAN")
        t(f" – {pick(['rent', 'school fees', 'Miete', 'loyer', 'huur'])} {money()}\n")


def p_iplist(t, c):
    t(pick(["Home lab inventory", "Devices on VLAN 20", "VPN peers"]), "\n")
    for _ in range(R.randint(3, 6)):
        t(f"{pick(['nas', 'printer', 'pi-hole', 'router', 'laptop-anna', 'cam-garage'])}\t").e(
            ip(), "IP"
        )
        t(f"\tfw {R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 999)}\n")


# ---------------------------------------------------------------- hard-negative helpers
def bad_card():
    _, d = card_digits()
    last = int(d[-1])
    d = d[:-1] + str((last + R.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return fmt_card(d)


def bad_iban():
    s = iban(spaced=False)
    while True:
        k = R.randint(2, 96)
        b = s[:2] + f"{k:02d}" + s[4:]
        if mod97(b) != 1:
            break
    return " ".join(b[i : i + 4] for i in range(0, len(b), 4)) if R.random() < 0.5 else b


def ean13(prefix="400"):
    d = prefix + "".join(str(R.randint(0, 9)) for _ in range(12 - len(prefix)))
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d))
    return d + str((10 - s % 10) % 10)


def isbn13():
    d = ean13(pick(["9783", "9780", "9782", "9788"]))
    return pick(
        [
            f"{d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}",
            d,
            f"{d[:3]}-{d[3:5]}-{d[5:9]}-{d[9:12]}-{d[12]}",
        ]
    )


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def version():
    return pick(
        [
            f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}",
            f"{R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(300, 9999)}.{R.randint(1, 999)}",
            f"10.0.{R.randint(17000, 22631)}.{R.randint(1, 4000)}",
            f"{R.randint(1, 5)}.{R.randint(0, 12)}.{R.randint(0, 9)}-rc{R.randint(1, 4)}",
        ]
    )


def national_id():
    k = R.randint(0, 6)
    if k == 0:
        return (
            "UK NINO",
            f"QQ {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {pick('ABCD')}",
        )
    if k == 1:
        return "DNI", f"{R.randint(10000000, 99999999)}{pick('TRWAGMYFPDXBNJZSQVHLCKE')}"
    if k == 2:
        return (
            "Personnummer",
            f"{R.randint(50, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.randint(1000, 9999)}",
        )
    if k == 3:
        return "Aadhaar (masked)", f"XXXX XXXX {R.randint(1000, 9999)}"
    if k == 4:
        return (
            "Steuer-ID",
            f"{R.randint(1, 9)}{R.randint(0, 99):02d} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(10, 99)}",
        )
    if k == 5:
        return "Codice fiscale", "".join(
            pick(AZ) for _ in range(6)
        ) + f"{R.randint(50, 99)}{pick('ABCDEHLMPRST')}{R.randint(10, 70)}" + pick(
            AZ
        ) + f"{R.randint(100, 999)}" + pick(AZ)
    return (
        "NIR",
        f"{R.randint(1, 2)} {R.randint(50, 99)} {R.randint(1, 12):02d} {R.randint(10, 95)} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(10, 97)}",
    )


def bad_ssn():
    return pick(
        [
            f"000-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
            f"666-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
            f"9{R.randint(0, 99):02d}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
            f"{R.randint(100, 899)}-00-{R.randint(1000, 9999)}",
            f"{R.randint(100, 665)}-{R.randint(10, 99)}-0000",
        ]
    )


# ---------------------------------------------------------------- hard-negative templates
def n_order(t, c):
    t(
        f"{c.hi}! {c.order} {pick([ref('ORD'), str(R.randint(10**9, 10**10 - 1))])} – {date('long')}\n"
    )
    for _ in range(R.randint(2, 4)):
        t(
            f"  {R.randint(1, 5)} x {pick(['USB-C cable 2 m', 'Espresso beans 1 kg', 'Running shoes EU 42', 'Phone case'])} "
            f"SKU {R.randint(100000, 999999)}-{pick(AZ)}{pick(AZ)}  {money()}\n"
        )
    t(f"{c.total}: {money()}\nTracking: 1Z{''.join(pick(AZ + '0123456789') for _ in range(16))}\n")


def n_meeting(t, c):
    mid = f"{R.randint(800, 999)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}"
    t(
        f"Join Zoom Meeting\nMeeting ID: {mid}\nPasscode: {R.randint(100000, 999999)}\n"
        f"Time: {date('long')} {tm()} – {tm()} (GMT{pick(['+1', '+2', '-5', '+9', '+5:30'])})\n"
        f"Teams conference ID: {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}#\n"
    )


def n_release(t, c):
    t(f"## {version()} ({date('iso')})\n")
    for _ in range(R.randint(3, 5)):
        t(
            f"- {pick(['Fix', 'Bump', 'Add', 'Remove'])} {pick(['parser', 'openssl 3.0.13', 'node 20.11.1', 'cache'])} "
            f"({hexs(7)}) #{R.randint(100, 9999)}\n"
        )
    t(
        f"Build {R.randint(10**6, 10**8)} · sha256 {hexs(64)}\nWindows {version()} · kernel 6.{R.randint(1, 9)}.{R.randint(0, 99)}-{R.randint(1, 200)}-generic\n"
    )


def n_books(t, c):
    t("Reading list\n")
    for _ in range(R.randint(3, 5)):
        t(f"- ISBN {isbn13()} – {R.randint(120, 900)} pp. – {money()}\n")


def n_inventory(t, c):
    t("ean,sku,description,qty,price\n")
    for _ in range(R.randint(3, 6)):
        t(
            f"{ean13(pick(['400', '590', '871', '376', '789']))},{pick(AZ)}{pick(AZ)}-{R.randint(1000, 99999)},"
            f"{pick(['Widget', 'Bracket M6', 'LED strip 5m', 'Filter 300x250'])},{R.randint(0, 900)},{R.randint(1, 999)}.{R.randint(0, 99):02d}\n"
        )


def n_badcards(t, c):
    t(
        pick(
            [
                "QA: these numbers must be REJECTED by the checkout (checksum fails)",
                "Declined – invalid card number format",
                "Test vectors (invalid Luhn)",
            ]
        ),
        "\n",
    )
    for _ in range(R.randint(2, 4)):
        t(f"  {bad_card()}  -> expect error E{R.randint(100, 999)}\n")


def n_badiban(t, c):
    t(
        pick(
            [
                "Validation failed: the IBAN check digits are wrong",
                "Rejected transfers (invalid IBAN checksum)",
                "IBAN-Prüfung fehlgeschlagen",
            ]
        ),
        "\n",
    )
    for _ in range(R.randint(1, 3)):
        t(f"  {bad_iban()} – status REJECTED {date('iso')}\n")


def n_itinerary(t, c):
    t(f"Itinerary – booking ref {''.join(pick(AZ) for _ in range(6))}\n")
    for _ in range(R.randint(2, 4)):
        t(
            f"{date('long')}  {pick(['LH', 'KL', 'IB', 'JL', 'QF'])}{R.randint(10, 9999)}  {pick(['FRA', 'AMS', 'MAD', 'HND', 'SYD', 'JFK'])}"
            f"→{pick(['LHR', 'CDG', 'BCN', 'ICN', 'SIN', 'GRU'])}  {tm()}–{tm()}  seat {R.randint(1, 60)}{pick('ABCDEFHK')}  "
            f"e-ticket {R.randint(100, 999)}-{R.randint(10**9, 10**10 - 1)}\n"
        )


def n_gps(t, c):
    t("timestamp,lat,lon,alt_m,speed_kmh\n")
    for _ in range(R.randint(3, 6)):
        t(
            f"{R.randint(1700000000, 1790000000)},{R.uniform(-60, 70):.6f},{R.uniform(-170, 170):.6f},{R.randint(0, 3000)},{R.uniform(0, 130):.1f}\n"
        )


def n_metrics(t, c):
    for _ in range(R.randint(3, 6)):
        t(
            f"{date('iso')}T{tm()}:{R.randint(10, 59)}Z level=info svc={pick(['api', 'worker', 'gateway'])} port={R.randint(1024, 65535)} "
            f"req={uuid()} dur={R.randint(1, 2000)}ms bytes={R.randint(100, 10**7)} ver={version()}\n"
        )


def n_sql_products(t, c):
    t("INSERT INTO products (id, sku, name, price_cents, stock, updated) VALUES\n")
    n = R.randint(3, 5)
    for i in range(n):
        t(
            f"  ({R.randint(1, 99999)}, '{ean13()}', '{pick(['Mug', 'Lamp', 'Desk', 'Chair'])}', {R.randint(100, 999999)}, {R.randint(0, 500)}, "
            f"'{date('iso')} {tm()}:00')",
            "," if i < n - 1 else ";",
            "\n",
        )


def n_lottery(t, c):
    nums = sorted(R.sample(range(1, 50), 6))
    t(
        f"Draw {date()}: {' '.join(f'{x:02d}' for x in nums)} bonus {R.randint(1, 10)}\n"
        f"Match results: {pick(['Bayern', 'Ajax', 'Benfica', 'Celtic'])} {R.randint(0, 5)}-{R.randint(0, 5)} "
        f"(HT {R.randint(0, 2)}:{R.randint(0, 2)}), attendance {R.randint(10, 80)} {R.randint(100, 999)}\n"
        f"NBA final {R.randint(90, 130)}–{R.randint(90, 130)}; marathon {R.randint(2, 4)}:{R.randint(10, 59)}:{R.randint(10, 59)}\n"
    )


def n_recipe(t, c):
    t(f"{pick(['Sourdough', 'Pho', 'Paella', 'Banana bread'])} – serves {R.randint(2, 8)}\n")
    for _ in range(R.randint(3, 5)):
        t(f"- {R.randint(1, 900)} {pick(['g flour', 'ml water', 'tsp salt', 'g butter'])}\n")
    t(
        f"Bake {R.randint(160, 250)}°C for {R.randint(20, 60)}-{R.randint(61, 90)} min; tin {R.randint(18, 30)} x {R.randint(8, 30)} x {R.randint(5, 12)} cm\n"
    )


def n_postcodes(t, c):
    t("Shipping zones\n")
    for _ in range(R.randint(3, 5)):
        t(
            f"Zone {R.randint(1, 9)}: {R.randint(10000, 49999)}–{R.randint(50000, 99999)}, "
            f"{pick(['SW1A 1AA', 'EC1V 9HX', 'M1 1AE'])}, {R.randint(100, 999)}-{R.randint(1000, 9999)} (JP), {money()}\n"
        )


def n_natids(t, c):
    t(
        pick(
            [
                "Format reference for non-US document fields (dummy values)",
                "Accepted ID formats",
                "Document number examples",
            ]
        ),
        "\n",
    )
    for _ in range(R.randint(2, 4)):
        k, v = national_id()
        t(f"  {k}: {v}\n")


def n_blank(t, c):
    t(
        f"{c.tel}: ____________________   {c.mob}: (____) ____-______\n{c.mail}: ______________@__________\n"
        f"SSN: ___-__-____   IBAN: {pick(['DE', 'FR', 'NL'])}__ ____ ____ ____ ____ __\nCard no.: XXXX XXXX XXXX XXXX  exp MM/YY\n"
        f"Tel. +{pick(['49', '33', '44'])} (0) XXX XXXXXXX\n"
    )


def n_invoice(t, c):
    t(
        f"Invoice {ref('INV')} | PO {R.randint(4500000000, 4599999999)} | {date()}\n"
        f"Net {money()}  VAT {pick([7, 19, 20, 21, 23])}% {money()}  Gross {money()}\nDue {date()} · Customer no. {R.randint(10**6, 10**8)}\n"
    )


def n_policy(t, c):
    t(
        f"Policy {R.randint(10, 99)}-{R.randint(1000000, 9999999)}-{R.randint(10, 99)} · claim {pick(AZ)}{R.randint(10**8, 10**9)}\n"
        f"Cover {date()} to {date()} · excess {money()} · premium {money()}/month\n"
    )


def n_tracking(t, c):
    for _ in range(R.randint(3, 5)):
        t(
            f"{date('dot')} {tm()}  {pick(['Sorting centre', 'Out for delivery', 'Customs cleared', 'Delivered'])}  "
            f"{pick(['JJD', 'LX', 'RR'])}{R.randint(10**9, 10**11)}{pick(['DE', 'CN', 'NL', ''])}\n"
        )


def n_config(t, c):
    t(
        f"server:\n  port: {R.randint(1024, 65535)}\n  workers: {R.randint(1, 64)}\n  image: registry/app:{version()}\n"
        f'  digest: sha256:{hexs(64)}\n  id: {uuid()}\n  timeout: {R.randint(1, 120)}s\n  cron: "{R.randint(0, 59)} {R.randint(0, 23)} * * 1-5"\n'
    )


def n_stocks(t, c):
    for _ in range(R.randint(3, 5)):
        t(
            f"{pick(['AAPL', 'SAP', 'ASML', '7203.T', 'VOW3.DE', 'NESN.SW'])}  {R.uniform(10, 900):.2f}  {R.uniform(-5, 5):+.2f}%  vol {R.randint(10**5, 10**8):,}\n"
        )


def n_calendar(t, c):
    for _ in range(R.randint(3, 5)):
        t(
            f"{date(pick(['dot', 'iso', 'us']))} {tm()}-{tm()}  {pick(['Standup', 'Dentist', 'Piano', 'Yoga'])}  room {R.randint(100, 1999)}\n"
        )


def n_chat_numbers(t, c):
    a, b = c.p(), c.p()
    t(
        f"{a[0]}: how much was it?\n{b[0]}: {money()} total, split {R.randint(2, 6)} ways\n{a[0]}: train at {tm()} from platform {R.randint(1, 20)}\n"
        f"{b[0]}: booking code {''.join(pick(AZ) for _ in range(6))}, coach {R.randint(1, 14)} seats {R.randint(11, 60)}-{R.randint(61, 99)}\n"
    )


def n_science(t, c):
    t("sample\tpH\ttemp_C\tconc_mg/L\tCAS\n")
    for i in range(R.randint(3, 5)):
        t(
            f"S{i + 1:03d}\t{R.uniform(4, 9):.2f}\t{R.uniform(4, 40):.1f}\t{R.uniform(0, 1000):.3f}\t{R.randint(50, 99999)}-{R.randint(10, 99)}-{R.randint(0, 9)}\n"
        )


def n_hardware(t, c):
    mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    t(
        f"Model {pick(['RT-AX88U', 'DS920+', 'XPS 13 9310'])}\nS/N: {''.join(pick(AZ + '0123456789') for _ in range(12))}\nMAC: {mac}\n"
        f"Firmware {version()}  HW rev {R.randint(1, 9)}.{R.randint(0, 9)}\nOID 1.3.6.1.4.1.{R.randint(2000, 60000)}.{R.randint(1, 9)}.{R.randint(1, 99)}\n"
    )


def n_kpi(t, c):
    t("| Month | Visitors | Conversion | Revenue |\n|---|---|---|---|\n")
    for m in R.sample(["Jan", "Feb", "Mar", "Apr", "May", "Jun"], 4):
        t(
            f"| {m} | {R.randint(1, 9)} {R.randint(100, 999)} {R.randint(100, 999)} | {R.uniform(0, 9):.2f}% | {money()} |\n"
        )


def n_code(t, c):
    t(
        f"@dataclass\nclass Order:\n    id: int = {R.randint(10**6, 10**9)}\n\n# assets: logo@2x.png, icon@3x.png\n"
        f"# deps: @babel/core@7.{R.randint(10, 26)}.{R.randint(0, 9)}, react@18.{R.randint(0, 3)}.{R.randint(0, 9)}\n"
        f"std::vector<int> v{{{R.randint(1, 99)}, {R.randint(1, 99)}}};  // {hexs(12)}\n"
    )


def n_badssn(t, c):
    t("SSN validator unit cases – all must be rejected (never issued):\n")
    for _ in range(R.randint(3, 5)):
        t(f'  assert not valid("{bad_ssn()}")\n')


def n_ipish(t, c):
    t(
        f"Versions: {version()}, {R.randint(256, 999)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(0, 255)} (out of range), "
        f"semver {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}\nTime {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{R.randint(100, 999)}; "
        f"ratio 16:9; score {R.randint(0, 9)}:{R.randint(0, 9)}; Psalm {R.randint(1, 150)}:{R.randint(1, 20)}\n"
    )


def n_bank_summary(t, c):
    for _ in range(R.randint(3, 5)):
        t(
            f"{date('dot')}  {pick(['Card payment', 'Direct debit', 'Salary', 'ATM'])}  ref {R.randint(10**10, 10**12)}  {money()}  "
            f"balance {money()}  ****{R.randint(1000, 9999)}\n"
        )


def n_meter(t, c):
    t(
        f"Meter no. {R.randint(10**7, 10**9)}  reading {R.randint(1000, 99999)}.{R.randint(0, 9)} kWh on {date()}\n"
        f"Gas {R.randint(100, 9999)},{R.randint(100, 999)} m³ · water {R.randint(10, 999)} m³ · tariff {R.uniform(0.1, 0.5):.4f} €/kWh\n"
    )


def n_localized(t, c):
    t(
        f"{c.hi}! {c.order}: {R.randint(10**7, 10**10)} · {c.total}: {money()} · {date()} {tm()}\n"
        f"{pick(['Case', 'Ticket', 'Ref'])} {ref()} · {R.randint(1, 12)}/{R.randint(13, 40)} · {R.randint(1, 99)}%\n{c.bye}\n"
    )


def n_ranges(t, c):
    t(
        f"Sizes {R.randint(36, 40)}-{R.randint(41, 47)}; weight {R.uniform(1, 3):.1f}-{R.uniform(3, 9):.1f} kg; "
        f"{R.randint(1900, 1999)}-{R.randint(2000, 2026)}; pages {R.randint(10, 99)}-{R.randint(100, 400)}; "
        f"ISO 9001:2015; DIN 5008; resolution {pick(['1920x1080', '3840 x 2160'])}; {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)} steps\n"
    )


# ---------------------------------------------------------------- checks
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
SSN_RE = re.compile(r"^(\d{3})([- ]?)(\d{2})\2(\d{4})$")


def check_span(s, ent):
    assert s and s == s.strip() and "\n" not in s, (s, ent)
    if ent == "EMAIL":
        assert EMAIL_RE.match(s), s
    elif ent == "PHONE":
        assert set(s) <= set("0123456789 +-./()"), s
        assert s[0] in "+(0123456789" and s[-1].isdigit(), s
        assert "+" not in s[2:] and "  " not in s, s
        assert 7 <= sum(ch.isdigit() for ch in s) <= 17, s
    elif ent == "SSN":
        m = SSN_RE.match(s)
        assert m, s
        a, g, n = int(m.group(1)), int(m.group(3)), int(m.group(4))
        assert 0 < a < 900 and a != 666 and g > 0 and n > 0, s
    elif ent == "CARD":
        d = re.sub(r"[ -]", "", s)
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), s
        assert re.match(r"^(4|5[1-5]|2[2-7]|3[47]|36|6011|64[4-9]|65|35|62|220)", d), s
    elif ent == "IBAN":
        d = s.replace(" ", "")
        assert (
            re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", d) and IBANS[d[:2]][0] == len(d) and mod97(d) == 1
        ), s
    elif ent == "IP":
        ipaddress.ip_address(s)
    else:
        raise AssertionError(ent)


def check_negative(text):
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text):
        assert re.search(r"@\dx\.png$", m.group()), m.group()
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b", text):
        d = m.group().replace(" ", "")
        assert not (d[:2] in IBANS and len(d) == IBANS[d[:2]][0] and mod97(d) == 1), d
    for m in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){13,18}(?![\d-])", text):
        d = re.sub(r"[ -]", "", m.group())
        assert not (luhn_ok(d) and re.match(r"^(4|5[1-5]|3[47]|6011|65)", d)), m.group()
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", text):
        assert any(int(x) > 255 for x in m.groups()), m.group()
    for m in re.finditer(r"\b(\d{3})-(\d{2})-(\d{4})\b", text):
        a, g, n = map(int, m.groups())
        assert not (0 < a < 900 and a != 666 and g and n), m.group()


POS = [v for k, v in list(globals().items()) if k.startswith("p_")]
NEG = [v for k, v in list(globals().items()) if k.startswith("n_")]
BOOST = {
    "SSN": [p_ssn_list, p_tax, p_hr, p_ocr],
    "CARD": [p_cards, p_payment, p_booking],
    "IBAN": [p_ibans, p_invoice_bank],
    "IP": [p_iplist, p_nginx, p_firewall],
    "EMAIL": [p_gitlog, p_clients_csv, p_headers],
    "PHONE": [p_family, p_school, p_roster],
}
MIN = {"PHONE": 700, "SSN": 100, "CARD": 60, "IBAN": 50, "IP": 120, "EMAIL": 300}


def make(fn, reg, lang, kind):
    t = T()
    c = C(reg, lang)
    res = fn(t, c)
    if isinstance(res, C):
        c = res
    text = t.text()
    spans = sorted(t.spans)
    for s, e, ent in spans:
        check_span(text[s:e], ent)
        before, after = text[s - 1 : s], text[e : e + 1]
        assert not (before.isascii() and before.isalnum()), (text[s - 5 : e + 5], ent)
        assert not (after.isascii() and after.isalnum()), (text[s - 5 : e + 5], ent)
        if ent == "EMAIL":
            assert before not in "._%+-" or not before, text[s - 5 : e]
    for (s1, e1, _), (s2, _, _) in zip(spans, spans[1:]):
        assert e1 <= s2, "overlap"
    if kind == "positive":
        assert spans
    else:
        assert not spans
        check_negative(text)
    reg_note = "multi" if res == "multi" else c.reg
    rec = {
        "text": text,
        "spans": [{"start": s, "end": e, "entity": ent} for s, e, ent in spans],
        "kind": kind,
        "note": f"{fn.__name__[2:]}; {c.lang}; {reg_note}",
    }
    return rec, c.reg, c.lang


def main():
    regions = list(REG)
    R.shuffle(regions)
    lang_i = {}
    recs, regs, langs = [], set(), set()
    counts = {k: 0 for k in MIN}

    def region_lang(i):
        reg = regions[i % len(regions)]
        ls = RLANG[reg].split(",")
        k = lang_i.get(reg, R.randint(0, len(ls) - 1))
        lang_i[reg] = k + 1
        return reg, ls[k % len(ls)]

    def add(fn, i, kind):
        reg, lang = region_lang(i)
        rec, r2, l2 = make(fn, reg, lang, kind)
        recs.append(rec)
        regs.add(r2)
        langs.add(l2)
        for sp in rec["spans"]:
            counts[sp["entity"]] += 1

    i = 0
    order = []
    while len(order) < 320:
        batch = POS[:]
        R.shuffle(batch)
        order += batch
    for fn in order[:320]:
        add(fn, i, "positive")
        i += 1
    while any(counts[k] < MIN[k] for k in MIN):
        need = [k for k in MIN if counts[k] < MIN[k]]
        add(pick(BOOST[pick(need)]), i, "positive")
        i += 1
    npos = len(recs)
    nneg = round(npos * 0.4 / 0.6)
    order = []
    while len(order) < nneg:
        batch = NEG[:]
        R.shuffle(batch)
        order += batch
    for fn in order[:nneg]:
        add(fn, i, "hard_negative")
        i += 1
    R.shuffle(recs)
    for k in MIN:
        assert counts[k] >= MIN[k], (k, counts[k])
    assert len(regs) >= 60 and len(langs) >= 35, (len(regs), len(langs))
    assert len({r["text"] for r in recs}) == len(recs), "duplicate text"
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"texts={len(recs)} positive={npos} hard_negative={nneg}")
    print("spans", counts)
    print(f"languages={len(langs)} regions={len(regs)}")
    print("sha256", digest)


if __name__ == "__main__":
    main()
