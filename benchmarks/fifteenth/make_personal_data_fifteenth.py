#!/usr/bin/env python3
"""Deterministic generator for the fifteenth labelled PII evaluation set.

Standard library only.  Writes ``personal_data_fifteenth.jsonl`` next to this
file.  Every record has the keys text / spans / kind / note.  Entities:
EMAIL, PHONE, CARD, IBAN, IP, SSN.

Span conventions (applied everywhere):
* PHONE spans run from the first character of the number proper ("+", the
  first digit, or an opening parenthesis when the number itself starts with
  one, e.g. "(11) 98765-4321") to its last digit.  Extensions written after
  the number ("ext. 214", "x31", "Durchwahl 12") are NOT part of the span.
* IP spans cover the address only: a ":port" suffix and the brackets around
  an IPv6 literal ("[2001:...]:443") are outside the span.
* CARD / IBAN / SSN spans cover the number with its internal separators.
* Trailing punctuation is never included.

Self-checks run before writing; any violation raises SystemExit.
"""

import ipaddress
import json
import os
import re
import random

SEED = 20261209
N_TOTAL = 800
N_NEG = 224
r = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal_data_fifteenth.jsonl")


def pick(seq):
    return seq[r.randrange(len(seq))]


def D(n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def D1(n):
    return str(r.randint(1, 9)) + D(n - 1)


# --------------------------------------------------------------------------
# Languages: name|hi|call|mail|thanks|order|phone|email|name-label|bye|filler|names|regions
# names: display/first_ascii/last_ascii;...
# --------------------------------------------------------------------------
LANGS_RAW = """\
English|Hi|You can reach me on|My email is|Thanks|Order no.|Phone|Email|Name|Best regards|Let me know if tomorrow works|Emily Carter/emily/carter;James O'Neil/james/oneil;Olivia Grant/olivia/grant;Michael Reyes/michael/reyes;Hannah Brooks/hannah/brooks|US CA GB IE AU NZ SG ZA NG KE GH IN PH MT HK LK PK
Spanish|Hola|Puedes llamarme al|Mi correo es|Gracias|Pedido n.º|Teléfono|Correo|Nombre|Saludos|Avísame si mañana te va bien|Lucía Fernández/lucia/fernandez;Javier Morales/javier/morales;Camila Rojas/camila/rojas;Diego Herrera/diego/herrera|ES MX AR CL CO PE VE CR US
Portuguese|Olá|Pode me ligar no|Meu e-mail é|Obrigado|Pedido nº|Telefone|E-mail|Nome|Abraços|Me avisa se amanhã dá certo|João Silva/joao/silva;Mariana Costa/mariana/costa;Rafael Oliveira/rafael/oliveira;Beatriz Santos/beatriz/santos|PT BR
French|Bonjour|Vous pouvez me joindre au|Mon adresse e-mail est|Merci|Commande n°|Téléphone|Courriel|Nom|Cordialement|Dites-moi si demain vous convient|Camille Dubois/camille/dubois;Julien Lefèvre/julien/lefevre;Aminata Diop/aminata/diop;Chloé Martin/chloe/martin|FR BE CH LU MA SN TN DZ CA
German|Hallo|Sie erreichen mich unter|Meine E-Mail-Adresse lautet|Danke|Bestellnr.|Telefon|E-Mail|Name|Viele Grüße|Sag Bescheid, ob morgen passt|Lukas Müller/lukas/mueller;Anna Schmidt/anna/schmidt;Jonas Weber/jonas/weber;Lea Fischer/lea/fischer|DE AT CH LU
Italian|Ciao|Puoi chiamarmi al|La mia email è|Grazie|Ordine n.|Telefono|Email|Nome|Cordiali saluti|Fammi sapere se domani va bene|Giulia Romano/giulia/romano;Marco Bianchi/marco/bianchi;Francesca Greco/francesca/greco|IT CH
Dutch|Hoi|Je kunt me bereiken op|Mijn e-mailadres is|Bedankt|Bestelnummer|Telefoon|E-mail|Naam|Met vriendelijke groet|Laat even weten of morgen lukt|Sanne de Vries/sanne/devries;Daan Jansen/daan/jansen;Femke Bakker/femke/bakker|NL BE
Polish|Cześć|Możesz do mnie zadzwonić pod numer|Mój e-mail to|Dziękuję|Zamówienie nr|Telefon|E-mail|Imię i nazwisko|Pozdrawiam|Daj znać, czy jutro pasuje|Katarzyna Nowak/katarzyna/nowak;Piotr Wiśniewski/piotr/wisniewski;Agnieszka Wójcik/agnieszka/wojcik|PL
Czech|Ahoj|Zavolej mi na číslo|Můj e-mail je|Děkuji|Objednávka č.|Telefon|E-mail|Jméno|S pozdravem|Dej vědět, jestli zítra můžeš|Jana Nováková/jana/novakova;Tomáš Dvořák/tomas/dvorak;Petra Svobodová/petra/svobodova|CZ
Slovak|Ahoj|Zavolaj mi na číslo|Môj e-mail je|Ďakujem|Objednávka č.|Telefón|E-mail|Meno|S pozdravom|Daj vedieť, či zajtra môžeš|Martin Horváth/martin/horvath;Zuzana Kováčová/zuzana/kovacova;Peter Varga/peter/varga|SK
Hungarian|Szia|Ezen a számon érsz el:|Az e-mail címem|Köszönöm|Rendelésszám|Telefon|E-mail|Név|Üdvözlettel|Szólj, ha holnap jó|Nagy Eszter/eszter/nagy;Kovács Bence/bence/kovacs;Tóth Réka/reka/toth|HU
Romanian|Bună|Mă poți suna la|Adresa mea de e-mail este|Mulțumesc|Comanda nr.|Telefon|E-mail|Nume|Cu stimă|Spune-mi dacă mâine e bine|Andreea Popescu/andreea/popescu;Mihai Ionescu/mihai/ionescu;Ioana Dumitru/ioana/dumitru|RO
Bulgarian|Здравей|Можеш да ми се обадиш на|Имейлът ми е|Благодаря|Поръчка №|Телефон|Имейл|Име|Поздрави|Кажи ми дали утре става|Мария Иванова/maria/ivanova;Георги Петров/georgi/petrov;Елена Димитрова/elena/dimitrova|BG
Greek|Γεια σου|Μπορείς να με καλέσεις στο|Το email μου είναι|Ευχαριστώ|Αρ. παραγγελίας|Τηλέφωνο|Email|Όνομα|Με εκτίμηση|Πες μου αν σου κάνει αύριο|Γιώργος Παπαδόπουλος/giorgos/papadopoulos;Ελένη Νικολάου/eleni/nikolaou;Νίκος Οικονόμου/nikos/oikonomou|GR CY
Turkish|Merhaba|Bana şu numaradan ulaşabilirsin:|E-posta adresim|Teşekkürler|Sipariş no|Telefon|E-posta|Ad Soyad|Saygılarımla|Yarın uygun mu haber ver|Ayşe Yılmaz/ayse/yilmaz;Mehmet Demir/mehmet/demir;Zeynep Kaya/zeynep/kaya|TR CY
Russian|Привет|Мой номер|Моя почта|Спасибо|Заказ №|Телефон|Эл. почта|Имя|С уважением|Напиши, удобно ли завтра|Анна Смирнова/anna/smirnova;Дмитрий Кузнецов/dmitry/kuznetsov;Ольга Попова/olga/popova|RU KZ
Ukrainian|Привіт|Мій номер|Моя пошта|Дякую|Замовлення №|Телефон|Ел. пошта|Ім'я|З повагою|Напиши, чи зручно завтра|Олена Шевченко/olena/shevchenko;Андрій Бондаренко/andriy/bondarenko;Ірина Коваленко/iryna/kovalenko|UA
Swedish|Hej|Du når mig på|Min e-post är|Tack|Ordernr|Telefon|E-post|Namn|Med vänliga hälsningar|Säg till om i morgon passar|Elin Johansson/elin/johansson;Erik Lindqvist/erik/lindqvist;Maja Andersson/maja/andersson|SE FI
Norwegian|Hei|Du kan nå meg på|E-posten min er|Takk|Ordrenr.|Telefon|E-post|Navn|Med vennlig hilsen|Si ifra om i morgen passer|Ingrid Hansen/ingrid/hansen;Sindre Berg/sindre/berg;Kari Larsen/kari/larsen|NO
Danish|Hej|Du kan fange mig på|Min e-mail er|Tak|Ordrenr.|Telefon|E-mail|Navn|Med venlig hilsen|Sig til, om i morgen passer|Mette Nielsen/mette/nielsen;Rasmus Jensen/rasmus/jensen;Freja Pedersen/freja/pedersen|DK
Finnish|Moi|Minut tavoittaa numerosta|Sähköpostini on|Kiitos|Tilausnumero|Puhelin|Sähköposti|Nimi|Ystävällisin terveisin|Kerro, sopiiko huominen|Aino Virtanen/aino/virtanen;Mikko Korhonen/mikko/korhonen;Laura Mäkinen/laura/makinen|FI
Estonian|Tere|Minuga saab ühendust numbril|Minu e-post on|Aitäh|Tellimuse nr|Telefon|E-post|Nimi|Parimate soovidega|Anna teada, kas homme sobib|Kadri Tamm/kadri/tamm;Mart Saar/mart/saar;Liis Sepp/liis/sepp|EE
Latvian|Sveiki|Mani var sazvanīt pa|Mans e-pasts ir|Paldies|Pasūtījuma nr.|Tālrunis|E-pasts|Vārds|Ar cieņu|Pasaki, vai rīt der|Anna Bērziņa/anna/berzina;Jānis Kalniņš/janis/kalnins;Līga Ozola/liga/ozola|LV
Lithuanian|Labas|Man galite skambinti|Mano el. paštas|Ačiū|Užsakymo nr.|Telefonas|El. paštas|Vardas|Pagarbiai|Parašyk, ar rytoj tinka|Rūta Kazlauskienė/ruta/kazlauskiene;Tomas Petrauskas/tomas/petrauskas;Eglė Jankauskaitė/egle/jankauskaite|LT
Croatian|Bok|Možeš me nazvati na|Moj e-mail je|Hvala|Narudžba br.|Telefon|E-pošta|Ime|Srdačan pozdrav|Javi mi odgovara li sutra|Ivana Horvat/ivana/horvat;Luka Kovačević/luka/kovacevic;Petra Babić/petra/babic|HR
Serbian|Здраво|Можеш да ме позовеш на|Мој имејл је|Хвала|Поруџбина бр.|Телефон|Имејл|Име|Срдачан поздрав|Јави да ли ти одговара сутра|Милош Јовановић/milos/jovanovic;Јелена Петровић/jelena/petrovic;Никола Николић/nikola/nikolic|RS
Slovenian|Živjo|Pokliči me na|Moj e-naslov je|Hvala|Naročilo št.|Telefon|E-pošta|Ime|Lep pozdrav|Sporoči, ali ti jutri ustreza|Nina Novak/nina/novak;Matej Krajnc/matej/krajnc;Eva Zupančič/eva/zupancic|SI
Albanian|Përshëndetje|Më telefono në|Emaili im është|Faleminderit|Porosia nr.|Telefoni|Email|Emri|Me respekt|Më thuaj nëse të përshtatet nesër|Arta Hoxha/arta/hoxha;Erion Shehu/erion/shehu;Elira Dervishi/elira/dervishi|AL
Icelandic|Hæ|Þú nærð í mig í síma|Netfangið mitt er|Takk|Pöntunarnúmer|Sími|Netfang|Nafn|Kveðja|Láttu mig vita hvort morgundagurinn henti|Guðrún Jónsdóttir/gudrun/jonsdottir;Sigurður Ólafsson/sigurdur/olafsson;Helga Einarsdóttir/helga/einarsdottir|IS
Maltese|Bongu|Ċempilli fuq|L-email tiegħi hija|Grazzi|Ordni nru|Telefon|Email|Isem|Saluti|Għidli jekk għada jaqbillek|Maria Borg/maria/borg;Joseph Camilleri/joseph/camilleri;Rebecca Vella/rebecca/vella|MT
Arabic|مرحبا|يمكنك الاتصال بي على|بريدي الإلكتروني هو|شكرا|رقم الطلب|الهاتف|البريد الإلكتروني|الاسم|مع التحية|أخبرني إن كان الغد مناسبا|أحمد الحسن/ahmed/alhassan;فاطمة الزهراء/fatima/alzahraa;يوسف المنصوري/youssef/elmansouri|AE SA EG MA TN DZ
Hebrew|היי|אפשר להתקשר אליי למספר|המייל שלי הוא|תודה|מספר הזמנה|טלפון|דוא"ל|שם|בברכה|תגיד לי אם מחר מתאים|נועה כהן/noa/cohen;איתי לוי/itay/levi;מיכל מזרחי/michal/mizrahi|IL
Persian|سلام|می‌توانید با این شماره تماس بگیرید:|ایمیل من|ممنون|شماره سفارش|تلفن|ایمیل|نام|با احترام|بگو فردا مناسبه یا نه|سارا محمدی/sara/mohammadi;علی رضایی/ali/rezaei;مریم حسینی/maryam/hosseini|IR
Hindi|नमस्ते|मुझे इस नंबर पर कॉल करें|मेरा ईमेल है|धन्यवाद|ऑर्डर नंबर|फ़ोन|ईमेल|नाम|सादर|बताना कल ठीक रहेगा या नहीं|राहुल शर्मा/rahul/sharma;अनीता वर्मा/anita/verma;विकास गुप्ता/vikas/gupta|IN
Bengali|নমস্কার|আমাকে এই নম্বরে ফোন করুন|আমার ইমেল|ধন্যবাদ|অর্ডার নম্বর|ফোন|ইমেল|নাম|শুভেচ্ছান্তে|কাল সুবিধা হবে কিনা জানাবেন|তানভীর রহমান/tanvir/rahman;নুসরাত জাহান/nusrat/jahan;সৌরভ দাস/sourav/das|BD IN
Urdu|السلام علیکم|مجھے اس نمبر پر کال کریں|میرا ای میل ہے|شکریہ|آرڈر نمبر|فون|ای میل|نام|والسلام|بتائیں کل ٹھیک رہے گا|علی رضا/ali/raza;عائشہ ملک/ayesha/malik;بلال احمد/bilal/ahmed|PK
Tamil|வணக்கம்|என்னை இந்த எண்ணில் அழைக்கவும்|என் மின்னஞ்சல்|நன்றி|ஆர்டர் எண்|தொலைபேசி|மின்னஞ்சல்|பெயர்|அன்புடன்|நாளை சரியா என்று சொல்லுங்கள்|கார்த்திக் ராஜா/karthik/raja;பிரியா சுப்பிரமணியம்/priya/subramaniam;அருண் குமார்/arun/kumar|IN LK
Sinhala|ආයුබෝවන්|මට මෙම අංකයට අමතන්න|මගේ ඊමේල් ලිපිනය|ස්තූතියි|ඇණවුම් අංකය|දුරකථන|ඊමේල්|නම|සුබ පැතුම්|හෙට හරිද කියන්න|නිමල් පෙරේරා/nimal/perera;කසුනි සිල්වා/kasuni/silva;චමින්ද ප්‍රනාන්දු/chaminda/fernando|LK
Nepali|नमस्ते|मलाई यो नम्बरमा फोन गर्नुहोस्|मेरो इमेल|धन्यवाद|अर्डर नम्बर|फोन|इमेल|नाम|सादर|भोलि मिल्छ कि भन्नुहोस्|सीता श्रेष्ठ/sita/shrestha;राम थापा/ram/thapa;अनिल गुरुङ/anil/gurung|NP
Thai|สวัสดีครับ|โทรหาผมได้ที่|อีเมลของผมคือ|ขอบคุณครับ|หมายเลขคำสั่งซื้อ|โทรศัพท์|อีเมล|ชื่อ|ด้วยความเคารพ|พรุ่งนี้สะดวกไหมครับ|สมชาย ใจดี/somchai/jaidee;สุภาพร ศรีสุข/supaporn/srisuk;ณัฐพล วงศ์ไทย/nattapon/wongthai|TH
Vietnamese|Chào bạn|Bạn có thể gọi cho mình theo số|Email của mình là|Cảm ơn|Mã đơn hàng|Điện thoại|Email|Họ tên|Trân trọng|Cho mình biết mai có được không nhé|Nguyễn Thị Lan/lan/nguyen;Trần Minh Quân/quan/tran;Lê Hoàng Anh/anh/le|VN
Indonesian|Halo|Hubungi saya di|Email saya|Terima kasih|No. pesanan|Telepon|Email|Nama|Salam|Kabari ya kalau besok bisa|Dewi Lestari/dewi/lestari;Budi Santoso/budi/santoso;Rina Wijaya/rina/wijaya|ID
Malay|Hai|Boleh hubungi saya di|E-mel saya ialah|Terima kasih|No. pesanan|Telefon|E-mel|Nama|Salam hormat|Beritahu saya jika esok sesuai|Nurul Aisyah/nurul/aisyah;Ahmad Faiz/ahmad/faiz;Siti Hajar/siti/hajar|MY SG
Tagalog|Kumusta|Pwede mo akong tawagan sa|Ang email ko ay|Salamat|Order no.|Telepono|Email|Pangalan|Lubos na gumagalang|Sabihan mo ako kung okay bukas|Maria Santos/maria/santos;Jose Dela Cruz/jose/delacruz;Angelica Reyes/angelica/reyes|PH
Chinese|你好|我的电话是|我的邮箱是|谢谢|订单号|电话|邮箱|姓名|此致|明天方便的话告诉我|王伟/wei/wang;李娜/na/li;陈静/jing/chen;张敏/min/zhang|CN TW HK SG MY
Japanese|こんにちは|連絡先は|メールアドレスは|ありがとうございます|注文番号|電話|メール|氏名|よろしくお願いします|明日ご都合いかがですか|佐藤 美咲/misaki/sato;鈴木 健太/kenta/suzuki;高橋 愛/ai/takahashi|JP
Korean|안녕하세요|제 번호는|제 이메일은|감사합니다|주문번호|전화|이메일|이름|감사합니다|내일 괜찮은지 알려주세요|김민준/minjun/kim;이서연/seoyeon/lee;박지훈/jihoon/park|KR
Swahili|Habari|Unaweza kunipigia kwa|Barua pepe yangu ni|Asante|Namba ya oda|Simu|Barua pepe|Jina|Wako|Niambie kama kesho inafaa|Amina Mwangi/amina/mwangi;Juma Otieno/juma/otieno;Neema Mushi/neema/mushi|KE TZ
Amharic|ሰላም|በዚህ ቁጥር ይደውሉልኝ|ኢሜይሌ|አመሰግናለሁ|የትዕዛዝ ቁጥር|ስልክ|ኢሜይል|ስም|ከሰላምታ ጋር|ነገ ይመችህ እንደሆነ ንገረኝ|ሰላም ተስፋዬ/selam/tesfaye;ዳዊት አበበ/dawit/abebe;ሄለን ገብሩ/helen/gebru|ET
Afrikaans|Hallo|Jy kan my bel by|My e-pos is|Dankie|Bestelnommer|Telefoon|E-pos|Naam|Groete|Laat weet of môre pas|Annelie van der Merwe/annelie/vandermerwe;Pieter Botha/pieter/botha;Elsa Pretorius/elsa/pretorius|ZA
Catalan|Hola|Em pots trucar al|El meu correu és|Gràcies|Comanda núm.|Telèfon|Correu|Nom|Salutacions|Digues-me si demà et va bé|Jordi Puig/jordi/puig;Montserrat Vidal/montse/vidal;Núria Soler/nuria/soler|ES
Georgian|გამარჯობა|დამირეკე ამ ნომერზე:|ჩემი ელფოსტაა|მადლობა|შეკვეთის ნომერი|ტელეფონი|ელფოსტა|სახელი|პატივისცემით|მითხარი, ხვალ თუ გაწყობს|ნინო ბერიძე/nino/beridze;გიორგი კაპანაძე/giorgi/kapanadze;თამარ ლომიძე/tamar/lomidze|GE
Armenian|Բարև|Զանգահարեք ինձ|Իմ էլ. փոստն է|Շնորհակալություն|Պատվերի համար|Հեռախոս|Էլ. փոստ|Անուն|Հարգանքով|Ասա, վաղը հարմար է|Անի Պետրոսյան/ani/petrosyan;Արամ Հովհաննիսյան/aram/hovhannisyan;Լիլիթ Սարգսյան/lilit/sargsyan|AM
Kazakh|Сәлем|Менің нөмірім|Менің поштам|Рахмет|Тапсырыс №|Телефон|Эл. пошта|Аты-жөні|Құрметпен|Ертең ыңғайлы ма, айтшы|Айгерім Нұрланқызы/aigerim/nurlankyzy;Ерлан Сейітов/erlan/seitov;Дана Ахметова/dana/akhmetova|KZ
Welsh|Helo|Gallwch fy ffonio ar|Fy e-bost yw|Diolch|Rhif archeb|Ffôn|E-bost|Enw|Cofion|Rho wybod os yw yfory'n iawn|Siân Evans/sian/evans;Dafydd Jones/dafydd/jones;Ffion Williams/ffion/williams|GB
Hausa|Sannu|Ka kira ni a|Imel ɗina shi ne|Na gode|Lambar oda|Waya|Imel|Suna|Gaisuwa|Ka sanar da ni ko gobe ya dace|Aisha Bello/aisha/bello;Musa Abubakar/musa/abubakar;Zainab Usman/zainab/usman|NG
"""

LANG = {}
for line in LANGS_RAW.strip().split("\n"):
    f = line.split("|")
    assert len(f) == 13, line
    names = [tuple(x.split("/")) for x in f[11].split(";")]
    LANG[f[0]] = dict(
        name=f[0],
        hi=f[1],
        call=f[2],
        mail=f[3],
        thanks=f[4],
        order=f[5],
        phone=f[6],
        email=f[7],
        namel=f[8],
        bye=f[9],
        filler=f[10],
        names=names,
        regions=f[12].split(),
    )

# --------------------------------------------------------------------------
# Phone regions: code|cc|trunk|mobile patterns|landline patterns|national styles|
#                intl styles|tld|mail domains|flags|country
# pattern: X any digit, N 2-9, [..] char class / range, [a,b,c] alternatives;
# spaces separate the natural groups (first group = area / mobile prefix).
# flags: m = mobiles written nationally without trunk prefix,
#        t = trunk prefix written apart ("06 30 ...", "8 612 ...")
# --------------------------------------------------------------------------
REGIONS_RAW = """\
US|1|1|[201,212,305,312,404,415,503,512,617,646,702,713,818,206] NXX XXXX|[201,212,305,312,404,415,503,512,617,646,702,713,818,206] NXX XXXX|x|x|com|gmail.com,yahoo.com,outlook.com,icloud.com,comcast.net,aol.com||United States
CA|1|1|[416,604,514,403,613,647,778,902,780] NXX XXXX|[416,604,514,403,613,647,778,902,780] NXX XXXX|x|x|ca|gmail.com,rogers.com,shaw.ca,sympatico.ca,videotron.ca||Canada
GB|44|0|7[1234579]XX XXXXXX|20 [378]XXX XXXX;161 [2-9]XX XXXX;131 [2-9]XX XXXX;121 [2-9]XX XXXX;113 [2-9]XX XXXX|sp,sc|i,i0,ic,i00|co.uk|gmail.com,btinternet.com,hotmail.co.uk,sky.com,yahoo.co.uk||United Kingdom
IE|353|0|8[35-9] [2-9]XX XXXX|1 [2-9]XX XXXX;21 [2-9]XX XXXX;91 [2-9]XX XXX|sp,sc|i,i0,ic|ie|eircom.net,gmail.com,hotmail.com||Ireland
FR|33|0|6 XX XX XX XX;7 [3-8]X XX XX XX|[1-5] XX XX XX XX;9 XX XX XX XX|sp,dt,co|i,i0,ic,i00|fr|orange.fr,free.fr,laposte.net,sfr.fr,gmail.com,wanadoo.fr||France
DE|49|0|15[12579]X XXXXXXX;17[015] XXXXXXX;17[6-9] XXXXXXXX;16[023] XXXXXXX|30 [2-9]XXXXXXX;89 [2-9]XXXXXX;40 [2-9]XXXXXX;221 [2-9]XXXXXX;69 [2-9]XXXXXXX;711 [2-9]XXXXXX|sp,sl,da,pa,sls|i,i0,ic,i00,isc,id|de|web.de,gmx.de,t-online.de,gmail.com,posteo.de,gmx.net||Germany
AT|43|0|66[04] XXXXXXX;676 XXXXXXX;650 XXXXXXX;699 XXXXXXXX|1 [2-9]XXXXXX;316 [2-9]XXXXX;512 [2-9]XXXXX;662 [2-9]XXXXX|sp,sl,ds|i,i0,ic,i00|at|gmx.at,aon.at,chello.at,gmail.com||Austria
CH|41|0|7[5-9] [2-9]XX XX XX|44 [2-9]XX XX XX;22 [2-9]XX XX XX;31 [2-9]XX XX XX;61 [2-9]XX XX XX|sp|i,i0,i00,ic|ch|bluewin.ch,gmx.ch,sunrise.ch,gmail.com||Switzerland
IT|39||3[2-9]X XXX XXXX|06 XXXX XXXX;02 XXXX XXXX;011 XXX XXXX;055 XXX XXXX;081 XXX XXXX|sp,co,sc|i,i00,ic|it|libero.it,virgilio.it,tiscali.it,gmail.com,alice.it||Italy
ES|34||6XX XXX XXX;7[1-4]X XXX XXX|91X XXX XXX;93X XXX XXX;96X XXX XXX;95X XX XX XX|sp,co|i,i00,ic|es|telefonica.net,gmail.com,hotmail.es,yahoo.es||Spain
PT|351||9[1236]X XXX XXX|21X XXX XXX;22X XXX XXX|sp,co|i,i00,ic|pt|sapo.pt,gmail.com,netcabo.pt||Portugal
NL|31|0|6 XXXXXXXX|20 XXX XXXX;10 XXX XXXX;30 XXX XXXX;70 XXX XXXX|sp,da,dc|i,ic,i0,i00|nl|ziggo.nl,kpnmail.nl,gmail.com,hotmail.nl||Netherlands
BE|32|0|4[5-9]X XX XX XX|2 XXX XX XX;3 XXX XX XX;9 XXX XX XX|sp,sl,dt|i,i0,ic|be|skynet.be,telenet.be,proximus.be,gmail.com||Belgium
LU|352||6[269]1 XXX XXX|4X XX XX;2[2-9] XX XX XX|sp,co|i,i00,ic|lu|pt.lu,gmail.com,internet.lu||Luxembourg
DK|45||2X XX XX XX;3[01] XX XX XX;4[0-2] XX XX XX;5[0-3] XX XX XX|3[2-9] XX XX XX;4[3-9] XX XX XX;8[6-9] XX XX XX|sp,co|i,i00,ic|dk|mail.dk,gmail.com,jubii.dk,hotmail.dk||Denmark
SE|46|0|7[02369] XXX XX XX|8 [1-9]XX XX XX;31 [1-9]XX XX XX;40 [1-9]X XX XX|ds,sp,dc|i,ic,i00|se|telia.com,gmail.com,bredband.net,hotmail.se||Sweden
NO|47||4XX XX XXX;9XX XX XXX|2[1-3] XX XX XX;5[1-5] XX XX XX|sp,co|i,ic,i00|no|online.no,gmail.com,hotmail.no||Norway
FI|358|0|4[0-6] XXX XXXX;50 XXX XXXX|9 [2-8]XX XXXX;2 [2-8]XX XXXX|sp,ds|i,ic,i00|fi|gmail.com,elisanet.fi,kolumbus.fi||Finland
IS|354||[678]XX XXXX|5XX XXXX;4XX XXXX|sp,dc|i,ic,i00|is|simnet.is,gmail.com,internet.is||Iceland
PL|48||5[0137]X XXX XXX;6[069]X XXX XXX;7[2389]X XXX XXX;88X XXX XXX|22 [2-9]XX XX XX;12 [2-9]XX XX XX;61 [2-9]XX XX XX|sp,da,co|i,ic,i00|pl|wp.pl,o2.pl,onet.pl,interia.pl,gmail.com||Poland
CZ|420||60[1-8] XXX XXX;7[2-9]X XXX XXX|2[2-9]X XXX XXX;5[34]X XXX XXX|sp,co|i,ic,i00|cz|seznam.cz,email.cz,centrum.cz,gmail.com||Czech Republic
SK|421|0|9[0-4]X XXX XXX|2 XXXX XXXX;32 XXX XXXX|sp,sl|i,ic,i00|sk|azet.sk,zoznam.sk,gmail.com||Slovakia
HU|36|06|[20,30,31,70] XXX XXXX|1 [2-9]XX XXXX;52 XXX XXX|sp,sl|i,ic,i00|hu|freemail.hu,citromail.hu,gmail.com|t|Hungary
RO|40|0|7[2-8]X XXX XXX|21 [2-9]XX XX XX;264 XXX XXX|sp,co,dc|i,ic,i00|ro|yahoo.ro,gmail.com||Romania
BG|359|0|8[789] XXX XXXX;98 XXX XXXX|2 [2-9]XX XXXX;52 XXX XXX|sp,co|i,ic,i00|bg|abv.bg,mail.bg,gmail.com||Bulgaria
GR|30||69[0-9] XXX XXXX|21[0-9] XXX XXXX;231 XXX XXXX|sp,co|i,ic,i00|gr|otenet.gr,gmail.com,yahoo.gr||Greece
TR|90|0|5[0-5]X XXX XX XX|212 [2-9]XX XX XX;216 [2-9]XX XX XX;312 [2-9]XX XX XX|sp,pa,co|i,ic,i00|com.tr|gmail.com,hotmail.com,yandex.com.tr||Turkey
RU|7|8|9[0-9]X XXX XX XX|49[59] XXX XX XX;812 XXX XX XX;343 XXX XX XX|x|x|ru|yandex.ru,mail.ru,rambler.ru,gmail.com||Russia
UA|380|0|[50,63,66,67,68,73,93,95,96,97,98,99] XXX XX XX|44 XXX XX XX;32 XXX XX XX|sp,pd,co|i,ic,i00|com.ua|ukr.net,i.ua,gmail.com||Ukraine
EE|372||5XX XXXX;5XXX XXXX|6XX XXXX;7XX XXXX|sp,co|i,ic,i00|ee|hot.ee,gmail.com,online.ee||Estonia
LV|371||2X XXX XXX|6X XXX XXX|sp,co|i,ic,i00|lv|inbox.lv,gmail.com||Latvia
LT|370|8|6XX XXXXX|5 XXX XXXX;37 XXX XXX|sp|i,ic,i00|lt|gmail.com,one.lt,takas.lt|t|Lithuania
HR|385|0|9[125789] XXX XXXX|1 XXXX XXX;21 XXX XXX|sp,co,ds|i,ic,i00|hr|net.hr,gmail.com,inet.hr||Croatia
RS|381|0|6[0-6] XXX XXXX|11 XXX XXXX;21 XXX XXXX|sp,co,dc|i,ic,i00|rs|gmail.com,eunet.rs,yahoo.com||Serbia
SI|386|0|[30,31,40,41,51,64,68,70,71] XXX XXX|1 XXX XX XX;2 XXX XX XX|sp,co|i,ic,i00|si|siol.net,gmail.com||Slovenia
AL|355|0|6[6-9] XXX XXXX|4 XXX XXXX|sp,co|i,ic,i00|al|gmail.com,yahoo.com||Albania
MT|356||79XX XXXX;99XX XXXX|21XX XXXX;27XX XXXX|sp,co|i,ic,i00|com.mt|maltanet.net,gmail.com,go.net.mt||Malta
CY|357||9[4-9]XX XXXX|22XX XXXX;25XX XXXX|sp,co|i,ic,i00|com.cy|cytanet.com.cy,gmail.com||Cyprus
IL|972|0|5[0123458] XXX XXXX|[23489] XXX XXXX|dc,da,sp|i,ic,id|co.il|walla.co.il,gmail.com,bezeqint.net||Israel
AE|971|0|5[024568] XXX XXXX|4 XXX XXXX;2 XXX XXXX|sp,co,ds|i,ic,i00|ae|emirates.net.ae,gmail.com,hotmail.com||United Arab Emirates
SA|966|0|5[0345689] XXX XXXX|11 XXX XXXX;12 XXX XXXX|sp,co|i,ic,i00|com.sa|gmail.com,hotmail.com||Saudi Arabia
EG|20|0|1[0125] XXXX XXXX|2 XXXX XXXX;3 XXX XXXX|sp,co|i,ic,i00|com.eg|gmail.com,yahoo.com||Egypt
MA|212|0|6 XX XX XX XX;7 XX XX XX XX|5 2X XX XX XX|sp,co,dt|i,ic,i00|ma|menara.ma,gmail.com||Morocco
IR|98|0|9[0-3]X XXX XXXX|21 XXXX XXXX;31 XXXX XXXX|sp,co|i,ic,i00|ir|gmail.com,yahoo.com||Iran
IN|91|0|[6-9]XXXX XXXXX|11 [2-6]XXX XXXX;22 [2-6]XXX XXXX;80 [2-6]XXX XXXX|sp,co,ds|i,ic,id|in|gmail.com,rediffmail.com,yahoo.co.in|m|India
PK|92|0|3[0-4]X XXXXXXX|21 [2-9]XXX XXXX;42 [2-9]XXX XXXX;51 [2-9]XXX XXXX|dc,sp,co|i,ic,i00|com.pk|gmail.com,yahoo.com,hotmail.com||Pakistan
BD|880|0|1[3-9]XX XXXXXX|2 [5-9]XXX XXXX|dc,sp,co|i,ic|com.bd|gmail.com,yahoo.com||Bangladesh
LK|94|0|7[0-8] XXX XXXX|11 2XX XXXX;81 2XX XXXX|sp,co,ds|i,ic|lk|sltnet.lk,gmail.com||Sri Lanka
NP|977|0|98[0-6] XXXXXXX|1 4XXXXXX|co,sp|i,ic|com.np|gmail.com,wlink.com.np|m|Nepal
TH|66|0|[689]X XXX XXXX|2 XXX XXXX|da,sp,co|i,ic|co.th|gmail.com,hotmail.com||Thailand
VN|84|0|9X XXX XX XX;3[2-9] XXX XX XX;7[06-9] XXX XX XX;8[1-9] XXX XX XX|24 XXXX XXXX;28 XXXX XXXX|sp,co,dt|i,ic|vn|gmail.com,yahoo.com.vn||Vietnam
MY|60|0|1[02-46-9] XXX XXXX;11 XXXX XXXX|3 XXXX XXXX;4 XXX XXXX|ds,dc,sp|i,ic,id|com.my|gmail.com,yahoo.com.my||Malaysia
SG|65||[89]XXX XXXX|6XXX XXXX|sp,co|i,ic,i00|com.sg|singnet.com.sg,gmail.com||Singapore
ID|62|0|8[1-5]X XXXX XXXX;8[1-5]X XXX XXXX|21 XXXX XXXX;22 XXX XXXX|da,sp,co|i,ic,id|co.id|gmail.com,yahoo.co.id||Indonesia
PH|63|0|9[0-9]X XXX XXXX|2 XXXX XXXX|sp,co,da|i,ic|com.ph|gmail.com,yahoo.com.ph||Philippines
CN|86|0|1[3-9]X XXXX XXXX|10 XXXX XXXX;21 XXXX XXXX;755 XXXX XXXX|ds,pa,dc,co|i,ic,id|cn|qq.com,163.com,126.com,sina.com|m|China
HK|852||[569]XXX XXXX|[23]XXX XXXX|sp,co|i,ic,i00|com.hk|netvigator.com,gmail.com,yahoo.com.hk||Hong Kong
TW|886|0|9XX XXX XXX|2 XXXX XXXX;4 XXXX XXXX|da,pd,co|i,ic,id|com.tw|gmail.com,yahoo.com.tw,hinet.net||Taiwan
JP|81|0|[789]0 XXXX XXXX|3 XXXX XXXX;6 XXXX XXXX;45 XXX XXXX;52 XXX XXXX|da,pd,co|i,id,ic|co.jp|yahoo.co.jp,docomo.ne.jp,gmail.com,ezweb.ne.jp||Japan
KR|82|0|10 XXXX XXXX|2 XXX XXXX;2 XXXX XXXX;51 XXX XXXX|da,co|i,id,ic|co.kr|naver.com,daum.net,gmail.com,hanmail.net||South Korea
AU|61|0|4XX XXX XXX|[2378] XXXX XXXX|sp,pa,co|i,ic,i0|com.au|bigpond.com,gmail.com,optusnet.com.au||Australia
NZ|64|0|2[127] XXX XXXX|9 XXX XXXX;4 XXX XXXX;3 XXX XXXX|sp,pa,co|i,ic|co.nz|xtra.co.nz,gmail.com||New Zealand
MX|52||55 XXXX XXXX;33 XXXX XXXX;81 XXXX XXXX;222 XXX XXXX|55 XXXX XXXX;33 XXXX XXXX;81 XXXX XXXX;222 XXX XXXX|sp,pa,co|i,ic,i00|com.mx|gmail.com,hotmail.com,prodigy.net.mx||Mexico
BR|55|0|[11,21,31,41,51,61,71,81,85] 9[6-9]XXX XXXX|[11,21,31,41,51,61] [2-5]XXX XXXX|x|x|com.br|gmail.com,uol.com.br,bol.com.br,terra.com.br,hotmail.com||Brazil
AR|54|0|11 [2-9]XXX XXXX;351 [2-9]XX XXXX|11 [2-9]XXX XXXX;351 [2-9]XX XXXX|x|x|com.ar|gmail.com,fibertel.com.ar,hotmail.com||Argentina
CL|56||9 XXXX XXXX|2 2XXX XXXX;32 2XX XXXX|sp,co|i,ic|cl|gmail.com,vtr.net||Chile
CO|57||3[0-2]X XXX XXXX|60[124] XXX XXXX|sp,co|i,ic|com.co|gmail.com,une.net.co,hotmail.com||Colombia
PE|51|0|9XX XXX XXX|1 XXX XXXX|sp,co|i,ic|pe|gmail.com,hotmail.com|m|Peru
VE|58|0|[412,414,416,424,426] XXX XXXX|212 XXX XXXX|dc,ds,sp|i,ic|com.ve|gmail.com,cantv.net||Venezuela
ZA|27|0|[6-8]X XXX XXXX|11 XXX XXXX;21 XXX XXXX;31 XXX XXXX|sp,co|i,ic,i0|co.za|gmail.com,mweb.co.za,telkomsa.net||South Africa
NG|234|0|[789][01]X XXX XXXX|1 XXX XXXX|sp,co|i,ic|com.ng|gmail.com,yahoo.com||Nigeria
KE|254|0|7[0-9]X XXX XXX;1[01]X XXX XXX|20 XXX XXXX|sp,co|i,ic|co.ke|gmail.com,yahoo.com||Kenya
GH|233|0|2[0347]X XXX XXX;5[045]X XXX XXX|30 XXX XXXX|sp,co|i,ic|com.gh|gmail.com,yahoo.com||Ghana
ET|251|0|9X XXX XXXX|11 XXX XXXX|sp,co|i,ic|et|ethionet.et,gmail.com||Ethiopia
TZ|255|0|7[1-8]X XXX XXX;6[1-9]X XXX XXX|22 XXX XXXX|sp,co|i,ic|co.tz|gmail.com,yahoo.com||Tanzania
GE|995|0|5[5-9]X XX XX XX|32 2XX XX XX|sp,co|i,ic|ge|gmail.com,mail.ru|m|Georgia
AM|374|0|[77,91,93,94,95,96,98,99] XXXXXX|10 XXXXXX|sp,co|i,ic|am|gmail.com,mail.am,yandex.ru||Armenia
KZ|7|8|70[0-8] XXX XX XX;747 XXX XX XX;77[0-8] XXX XX XX|727 XXX XX XX;7172 XX XX XX|x|x|kz|mail.kz,mail.ru,gmail.com||Kazakhstan
SN|221||7[0678] XXX XX XX|33 8XX XX XX|sp,co|i,ic,i00|sn|orange.sn,gmail.com||Senegal
TN|216||[259]X XXX XXX|7X XXX XXX|sp,co|i,ic,i00|tn|topnet.tn,gmail.com||Tunisia
DZ|213|0|[567]XX XX XX XX|21 XX XX XX|sp,co|i,ic,i00|dz|gmail.com,yahoo.fr||Algeria
CR|506||[678]XXX XXXX|2XXX XXXX|sp,dc|i,ic|cr|racsa.co.cr,gmail.com||Costa Rica
"""

REG = {}
for line in REGIONS_RAW.strip().split("\n"):
    f = line.split("|")
    assert len(f) == 11, line
    REG[f[0]] = dict(
        code=f[0],
        cc=f[1],
        trunk=f[2],
        mob=f[3].split(";"),
        land=f[4].split(";"),
        nat=f[5].split(","),
        intl=f[6].split(","),
        tld=f[7],
        doms=f[8].split(","),
        flags=f[9],
        country=f[10],
    )

for _L in LANG.values():
    for _c in _L["regions"]:
        assert _c in REG, (_L["name"], _c)
for _c in REG:
    assert any(_c in _L["regions"] for _L in LANG.values()), _c

EUR = set("FR DE AT IT ES PT NL BE LU FI IE GR SK SI EE LV LT HR MT CY".split())
CURRENCY = {
    "US": "USD",
    "CA": "CAD",
    "GB": "GBP",
    "CH": "CHF",
    "DK": "DKK",
    "SE": "SEK",
    "NO": "NOK",
    "IS": "ISK",
    "PL": "PLN",
    "CZ": "CZK",
    "HU": "HUF",
    "RO": "RON",
    "BG": "BGN",
    "TR": "TRY",
    "RU": "RUB",
    "UA": "UAH",
    "RS": "RSD",
    "AL": "ALL",
    "IL": "ILS",
    "AE": "AED",
    "SA": "SAR",
    "EG": "EGP",
    "MA": "MAD",
    "IR": "IRR",
    "IN": "INR",
    "PK": "PKR",
    "BD": "BDT",
    "LK": "LKR",
    "NP": "NPR",
    "TH": "THB",
    "VN": "VND",
    "MY": "MYR",
    "SG": "SGD",
    "ID": "IDR",
    "PH": "PHP",
    "CN": "CNY",
    "HK": "HKD",
    "TW": "TWD",
    "JP": "JPY",
    "KR": "KRW",
    "AU": "AUD",
    "NZ": "NZD",
    "MX": "MXN",
    "BR": "BRL",
    "AR": "ARS",
    "CL": "CLP",
    "CO": "COP",
    "PE": "PEN",
    "VE": "USD",
    "ZA": "ZAR",
    "NG": "NGN",
    "KE": "KES",
    "GH": "GHS",
    "ET": "ETB",
    "TZ": "TZS",
    "GE": "GEL",
    "AM": "AMD",
    "KZ": "KZT",
    "SN": "XOF",
    "TN": "TND",
    "DZ": "DZD",
    "CR": "CRC",
}

CORP_WORDS = [
    "nordwind",
    "alpenbau",
    "lumina",
    "kestrel",
    "bluepeak",
    "terranova",
    "solvik",
    "meridian",
    "fjordtech",
    "casaverde",
    "atlaslog",
    "brightwave",
    "ironbark",
    "silvermoss",
    "redkite",
    "orbitax",
    "vantara",
    "greenfield-services",
    "polaris-med",
    "hanseatic",
    "sunbridge",
    "quantix",
    "coralbay",
    "stonegate-legal",
    "pinecrest",
    "oakline",
]
CORP_SUFFIX = [
    "GmbH",
    "Ltd",
    "S.A.",
    "B.V.",
    "AG",
    "LLC",
    "S.r.l.",
    "Oy",
    "AB",
    "Sp. z o.o.",
    "Inc.",
    "Pty Ltd",
]

# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------


def luhn_sum(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def luhn_ok(s):
    return s.isdigit() and luhn_sum(s) % 10 == 0


def luhn_digit(payload):
    return str((10 - luhn_sum(payload + "0") % 10) % 10)


def nonluhn(fn):
    while True:
        s = fn()
        if not luhn_ok(re.sub(r"\D", "", s)):
            return s


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


# independent table of official IBAN lengths (used by the self-check)
IBAN_LEN = {
    "DE": 22,
    "AT": 20,
    "CH": 21,
    "FR": 27,
    "BE": 16,
    "NL": 18,
    "LU": 20,
    "ES": 24,
    "PT": 25,
    "IT": 27,
    "GB": 22,
    "IE": 22,
    "DK": 18,
    "SE": 24,
    "NO": 15,
    "FI": 18,
    "PL": 28,
    "CZ": 24,
    "SK": 24,
    "HU": 28,
    "RO": 24,
    "BG": 22,
    "GR": 27,
    "TR": 26,
    "HR": 21,
    "SI": 19,
    "RS": 22,
    "AL": 28,
    "MT": 31,
    "CY": 28,
    "EE": 20,
    "LV": 21,
    "LT": 20,
    "IS": 26,
    "IL": 23,
    "AE": 23,
    "SA": 24,
    "EG": 29,
    "TN": 24,
    "BR": 29,
    "GE": 22,
    "KZ": 20,
    "UA": 29,
    "PK": 24,
    "CR": 22,
}

IBAN_SPEC = {
    "DE": "18n",
    "AT": "16n",
    "CH": "5n12c",
    "FR": "10n11c2n",
    "BE": "12n",
    "NL": "4a10n",
    "LU": "3n13c",
    "ES": "20n",
    "PT": "21n",
    "IT": "1a10n12c",
    "GB": "4a14n",
    "IE": "4a14n",
    "DK": "14n",
    "SE": "20n",
    "NO": "11n",
    "FI": "14n",
    "PL": "24n",
    "CZ": "20n",
    "SK": "20n",
    "HU": "24n",
    "RO": "4a16c",
    "BG": "4a6n8c",
    "GR": "7n16c",
    "TR": "5n1n16c",
    "HR": "17n",
    "SI": "15n",
    "RS": "18n",
    "AL": "8n16c",
    "MT": "4a5n18c",
    "CY": "8n16c",
    "EE": "16n",
    "LV": "4a13c",
    "LT": "16n",
    "IS": "22n",
    "IL": "19n",
    "AE": "3n16n",
    "SA": "2n18c",
    "EG": "25n",
    "TN": "20n",
    "BR": "23n1a1c",
    "GE": "2a16n",
    "KZ": "3n13c",
    "UA": "6n19c",
    "PK": "4a16c",
    "CR": "18n",
}
BANK_LETTERS = {
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
    "BG": ["UNCR", "BNBG", "FINV"],
    "MT": ["MALT", "VALL"],
    "LV": ["HABA", "UNLA", "PARX"],
    "PK": ["SCBL", "HABB", "MUCB"],
    "GE": ["TB", "BG"],
}
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def make_iban(cc):
    spec = IBAN_SPEC[cc]
    bban = ""
    first_a = True
    for n, t in re.findall(r"(\d+)([nac])", spec):
        n = int(n)
        if t == "n":
            bban += D(n)
        elif t == "a":
            if first_a and cc in BANK_LETTERS and len(BANK_LETTERS[cc][0]) == n:
                bban += pick(BANK_LETTERS[cc])
            elif cc == "BR":
                bban += pick(["C", "P"])
            else:
                bban += "".join(pick(UPPER) for _ in range(n))
            first_a = False
        else:
            bban += "".join(
                pick(UPPER) if r.random() < 0.08 else str(r.randint(0, 9)) for _ in range(n)
            )
    chk = 98 - iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s) and len(s) == IBAN_LEN[cc]
    return s


def group4(s):
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def bad_iban(cc):
    s = make_iban(cc)
    while True:
        c = f"{r.randint(2, 98):02d}"
        t = s[:2] + c + s[4:]
        if not iban_ok(t):
            return t


BRANDS = {
    "visa": (["4"], [16], None),
    "mc": (["51", "52", "53", "54", "55", "MC2"], [16], None),
    "amex": (["34", "37"], [15], [4, 6, 5]),
    "discover": (["6011", "644", "649", "65"], [16], None),
    "jcb": (["JCB"], [16], None),
    "diners": (["36", "38", "300", "305"], [14], [4, 6, 4]),
    "unionpay": (["62"], [16, 19], None),
    "maestro": (["6759", "5018", "5020", "6304"], [16, 19], None),
    "mir": (["2200", "2201", "2202", "2203", "2204"], [16], None),
    "rupay": (["60", "6521", "6522", "508"], [16], None),
    "elo": (["636368", "438935", "504175", "451416"], [16], None),
    "troy": (["9792"], [16], None),
    "dankort": (["5019"], [16], None),
}
REGION_BRAND = {
    "RU": "mir",
    "KZ": "mir",
    "IN": "rupay",
    "BR": "elo",
    "TR": "troy",
    "DK": "dankort",
    "CN": "unionpay",
    "JP": "jcb",
    "US": "discover",
}


def card_digits(brand):
    pres, lens, _ = BRANDS[brand]
    p = pick(pres)
    if p == "MC2":
        p = str(r.randint(2221, 2720))
    elif p == "JCB":
        p = str(r.randint(3528, 3589))
    n = pick(lens)
    body = p + D(n - len(p) - 1)
    return body + luhn_digit(body), n


def fmt_card(d, brand, sep):
    _, _, grp = BRANDS[brand]
    if grp is None:
        grp = [4, 4, 4, 4, 3] if len(d) == 19 else [4] * (len(d) // 4)
    if sep is None or sum(grp) != len(d):
        return d if sep is None else sep.join(d[i : i + 4] for i in range(0, len(d), 4))
    out, i = [], 0
    for g in grp:
        out.append(d[i : i + g])
        i += g
    return sep.join(out)


def make_card(R=None, brand=None, sep="?"):
    if brand is None:
        if R in REGION_BRAND and r.random() < 0.4:
            brand = REGION_BRAND[R]
        else:
            brand = pick(
                ["visa"] * 5
                + ["mc"] * 4
                + ["amex"] * 2
                + ["discover", "jcb", "diners", "unionpay", "maestro"]
            )
    d, _ = card_digits(brand)
    if sep == "?":
        sep = pick([" ", " ", " ", "-", None])
    return fmt_card(d, brand, sep)


def make_ssn(fmt=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    fmt = fmt if fmt is not None else pick(["-"] * 7 + [" "] * 2 + [""])
    return f"{a:03d}{fmt}{g:02d}{fmt}{s:04d}"


def ssn_shaped():
    return f"{r.randint(100, 899):03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


# --------------------------------------------------------------------------
# IP addresses
# --------------------------------------------------------------------------
V6P = [
    "2a02:8108",
    "2600:1700",
    "2001:16b8",
    "2a01:e0a",
    "2401:4900",
    "2804:14c",
    "240e:3b7",
    "2a00:1450",
    "2606:4700",
    "2001:4860",
    "2a03:2880",
    "2400:cb00",
    "2a01:4f8",
    "2405:201",
]


def ipv4(kind=None):
    kind = kind or ("pub" if r.random() < 0.8 else "priv")
    if kind == "priv":
        c = r.randint(0, 2)
        if c == 0:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if c == 1:
            return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    while True:
        a = ipaddress.IPv4Address(r.getrandbits(32))
        s = str(a)
        o = [int(x) for x in s.split(".")]
        if a.is_global and 1 <= o[0] < 224 and 0 < o[3] < 255:
            return s


def ipv6():
    c = r.random()
    if c < 0.12:
        val = (0xFE80 << 112) | r.getrandbits(64)
        return str(ipaddress.IPv6Address(val))
    if c < 0.2:
        return "::ffff:" + ipv4("pub")
    p = [int(x, 16) for x in pick(V6P).split(":")]
    g = p + [r.getrandbits(16) for _ in range(8 - len(p))]
    if c < 0.65:
        k = r.randint(2, 4)
        for i in range(len(p), len(p) + k):
            g[i] = 0
    val = 0
    for x in g:
        val = (val << 16) | x
    a = ipaddress.IPv6Address(val)
    if r.random() < 0.2:
        return a.exploded
    if r.random() < 0.1:
        return a.compressed.upper()
    return a.compressed


# --------------------------------------------------------------------------
# phones
# --------------------------------------------------------------------------


def expand(pat):
    out, i = [], 0
    while i < len(pat):
        c = pat[i]
        if c == "[":
            j = pat.index("]", i)
            body = pat[i + 1 : j]
            if "," in body:
                out.append(pick(body.split(",")))
            else:
                chars, k = [], 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        chars += [chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1)]
                        k += 3
                    else:
                        chars.append(body[k])
                        k += 1
                out.append(pick(chars))
            i = j + 1
        elif c == "X":
            out.append(str(r.randint(0, 9)))
            i += 1
        elif c == "N":
            out.append(str(r.randint(2, 9)))
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def phone_string(code, kind=None, mode="any"):
    R = REG[code]
    kind = kind or pick(["mob", "mob", "land"])
    groups = expand(pick(R["mob"] if kind == "mob" else R["land"])).split(" ")
    cc, trunk = R["cc"], R["trunk"]
    if mode == "any":
        mode = "intl" if r.random() < 0.45 else "nat"
    nsn = "".join(groups)
    if mode == "e164":
        return "+" + cc + nsn
    if mode == "spoken":
        # transcript style: the digits as dictated, groups kept, some spelled out digit by digit
        t = "" if (kind == "mob" and "m" in R["flags"]) or code in ("US", "CA") else trunk
        intl = r.random() < 0.25
        gs = list(groups)
        if not intl:
            gs[0] = t + gs[0]
        out = []
        for g in gs:
            c = r.random()
            if c < 0.45 or len(g) < 3:
                out.append(g)
            elif c < 0.75 and len(g) % 2 == 0:
                out += [g[i : i + 2] for i in range(0, len(g), 2)]
            elif c < 0.75:
                out.append(g)
            else:
                out += list(g)
        sp = " ".join(out)
        return ("+" + cc + " " + sp) if intl else sp
    if code in ("US", "CA"):
        a, e, l = groups
        if e[1:] == "11":
            e = e[0] + "2" + e[2]
        if mode == "intl":
            return pick(
                [
                    f"+1 {a}-{e}-{l}",
                    f"+1 ({a}) {e}-{l}",
                    f"+1 {a} {e} {l}",
                    f"+1.{a}.{e}.{l}",
                    f"001 {a} {e} {l}",
                    f"+1{a}{e}{l}",
                    f"+1-{a}-{e}-{l}",
                ]
            )
        return pick(
            [
                f"({a}) {e}-{l}",
                f"({a}) {e}-{l}",
                f"{a}-{e}-{l}",
                f"{a}-{e}-{l}",
                f"{a}.{e}.{l}",
                f"{a} {e} {l}",
                f"1-{a}-{e}-{l}",
                f"1 ({a}) {e}-{l}",
                f"{a}{e}{l}",
                f"({a}){e}-{l}",
            ]
        )
    if code in ("RU", "KZ"):
        a, rest = groups[0], groups[1:]
        if mode == "intl":
            return pick(
                [
                    f"+7 ({a}) " + "-".join(rest),
                    f"+7 {a} " + "-".join(rest),
                    f"+7 {a} " + " ".join(rest),
                    "+7" + nsn,
                    f"+7-{a}-" + "-".join(rest),
                    f"+7 ({a}) " + rest[0] + " " + "".join(rest[1:]),
                ]
            )
        return pick(
            [
                f"8 ({a}) " + "-".join(rest),
                f"8-{a}-" + "-".join(rest),
                f"8 {a} " + " ".join(rest),
                "8" + nsn,
                f"8({a}){rest[0]}-" + "-".join(rest[1:]),
            ]
        )
    if code == "BR":
        a, f1, f2 = groups
        if mode == "intl":
            return pick(
                [
                    f"+55 {a} {f1}-{f2}",
                    f"+55 ({a}) {f1}-{f2}",
                    f"+55 {a} {f1} {f2}",
                    f"+55{a}{f1}{f2}",
                ]
            )
        return pick(
            [
                f"({a}) {f1}-{f2}",
                f"({a}) {f1}-{f2}",
                f"{a} {f1}-{f2}",
                f"({a}) {f1} {f2}",
                f"{a}{f1}{f2}",
                f"0{a} {f1}-{f2}",
            ]
        )
    if code == "AR":
        a, p1, p2 = groups
        if kind == "mob":
            if mode == "intl":
                return pick([f"+54 9 {a} {p1}-{p2}", f"+549{a}{p1}{p2}", f"+54 9 {a} {p1} {p2}"])
            return pick([f"0{a} 15-{p1}-{p2}", f"{a} 15 {p1}-{p2}", f"(0{a}) 15 {p1}-{p2}"])
        if mode == "intl":
            return pick([f"+54 {a} {p1}-{p2}", f"+54 {a} {p1} {p2}"])
        return pick([f"(0{a}) {p1}-{p2}", f"0{a} {p1}-{p2}", f"{a} {p1}-{p2}"])
    g0, rest = groups[0], groups[1:]
    if mode == "intl":
        st = pick(R["intl"])
        if st == "i0" and trunk != "0":
            st = "i"
        if st == "i":
            return f"+{cc} " + " ".join(groups)
        if st == "ic":
            return "+" + cc + nsn
        if st == "i00":
            return f"00{cc} " + " ".join(groups)
        if st == "id":
            return f"+{cc}-" + "-".join(groups)
        if st == "i0":
            return f"+{cc} (0){g0} " + " ".join(rest)
        if st == "isc":
            return f"+{cc} {g0} " + "".join(rest)
        raise ValueError(st)
    t = trunk
    if kind == "mob" and "m" in R["flags"] and r.random() < 0.85:
        t = ""
    st = pick(R["nat"])
    if "t" in R["flags"]:
        a = t + pick([" ", "-"]) + g0
        if st in ("pa", "pd"):
            st = "sp"
    else:
        a = t + g0
        if t == "" and st in ("pa", "pd"):
            st = "sp"
    if st == "sp":
        return a + " " + " ".join(rest)
    if st == "da":
        return "-".join([a] + rest)
    if st == "ds":
        return a + "-" + " ".join(rest)
    if st == "dc":
        return a + "-" + "".join(rest)
    if st == "pa":
        return f"({a}) " + " ".join(rest)
    if st == "pd":
        return f"({a}) " + "-".join(rest)
    if st == "sl":
        return a + "/" + "".join(rest)
    if st == "sls":
        return a + "/" + " ".join(rest)
    if st == "dt":
        return ".".join([a] + rest)
    if st == "co":
        return a + "".join(rest)
    if st == "sc":
        return a + " " + "".join(rest)
    raise ValueError(st)


# --------------------------------------------------------------------------
# text builder
# --------------------------------------------------------------------------


class B:
    def __init__(self, L, R):
        self.parts, self.spans, self.n = [], [], 0
        self.L, self.R = L, R
        self.regions = []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, ent, s, region=None):
        self.spans.append(
            {"start": self.n, "end": self.n + len(s), "entity": ent, "_v": s, "_r": region}
        )
        return self.t(s)

    def ph(self, code=None, kind=None, mode="any"):
        code = code or self.R
        s = phone_string(code, kind, mode)
        self.regions.append(code)
        return self.e("PHONE", s, code)

    def em(self, addr):
        return self.e("EMAIL", addr)

    def card(self, **kw):
        return self.e("CARD", make_card(self.R, **kw))

    def iban(self, cc=None, grouped=None):
        if cc is None:
            cc = (
                self.R
                if self.R in IBAN_SPEC
                else pick(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "BE", "AT", "PT"])
            )
        s = make_iban(cc)
        if grouped is None:
            grouped = r.random() < 0.65
        return self.e("IBAN", group4(s) if grouped else s)

    def ip(self, v=None, kind=None):
        v = v or (4 if r.random() < 0.68 else 6)
        return self.e("IP", ipv4(kind) if v == 4 else ipv6())

    def ssn(self, fmt=None):
        return self.e("SSN", make_ssn(fmt))

    def text(self):
        return "".join(self.parts)


def person(L):
    d, f, l = pick(L["names"])
    return d, f, l


def corp(R):
    w = pick(CORP_WORDS)
    return w.replace("-", " ").title().replace(" ", "") + " " + pick(
        CORP_SUFFIX
    ), f"{w}.{REG[R]['tld']}"


def mk_email(f, l, R, dom=None, role=False):
    if role:
        local = pick(["info", "office", "kontakt", "contact", "support", "billing", "hr", "sales"])
    else:
        local = pick(
            [
                f"{f}.{l}",
                f"{f[0]}.{l}",
                f"{f}{l}",
                f"{f}_{l}",
                f"{l}.{f}",
                f"{f}{r.randint(1, 99)}",
                f"{f}.{l}{r.randint(70, 99)}",
                f"{f[0]}{l}",
                f"{l}{f[0]}",
                f"{f}-{l}",
                f"{f}.{l[0]}",
            ]
        )
        if r.random() < 0.06:
            local += "+" + pick(["shop", "news", "work", "2024", "bills"])
    if dom is None:
        dom = pick(REG[R]["doms"] + ["gmail.com", "outlook.com"])
    return f"{local}@{dom}"


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rdate():
    return r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)


def date_str(style=None):
    y, m, d = rdate()
    style = style if style is not None else r.randint(0, 5)
    return [
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d} {MON[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
    ][style]


def time_str(sec=False):
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return f"{h:02d}:{m:02d}:{s:02d}" if sec else f"{h:02d}:{m:02d}"


def iso_ts():
    y, m, d = rdate()
    return f"{y}-{m:02d}-{d:02d}T{time_str(True)}" + pick(
        ["Z", ".%03dZ" % r.randint(0, 999), "+01:00", "+05:30", "-04:00"]
    )


def price(R):
    cur = "EUR" if R in EUR else CURRENCY.get(R, "USD")
    amt = r.randint(5, 4999) + r.randint(0, 99) / 100
    sym = {
        "EUR": "€",
        "USD": "$",
        "GBP": "£",
        "JPY": "¥",
        "INR": "₹",
        "BRL": "R$",
        "CHF": "CHF",
    }.get(cur)
    if cur in ("JPY", "KRW", "VND", "IDR", "CLP", "COP"):
        amt = int(amt * 100)
        return pick([f"{amt:,} {cur}", f"{cur} {amt:,}"])
    if sym and r.random() < 0.5:
        if cur in ("EUR", "BRL"):
            return f"{amt:,.2f} {sym}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{sym}{amt:,.2f}"
    return pick([f"{cur} {amt:.2f}", f"{amt:.2f} {cur}"])


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid4():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{pick('89ab')}{hexs(3)}-{hexs(12)}"


def isbn13():
    while True:
        body = "978" + str(r.randint(0, 9)) + D(8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            pub = r.randint(2, 4)
            return f"{full[:3]}-{full[3]}-{full[4 : 4 + pub]}-{full[4 + pub : 12]}-{full[12]}"


def ean13():
    while True:
        body = pick(
            ["400", "401", "590", "800", "840", "300", "500", "460", "690", "760", "871", "789"]
        ) + D(9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return full


def aba():
    b = pick("0123") + D(7)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * w[i] for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def rf_ref():
    body = D(r.randint(8, 14))
    chk = 98 - iban_num(body + "RF00") % 97
    return group4(f"RF{chk:02d}{body}")


def tracking():
    k = r.randint(0, 5)
    if k == 0:
        return "1Z" + "".join(pick(UPPER + "0123456789") for _ in range(6)) + D(10)
    if k == 1:
        return D1(10)
    if k == 2:
        return nonluhn(lambda: D1(12))
    if k == 3:
        return "9400 " + " ".join(D(4) for _ in range(4)) + " " + D(2)
    if k == 4:
        return pick(UPPER) + pick(UPPER) + D(9) + pick(["GB", "DE", "FR", "NL", "CN"])
    return "JD" + D(16)


def version_ipshape():
    return pick(
        [
            f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 60)}.{r.randint(0, 250)}",
            f"10.0.{r.randint(17000, 22631)}.{r.randint(100, 4000)}",
            f"{r.randint(100, 131)}.0.{r.randint(5000, 6999)}.{r.randint(10, 230)}",
            f"{r.randint(1, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 99)}",
        ]
    )


FLIGHTS = [
    "LH",
    "BA",
    "AF",
    "KL",
    "EK",
    "QR",
    "TK",
    "IB",
    "AZ",
    "SK",
    "AY",
    "LO",
    "OS",
    "LX",
    "UA",
    "DL",
    "AA",
    "NH",
    "JL",
    "KE",
    "SQ",
    "CX",
    "QF",
    "LA",
    "AV",
    "ET",
    "KQ",
    "SA",
    "MS",
    "AI",
    "TG",
    "VN",
    "GA",
    "PR",
]
POSTAL = [
    "75008 Paris",
    "SW1A 1AA",
    "10115 Berlin",
    "100-0005 Tokyo",
    "01310-100 São Paulo",
    "00184 Roma",
    "28013 Madrid",
    "1010 Wien",
    "8001 Zürich",
    "02-001 Warszawa",
    "110001 New Delhi",
    "NSW 2000",
    "M5V 3L9",
    "90210",
    "110 00 Praha 1",
    "1053 Budapest",
    "SE-111 52 Stockholm",
    "0150 Oslo",
    "06600 Ciudad de México",
    "C1002 Buenos Aires",
    "8000 Cape Town",
    "200000 Shanghai",
]


CARDLIKE_RE = re.compile(
    r"(?<!\d)(?<!\d[ -])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{1,4}(?:\2\d{3})?|\d{4}([ -])\d{6}\3\d{4,5}|\d{13,19})(?![ -]?\d)"
)


def luhn_runs(text):
    out = []
    for m in CARDLIKE_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(1))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(m.group(1))
    return out


def dz(L, R, kind=None):
    """A look-alike that is NOT personal data (plain text, no span)."""
    while True:
        s = _dz(L, R, kind)
        if not luhn_runs(s):
            return s


def _dz(L, R, kind=None):
    k = kind or pick(
        [
            "order",
            "order",
            "tracking",
            "invoice",
            "date",
            "date",
            "time",
            "price",
            "version",
            "ipver",
            "isbn",
            "coord",
            "sku",
            "ean",
            "hash",
            "unix",
            "iso",
            "sort",
            "postal",
            "flight",
            "patent",
            "measure",
            "lottery",
            "claim",
            "badcard",
            "rf",
            "aba",
            "custno",
            "uuid",
            "ticket",
            "blz",
            "msts",
        ]
    )
    if k == "order":
        return f"{L['order']} " + pick(
            [
                "#" + D(8),
                D1(10),
                "ORD-" + D(7),
                D1(3) + "-" + D(7) + "-" + D(7),
                D(4) + "-" + D(4) + "-" + D(4),
                D1(11),
            ]
        )
    if k == "tracking":
        return (
            pick(["Tracking: ", "Sendungsnr. ", "Tracking no. ", "AWB ", "Track & Trace: "])
            + tracking()
        )
    if k == "invoice":
        y = r.randint(2019, 2026)
        return pick(
            [
                f"INV-{y}-{D(5)}",
                f"RE-{y}{D(4)}",
                f"FA/{D(4)}/{y}",
                f"Invoice {D1(8)}",
                f"Factura F{y}-{D(6)}",
            ]
        )
    if k == "date":
        return date_str()
    if k == "time":
        return time_str(r.random() < 0.4)
    if k == "price":
        return price(R)
    if k == "version":
        return (
            pick(["v", "version ", "ver. ", "Release "])
            + f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}"
        )
    if k == "ipver":
        return (
            pick(["firmware ", "build ", "version ", "FW ", "agent v", "OS build "])
            + version_ipshape()
        )
    if k == "isbn":
        return "ISBN " + isbn13()
    if k == "coord":
        return f"{r.uniform(-60, 70):.5f}, {r.uniform(-170, 170):.5f}"
    if k == "sku":
        return pick(
            [
                f"SKU {D(4)}-{D(3)}-{D(2)}",
                f"Art.-Nr. {D(4)}.{D(3)}.{D(2)}",
                f"REF {D(3)}-{D(4)}",
                f"Part #{pick(UPPER)}{pick(UPPER)}-{D(5)}-{D(2)}",
            ]
        )
    if k == "ean":
        return "EAN " + ean13()
    if k == "hash":
        return pick(
            ["sha1 " + hexs(40), "commit " + hexs(7), "md5:" + hexs(32), "sha256:" + hexs(64)]
        )
    if k == "unix":
        return f"ts={r.randint(1500000000, 1800000000)}"
    if k == "iso":
        return iso_ts()
    if k == "sort":
        return f"sort code {r.randint(10, 99)}-{D(2)}-{D(2)}"
    if k == "blz":
        return f"BLZ {D1(3)} {D(3)} {D(2)}"
    if k == "postal":
        return pick(POSTAL)
    if k == "flight":
        return pick(FLIGHTS) + pick(["", " "]) + str(r.randint(1, 2999))
    if k == "patent":
        return pick(
            [
                f"US {r.randint(9, 12)},{D(3)},{D(3)} B2",
                f"EP {D1(1)} {D(3)} {D(3)} A1",
                f"WO {r.randint(2015, 2025)}/{D(6)}",
                f"DE 10 {r.randint(2015, 2025)} {D(3)} {D(3)} A1",
            ]
        )
    if k == "measure":
        return pick(
            [
                f"{r.uniform(990, 1030):.2f} hPa",
                f"{r.uniform(40, 120):.1f} kg",
                f"{r.uniform(0.1, 20):.2f} mm",
                f"{r.randint(110, 240)} V / {pick(['50', '60'])} Hz",
                f"{r.uniform(35.5, 40.5):.1f} °C",
                f"{r.randint(1, 999)}.{D(3)} km",
            ]
        )
    if k == "lottery":
        nums = sorted(r.sample(range(1, 50), 6))
        return "Lotto: " + " ".join(f"{x:02d}" for x in nums)
    if k == "claim":
        return (
            pick(["Claim no. ", "Part no. ", "Lot ", "Case ref. ", "Ticket ", "Batch "])
            + ssn_shaped()
        )
    if k == "badcard":
        return pick(["Gift card ", "Voucher ", "Member card ", "Loyalty no. "]) + nonluhn(
            lambda: " ".join(D(4) for _ in range(4))
        )
    if k == "rf":
        return "Ref. " + rf_ref()
    if k == "aba":
        return "ABA " + aba()
    if k == "custno":
        return pick(
            ["Customer ID ", "Kundennr. ", "Contract ", "Policy no. ", "Account ref "]
        ) + D1(pick([9, 10, 11]))
    if k == "uuid":
        return "request_id=" + uuid4()
    if k == "ticket":
        return pick(["JIRA-", "SUP-", "#", "CASE-"]) + D1(pick([4, 5, 6]))
    if k == "msts":
        return nonluhn(lambda: str(r.randint(1500000000000, 1799999999999)))
    raise ValueError(k)


# --------------------------------------------------------------------------
# positive contexts: each fills a builder and returns the context label
# --------------------------------------------------------------------------
APPS = [
    "WhatsApp",
    "Telegram",
    "Signal",
    "Viber",
    "WeChat",
    "LINE",
    "KakaoTalk",
    "Messenger",
    "iMessage",
]
MOB_LABELS = ["Mob.:", "M:", "Cell:", "📱", "GSM:", "Mobile:", "Tel. mobile:"]
TEL_LABELS = ["Tel.:", "T:", "☎", "Tel:", "P:", "Office:"]


def other_region(R):
    return pick([c for c in REG if c != R])


def c_chat(b, L, R):
    app = pick(APPS)
    (a, af, al), (c, cf, cl) = person(L), person(L)
    y, m, d = rdate()
    h, mi = r.randint(7, 21), r.randint(0, 50)
    st = r.randint(0, 3)

    def stamp(who):
        nonlocal h, mi
        mi += r.randint(0, 4)
        if mi > 59:
            mi -= 60
            h = (h + 1) % 24
        if st == 0:
            return f"[{d:02d}/{m:02d}/{y}, {h:02d}:{mi:02d}] {who}: "
        if st == 1:
            hh = h % 12 or 12
            return f"{m}/{d}/{y % 100}, {hh}:{mi:02d} {'PM' if h >= 12 else 'AM'} - {who}: "
        if st == 2:
            return f"{who} ({h:02d}:{mi:02d}): "
        return f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d} <{who}> "

    b.t(stamp(a) + f"{L['hi']}! {L['filler']}?\n")
    b.t(stamp(c) + f"{L['call']} ").ph(kind="mob")
    if r.random() < 0.35:
        b.t(" / ").ph(kind=pick(["mob", "land"]))
    b.t("\n")
    if r.random() < 0.6:
        b.t(stamp(a) + f"{L['thanks']}! {dz(L, R)}\n")
    if r.random() < 0.45:
        b.t(stamp(c) + f"{L['mail']} ").em(mk_email(cf, cl, R)).t("\n")
    if r.random() < 0.2:
        b.t(stamp(c) + "IBAN: ").iban().t(f" ({c})\n")
    if r.random() < 0.15:
        b.t(stamp(a) + f"{L['call']} ").ph(kind="mob", mode="intl").t(" 👍\n")
    return f"{app} chat"


def c_email(b, L, R):
    (a, af, al), (c, cf, cl) = person(L), person(L)
    cname, cdom = corp(R)
    b.t(
        f"Subject: {pick(['Re: ', 'AW: ', 'RE: ', 'Fwd: ', ''])}{dz(L, R, pick(['order', 'invoice', 'ticket']))}\n\n"
    )
    b.t(f"{L['hi']} {c},\n\n{L['filler']}. {L['call']} ").ph(kind=pick(["mob", "land"]))
    if r.random() < 0.2:
        b.t(pick([" ext. " + D1(3), " x" + D1(3), " (ext. " + D1(2) + ")", " Durchwahl " + D1(2)]))
    b.t(".")
    if r.random() < 0.5:
        b.t(f" {L['mail']} ").em(mk_email(af, al, R)).t(".")
    b.t(f"\n\n{L['bye']},\n{a}\n{cname}\n")
    b.t(pick(TEL_LABELS) + " ").ph(kind="land", mode=pick(["intl", "nat"]))
    if r.random() < 0.25:
        b.t(pick([" ext. ", " x", " - int. "]) + D1(3))
    b.t("\n")
    if r.random() < 0.7:
        b.t(pick(MOB_LABELS) + " ").ph(kind="mob").t("\n")
    if r.random() < 0.3:
        b.t("Fax: ").ph(kind="land").t("\n")
    b.t(f"{L['email']}: ").em(mk_email(af, al, R, dom=cdom)).t(f" | www.{cdom}\n")
    if r.random() < 0.4:
        b.t(dz(L, R, pick(["postal", "date", "sort", "blz"])) + "\n")
    return "e-mail with signature"


def c_form(b, L, R):
    a, af, al = person(L)
    sep = pick([": ", " = ", ":\t", " | "])
    rows = [
        lambda: b.t(f"{L['namel']}{sep}{a}"),
        lambda: b.t(f"{L['phone']}{sep}").ph(),
        lambda: b.t(f"{L['email']}{sep}").em(mk_email(af, al, R)),
        lambda: b.t(f"{L['order']}{sep}{dz(L, R, 'order')[len(L['order']) + 1 :]}"),
        lambda: b.t(f"Date{sep}{date_str()}"),
    ]
    if r.random() < 0.5:
        rows.append(lambda: b.t(f"{L['phone']} 2{sep}").ph(kind="land"))
    if r.random() < 0.35:
        rows.append(
            lambda: (
                b.t(f"Card{sep}")
                .card()
                .t(f"\nExp{sep}{r.randint(1, 12):02d}/{r.randint(25, 31)}\nCVC{sep}{D(3)}")
            )
        )
    if r.random() < 0.25:
        rows.append(lambda: b.t(f"IBAN{sep}").iban())
    if r.random() < 0.3:
        rows.append(lambda: b.t(f"Client IP{sep}").ip())
    order = list(range(len(rows)))
    r.shuffle(order)
    b.t(
        pick(
            [
                "--- web form submission ---\n",
                "New contact request\n",
                "Formulario / Form #" + D(5) + "\n",
                "",
            ]
        )
    )
    for i, k in enumerate(order):
        rows[k]()
        b.t("\n")
    b.t(f"Submitted{sep}{iso_ts()}\n")
    return "web form dump"


def us_switch(b):
    b.R = "US"
    b.L = LANG[pick(["English"] * 5 + ["Spanish"])]
    return b.L, "US"


def c_hr(b, L, R):
    if r.random() < 0.6:
        L, R = us_switch(b)
        a, af, al = person(L)
        b.t(
            f"EMPLOYEE RECORD — CONFIDENTIAL\nEmployee ID: E{D(6)}    Dept: {pick(['Finance', 'Ops', 'R&D', 'Sales', 'Legal'])}    Cost center: {D(4)}-{D(2)}\n"
        )
        b.t(f"Name: {a}\nSSN: ").ssn().t(f"\nDate of birth: {date_str(2)}\nHome phone: ").ph(
            kind="land"
        )
        b.t("\nCell: ").ph(kind="mob").t("\nPersonal email: ").em(mk_email(af, al, R))
        b.t(f"\nDirect deposit: {dz(L, R, 'aba')} / acct ****{D(4)}\nStart date: {date_str(0)}\n")
        if r.random() < 0.4:
            b.t(f"Notes: {L['filler']}.\n")
        return "HR record"
    a, af, al = person(L)
    cname, cdom = corp(R)
    b.t(f"{cname} — HR\nPersonnel no. {D(5)}\n{L['namel']}: {a}\n{L['phone']}: ").ph()
    b.t(f"\n{L['email']}: ").em(mk_email(af, al, R, dom=cdom if r.random() < 0.5 else None))
    b.t("\nIBAN (salary): ").iban(R if R in IBAN_SPEC else None).t(f"\nEntry date: {date_str()}\n")
    if r.random() < 0.5:
        b.t("Emergency contact: ").ph(kind="mob").t("\n")
    return "HR record"


def c_medical(b, L, R):
    us = r.random() < 0.45
    if us:
        L, R = us_switch(b)
    a, af, al = person(L)
    c = person(L)[0]
    b.t(f"PATIENT INTAKE FORM\nPatient: {a}    DOB: {date_str()}    MRN: {D(8)}\n")
    if us and r.random() < 0.7:
        b.t("SSN: ").ssn().t("\n")
    b.t(f"{L['phone']} (cell): ").ph(kind="mob")
    if r.random() < 0.5:
        b.t("    Alt: ").ph(kind="land")
    b.t(f"\n{L['email']}: ").em(mk_email(af, al, R))
    b.t(
        f"\nEmergency contact: {c} ({pick(['spouse', 'mother', 'son', 'daughter', 'partner', 'brother'])}) — "
    ).ph()
    b.t(
        f"\nInsurance: {pick(['Aetna', 'BlueCross', 'AOK', 'TK', 'Allianz', 'AXA', 'Bupa', 'Cigna'])} member ID {pick(UPPER)}{pick(UPPER)}{D(9)}  group {D(6)}\n"
    )
    b.t(
        f"Vitals: BP {r.randint(100, 150)}/{r.randint(60, 95)} mmHg, HR {r.randint(55, 100)} bpm, Wt {r.uniform(45, 110):.1f} kg\n"
    )
    return "medical intake"


def c_ticket(b, L, R):
    a, af, al = person(L)
    b.t(f"Ticket #{D(6)} | Priority: P{r.randint(1, 4)} | Opened: {iso_ts()}\nCustomer: {a} <").em(
        mk_email(af, al, R)
    ).t(">\n")
    b.t("Callback number: ").ph()
    b.t(f'\nMessage: "{L["hi"]}, {dz(L, R, "order")} — {L["filler"]}? {L["thanks"]}."\n')
    if r.random() < 0.45:
        b.t("Customer pasted card in chat: ").card().t(
            f" (exp {r.randint(1, 12):02d}/{r.randint(25, 31)}) — please redact\n"
        )
    if r.random() < 0.45:
        b.t("Client IP at checkout: ").ip().t("\n")
    b.t(f"Agent note: refund {price(R)}, {dz(L, R, pick(['tracking', 'invoice', 'date']))}\n")
    return "customer-support ticket"


def c_crm(b, L, R):
    sep = pick([",", ";", ","])
    cols = pick(
        [
            ["id", "name", "email", "phone", "country", "created_at"],
            ["contact_id", "full_name", "phone", "email", "ltv", "last_order"],
            ["ID", L["namel"], L["email"], L["phone"], "Status", "Updated"],
        ]
    )
    b.t(sep.join(cols) + "\n")
    for _ in range(r.randint(3, 6)):
        reg = R if r.random() < 0.75 else pick(L["regions"])
        a, af, al = person(L)
        for col in cols:
            if col in ("id", "contact_id", "ID"):
                b.t(str(r.randint(100000, 999999)))
            elif col in ("name", "full_name", L["namel"]):
                b.t(f'"{a}"' if r.random() < 0.3 else a)
            elif col in ("email", L["email"]):
                b.em(mk_email(af, al, reg))
            elif col in ("phone", L["phone"]):
                mode = pick(["e164", "intl", "nat"])
                if mode == "nat" and sep == "," and r.random() < 0.5:
                    b.t('"').ph(reg, mode=mode).t('"')
                else:
                    b.ph(reg, mode=mode)
            elif col == "country":
                b.t(reg)
            elif col == "ltv":
                b.t(f"{r.uniform(10, 9000):.2f}")
            elif col == "Status":
                b.t(pick(["lead", "active", "churned", "vip"]))
            else:
                b.t(date_str(0) if r.random() < 0.6 else iso_ts())
            if col != cols[-1]:
                b.t(sep)
        b.t("\n")
    return "CRM export (CSV)"


UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "curl/8.{a}.{c}",
    "okhttp/4.12.0",
    "python-requests/2.31.0",
]


def c_log(b, L, R):
    k = r.randint(0, 4)
    y, m, d = rdate()
    for _ in range(r.randint(3, 6)):
        ts = time_str(True)
        if k == 0:
            b.ip(v=4 if r.random() < 0.75 else 6).t(
                f' - - [{d:02d}/{MON[m - 1]}/{y}:{ts} +0000] "{pick(["GET", "POST", "PUT"])} /api/v{r.randint(1, 3)}/orders/{D(6)} HTTP/1.1" {pick(["200", "201", "304", "404", "500"])} {r.randint(200, 90000)} "-" "'
            )
            b.t(pick(UAS).format(v=version_ipshape(), a=r.randint(0, 9), c=r.randint(0, 9)) + '"\n')
        elif k == 1:
            b.t(
                f"{MON[m - 1]} {d:2d} {ts} web{r.randint(1, 9):02d} sshd[{r.randint(1000, 65000)}]: {pick(['Failed password for invalid user admin', 'Accepted publickey for deploy', 'Failed password for root', 'Connection closed by authenticating user git'])} from "
            )
            b.ip().t(f" port {r.randint(1024, 65535)} ssh2\n")
        elif k == 2:
            b.t(
                '{"ts":"'
                + iso_ts()
                + '","level":"'
                + pick(["INFO", "WARN", "ERROR"])
                + '","msg":"'
                + pick(["login ok", "password reset requested", "2fa failed", "order placed"])
                + '","user":"'
            )
            a, af, al = person(L)
            b.em(mk_email(af, al, R)).t('","ip":"').ip().t(
                '","req_id":"' + uuid4() + '","app_version":"' + version_ipshape() + '"}\n'
            )
        elif k == 3:
            b.t(f"{y}-{m:02d}-{d:02d} {ts} haproxy[{r.randint(100, 9999)}]: ")
            if r.random() < 0.5:
                b.t("[").ip(v=6).t(f"]:{r.randint(1024, 65535)}")
            else:
                b.ip(v=4).t(f":{r.randint(1024, 65535)}")
            b.t(
                f" [{d:02d}/{MON[m - 1]}/{y}:{ts}.{D(3)}] fe_https be_app/app{r.randint(1, 4)} {r.randint(0, 40)}/{r.randint(0, 9)}/{r.randint(1, 300)} {pick(['200', '502', '301'])} {r.randint(300, 99999)}\n"
            )
        else:
            b.t(
                f"{MON[m - 1]} {d:2d} {ts} mx1 postfix/smtpd[{r.randint(1000, 99999)}]: {hexs(10).upper()}: client=unknown["
            )
            b.ip().t("], sasl_username=")
            a, af, al = person(L)
            b.em(mk_email(af, al, R)).t("\n")
    return pick(
        [
            "nginx access log",
            "sshd auth log",
            "JSON application log",
            "haproxy log",
            "postfix mail log",
        ][k : k + 1]
    )


ITEMS = [
    "iPhone 13, 128 GB",
    "Trek Marlin 5 (M)",
    "IKEA KALLAX 4x4",
    "PlayStation 5 + 2 controllers",
    "Canon EOS 250D kit",
    "VW Golf VII 1.6 TDI, 2016",
    "Bosch washing machine 8 kg",
    "baby stroller Bugaboo Fox",
    "2-room flat, 54 m²",
    "Yamaha P-45 piano",
    "MacBook Air M1 8/256",
    "sofa 3-seater, grey",
]


def c_classified(b, L, R):
    a, af, al = person(L)
    b.t(
        f"{pick(['🔥 ', '', '[SELL] ', '** '])}{pick(ITEMS)} — {price(R)}\n{L['filler']}. {L['call']} "
    ).ph(kind="mob")
    if r.random() < 0.4:
        b.t(pick([" (WhatsApp) / ", " or ", ", ", " · "])).ph(kind=pick(["mob", "land"]))
    b.t(".")
    if r.random() < 0.5:
        b.t(f" {L['email']}: ").em(mk_email(af, al, R))
    b.t(f"\n{pick(POSTAL)} · posted {date_str()} · ad id {D1(9)}\n")
    return "classified ad"


def c_invoice(b, L, R):
    a, af, al = person(L)
    cname, cdom = corp(R)
    inv = dz(L, R, "invoice")
    b.t(
        f"{cname}\n{pick(['INVOICE', 'RECHNUNG', 'FACTURE', 'FACTURA', 'FATTURA', 'FAKTURA'])} {inv}\nDate: {date_str()}    Due: {date_str()}\nCustomer no.: {D1(7)}\n"
    )
    b.t(f"Bill to: {a}, ").em(mk_email(af, al, R)).t("\n")
    for _ in range(r.randint(1, 3)):
        b.t(f"  {pick(ITEMS)}  {r.randint(1, 5)} x {price(R)}\n")
    b.t(
        f"Total: {price(R)} (VAT {pick(['19', '20', '21', '7', '10', '23', '25'])}%)\nPayment to IBAN "
    ).iban(R if R in IBAN_SPEC else None)
    b.t(
        f"  BIC {''.join(pick(UPPER) for _ in range(4))}{pick(list(IBAN_SPEC))}{pick(UPPER)}{pick(UPPER)}\nReference: {inv}\n"
    )
    b.t(f"{L['phone']}: ").ph(kind="land").t(f" · {L['email']}: ").em(
        mk_email(af, al, R, dom=cdom, role=True)
    ).t("\n")
    return "invoice"


LEGAL = {
    "English": (
        "Dear {n},",
        "Our ref.: {ref}",
        "We act for our client, {c}, in the above matter. Please direct all further correspondence to the undersigned at",
        "or by telephone on",
        "Settlement funds should be transferred to our client account",
        "Yours sincerely,",
        "Case No. 2:{y}-cv-{d}",
    ),
    "German": (
        "Sehr geehrte Damen und Herren,",
        "Unser Zeichen: {ref}",
        "wir zeigen an, dass wir {c} vertreten. Bitte richten Sie weitere Korrespondenz an",
        "oder telefonisch unter",
        "Den Vergleichsbetrag überweisen Sie bitte auf das Anderkonto",
        "Mit freundlichen Grüßen",
        "Az. {d} O {y}/24",
    ),
    "French": (
        "Madame, Monsieur,",
        "Nos réf. : {ref}",
        "Nous intervenons pour le compte de notre client(e) {c}. Merci d'adresser toute correspondance à",
        "ou par téléphone au",
        "Le montant transactionnel est à virer sur le compte",
        "Veuillez agréer nos salutations distinguées.",
        "RG n° {y}/{d}",
    ),
    "Spanish": (
        "Estimado/a {n}:",
        "Ref.: {ref}",
        "Actuamos en nombre de nuestro cliente {c}. Le rogamos dirija toda comunicación a",
        "o por teléfono al",
        "El importe acordado deberá transferirse a la cuenta",
        "Atentamente,",
        "Autos {d}/{y}",
    ),
}


def c_legal(b, L, R):
    if L["name"] not in LEGAL:
        b.L = L = LANG["English"]
        if R not in L["regions"]:
            b.R = R = pick(["GB", "IE", "US", "AU", "MT"])
    tpl = LEGAL[L["name"]]
    a, af, al = person(L)
    c = person(L)[0]
    cname, cdom = corp(R)
    ref = f"{pick(UPPER)}{pick(UPPER)}/{D(4)}/{r.randint(19, 26)}"
    b.t(
        f"{cname.split()[0]} & Partners — Attorneys\n{date_str(4)}\n{tpl[1].format(ref=ref)} — {tpl[6].format(y=r.randint(19, 26), d=D1(4))}\n\n"
    )
    b.t(tpl[0].format(n=c) + "\n\n" + tpl[2].format(c=c) + " ").em(mk_email(af, al, R, dom=cdom)).t(
        f" {tpl[3]} "
    ).ph(kind="land").t(".\n")
    if r.random() < 0.7:
        b.t(tpl[4] + " ").iban(R if R in IBAN_SPEC else None).t(f" ({price(R)}).\n")
    b.t(f"\n{tpl[5]}\n{a}\nT ").ph(kind="land", mode="intl").t("  |  F ").ph(
        kind="land", mode="intl"
    ).t("\n")
    return "legal letter"


def c_social(b, L, R):
    a, af, al = person(L)
    k = r.randint(0, 2)
    if k == 0:
        b.t(f"{L['filler']}… {L['call']} ").ph(kind="mob").t(
            f" 🙏 #{pick(['lost', 'help', 'forsale', 'repost', 'rent'])} #{pick(['city', 'local', 'community'])}"
        )
        if r.random() < 0.3:
            b.t(f" (posted {time_str()})")
    elif k == 1:
        b.t(f"📍 {pick(POSTAL)} | 📞 ").ph(kind="mob").t(" | ✉️ ").em(mk_email(af, al, R)).t(
            f" | est. {r.randint(2009, 2023)}"
        )
    else:
        b.t(
            f"@{af}_{al[:3]}{r.randint(1, 99)}: {L['hi']}! DM or {pick(['text', 'WhatsApp', 'call'])} "
        ).ph(kind="mob", mode=pick(["intl", "nat"]))
        b.t(f" · {r.randint(2, 900)} likes · {dz(L, R, 'date')}")
    b.t("\n")
    return pick(["social media post", "Instagram bio", "Facebook comment", "X/Twitter post"])


def c_code(b, L, R):
    a, af, al = person(L)
    k = r.randint(0, 5)
    if k == 0:
        b.t("# fixtures for staging\nCONTACTS = [\n")
        for _ in range(r.randint(2, 3)):
            a, af, al = person(L)
            b.t(f'    {{"name": "{a}", "email": "').em(mk_email(af, al, R)).t('", "phone": "').ph(
                mode=pick(["e164", "intl"])
            ).t('"},\n')
        b.t(f']\nAPI_VERSION = "{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}"\n')
    elif k == 1:
        b.t("database:\n  host: ").ip(v=4).t(
            f"\n  port: {pick(['5432', '3306', '6379'])}\n  replica: "
        ).ip().t("\nalerts:\n  email: ").em(mk_email(af, al, R))
        b.t('\n  sms: "').ph(mode="e164").t(
            f'"\nimage: app:{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}\n'
        )
    elif k == 2:
        b.t("APP_ENV=production\nSMTP_USER=").em(mk_email(af, al, R, dom=corp(R)[1])).t(
            "\nSUPPORT_PHONE="
        ).ph(mode="e164").t("\nALLOWED_IP=").ip(v=4, kind="pub").t(
            f"\nBUILD={version_ipshape()}\nSECRET_HASH={hexs(40)}\n"
        )
    elif k == 3:
        b.t("INSERT INTO customers (name, email, phone, card_number, created_at) VALUES\n")
        for i in range(r.randint(1, 3)):
            a, af, al = person(L)
            b.t(f"  ('{a.replace(chr(39), chr(39) * 2)}', '").em(mk_email(af, al, R)).t(
                "', '"
            ).ph().t("', '").card(sep=None).t(f"', '{date_str(0)} {time_str(True)}')")
            b.t(",\n")
        b.parts[-1] = ";\n"
    elif k == 4:
        b.t(f'<contact id="{D(6)}">\n  <name>{a}</name>\n  <email>').em(mk_email(af, al, R)).t(
            '</email>\n  <phone type="mobile">'
        ).ph(kind="mob").t('</phone>\n  <phone type="work">').ph(kind="land").t(
            f"</phone>\n  <updated>{iso_ts()}</updated>\n</contact>\n"
        )
    else:
        b.t("// payment test payload\nconst payload = {\n  customer: { email: '").em(
            mk_email(af, al, R)
        ).t("', phone: '").ph(mode="e164").t("' },\n  card: { number: '").card(sep=None).t(
            f"', exp: '{r.randint(1, 12):02d}/{r.randint(26, 31)}', cvc: '{D(3)}' }},\n  iban: '"
        ).iban(grouped=False).t(
            f"',\n  sdk: '{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 40)}'\n}};\n"
        )
    return pick(
        ["Python fixture", "YAML config", ".env file", "SQL dump", "XML export", "JS snippet"][
            k : k + 1
        ]
    )


def c_sheet(b, L, R):
    b.t("\t".join([L["namel"], L["phone"], L["email"], "Amount", "Date"]) + "\n")
    for _ in range(r.randint(2, 5)):
        a, af, al = person(L)
        b.t(a + "\t").ph(mode=pick(["nat", "intl", "nat"])).t("\t").em(mk_email(af, al, R)).t(
            f"\t{price(R)}\t{date_str()}\n"
        )
    return "spreadsheet paste (TSV)"


def c_voicemail(b, L, R):
    a = person(L)[0]
    b.t("Voicemail from ").ph(mode="intl").t(
        f' · {date_str()} {time_str()} · 0:{r.randint(10, 59)}\nTranscript: "{L["hi"]}, {a}. {L["filler"]}. {L["call"]} '
    ).ph(mode="spoken")
    if r.random() < 0.3:
        b.t(f", {pick(['or', '/', '—'])} ").ph(kind="land", mode="spoken")
    b.t(f'. {L["bye"]}."\n')
    return "voicemail transcript"


def c_call(b, L, R):
    us = r.random() < 0.5
    if us:
        L, R = us_switch(b)
    a, af, al = person(L)
    t = 3
    b.t(
        f"[00:00:0{t}] Agent: Thank you for calling, this call may be recorded. What's the best number to reach you?\n"
    )
    intro = (
        pick(["Sure, it is ", "Yeah, ", "It is "])
        if L["name"] == "English"
        else f"{L['hi']}. {L['call']} "
    )
    b.t(f"[00:00:1{r.randint(0, 9)}] Customer: {intro}").ph(
        mode=pick(["spoken", "nat", "spoken"])
    ).t(".\n")
    if us and r.random() < 0.7:
        b.t(
            "[00:00:31] Agent: And to verify the account, your Social Security number?\n[00:00:38] Customer: "
        ).ssn(fmt=pick(["-", " ", " "])).t(".\n")
    if r.random() < 0.6:
        b.t("[00:01:02] Customer: The card is ").card(sep=pick([" ", " ", "-"])).t(
            f", expires {r.randint(1, 12):02d}/{r.randint(25, 31)}.\n"
        )
    if r.random() < 0.4:
        b.t("[00:01:20] Agent: And an e-mail for the receipt?\n[00:01:24] Customer: ").em(
            mk_email(af, al, R)
        ).t(".\n")
    b.t(f"[00:01:40] Agent: Great, your reference is {D1(8)}. Anything else?\n")
    if L["name"] != "English":
        b.t(f"[00:01:46] Customer: {L['thanks']}. {L['bye']}.\n")
    return "call-centre transcript"


def c_vcard(b, L, R):
    a, af, al = person(L)
    cname, cdom = corp(R)
    b.t(
        f"BEGIN:VCARD\nVERSION:{pick(['3.0', '4.0'])}\nN:{al.title()};{af.title()};;;\nFN:{a}\nORG:{cname}\nTEL;TYPE=CELL:"
    ).ph(kind="mob", mode=pick(["intl", "e164"]))
    b.t("\nTEL;TYPE=WORK,VOICE:").ph(kind="land")
    b.t("\nEMAIL;TYPE=INTERNET:").em(mk_email(af, al, R, dom=cdom))
    if r.random() < 0.4:
        b.t("\nEMAIL;TYPE=HOME:").em(mk_email(af, al, R))
    b.t(f"\nREV:{iso_ts()}\nEND:VCARD\n")
    return "vCard"


def c_sms(b, L, R):
    if r.random() < 0.5:
        b.t(
            f"From: {r.randint(10000, 99999)}\n{date_str()} {time_str()}\nYour verification code is {D(6)}. Never share it.\n---\n"
        )
    b.t("From: ").ph(kind="mob").t(f"\n{date_str()} {time_str()}\n{L['hi']}! {L['call']} ").ph(
        kind="mob", mode=pick(["nat", "intl"])
    ).t(f" — {L['filler']}\n")
    return "SMS thread"


def c_forum(b, L, R):
    a, af, al = person(L)
    b.t(
        f"Re: {pick(['router keeps dropping', 'VPN not connecting', 'port forwarding help', 'NAS not reachable'])}\nPosted by {af}{r.randint(10, 99)} » {date_str()} {time_str()}\n"
    )
    b.t(f"{L['hi']}, my WAN IP is ").ip(v=4, kind="pub").t(
        f" and the box (firmware {version_ipshape()}) sits at "
    ).ip(v=4, kind="priv")
    if r.random() < 0.5:
        b.t(". IPv6 from ISP: ").ip(v=6)
    b.t(f". {L['filler']}?")
    if r.random() < 0.5:
        b.t(" PM me or mail ").em(mk_email(af, al, R))
    b.t("\n")
    return "forum post"


def ocr_noise(s):
    table = {"l": "1", "o": "0", "I": "l", "e": "c", "S": "5"}
    out = []
    for ch in s:
        out.append(table[ch] if ch in table and r.random() < 0.25 else ch)
    return "".join(out)


def c_ocr(b, L, R):
    a, af, al = person(L)
    cname, cdom = corp(R)
    b.t(ocr_noise(f"{cname}") + pick([" ¦ ", " | ", "  "]) + ocr_noise(a) + "\n")
    b.t(ocr_noise(f"{L['phone']}:") + pick([" ", "  ", " ."])).ph(kind="land").t(
        pick(["  ", " ~ ", " | "])
    )
    b.t(ocr_noise("Fax:") + " ").ph(kind="land").t("\n")
    b.t(ocr_noise("Mobil:") + " ").ph(kind="mob").t("\n" + ocr_noise(f"{L['email']}:") + " ").em(
        mk_email(af, al, R, dom=cdom)
    )
    b.t(f"\n{ocr_noise(pick(POSTAL))}  —  p. {r.randint(1, 4)}/{r.randint(4, 9)}\n")
    return "OCR'd scan (letterhead)"


def c_login(b, L, R):
    a, af, al = person(L)
    b.t(f"{L['hi']} {a},\nNew sign-in to ").em(mk_email(af, al, R)).t(
        f"\nWhen: {iso_ts()}\nIP address: "
    ).ip(kind="pub")
    b.t(
        f"\nLocation: {REG[R]['country']} (approximate)\nDevice: Chrome {version_ipshape()} on Windows\nIf this wasn't you, call "
    ).ph(kind="land", mode="intl").t(".\n")
    return "security alert e-mail"


def c_contacts(b, L, R):
    rel = pick(
        [["👩", "👨", "👵"], ["Mom", "Dad", "Grandma"], ["1)", "2)", "3)"], ["A:", "B:", "C:"]]
    )
    b.t(f"{L['phone']}:\n")
    for i in range(r.randint(2, 4)):
        lab = rel[i] if i < len(rel) else "-"
        reg = R if r.random() < 0.8 else pick(L["regions"])
        b.t(f"{lab} ").ph(reg).t(pick([";", ",", ""]) + "\n")
    b.t(f"{L['thanks']}!\n")
    return "list of numbers"


def c_transfer(b, L, R):
    a = person(L)[0]
    b.t(f"{L['hi']}! IBAN: ").iban(R if R in IBAN_SPEC and r.random() < 0.8 else None).t(
        f" — {a}. Ref {dz(L, R, 'invoice')}, {price(R)}. {L['thanks']}!"
    )
    if r.random() < 0.5:
        b.t(f" {L['call']} ").ph(kind="mob")
    b.t("\n")
    return "payment request message"


def c_sepa(b, L, R):
    a, af, al = person(L)
    c = person(L)[0]
    dbt = R if R in IBAN_SPEC else pick(["DE", "FR", "NL", "ES", "IT"])
    b.t(
        f'<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-{D(10)}</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy="EUR">{r.uniform(10, 9000):.2f}</InstdAmt></Amt>\n'
    )
    b.t(f"  <Cdtr><Nm>{c}</Nm><CtctDtls><PhneNb>").e(
        "PHONE", "+" + REG[R]["cc"] + "-" + "".join(expand(pick(REG[R]["mob"])).split(" ")), R
    )
    b.regions.append(R)
    b.t("</PhneNb><EmailAdr>").em(mk_email(af, al, R)).t(
        "</EmailAdr></CtctDtls></Cdtr>\n  <CdtrAcct><Id><IBAN>"
    ).iban(dbt, grouped=False)
    b.t(
        f"</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>{dz(L, R, 'invoice')}</Ustrd></RmtInf>\n</CdtTrfTxInf>\n"
    )
    return "SEPA XML (pain.001)"


def c_w9(b, L, R):
    L, R = us_switch(b)
    a, af, al = person(L)
    b.t(
        f"Form W-9 (Rev. {pick(['October 2018', 'March 2024'])})\n1 Name: {a}\n3 Federal tax classification: Individual/sole proprietor\nPart I  Social security number: "
    ).ssn()
    b.t("\nEmployer identification number: (none)\nPhone: ").ph().t("   Email: ").em(
        mk_email(af, al, R)
    ).t(f"\nDate: {date_str(2)}\n")
    return "tax form (W-9)"


def c_hotel(b, L, R):
    a, af, al = person(L)
    b.t(
        f"{L['hi']},\nBooking ref {''.join(pick(UPPER + '0123456789') for _ in range(6))} — check-in {date_str(0)}, {r.randint(1, 9)} nights, room {r.randint(1, 9)}{D(2)}.\n"
    )
    b.t("Guarantee card: ").card().t(
        f" exp {r.randint(1, 12):02d}/{r.randint(25, 31)}\nGuest {L['phone']}: "
    ).ph(kind="mob").t(f"\nGuest {L['email']}: ").em(mk_email(af, al, R))
    b.t(f"\n{L['thanks']}, {L['bye']}\n")
    return "hotel booking e-mail"


def c_loan(b, L, R):
    L, R = us_switch(b)
    a, af, al = person(L)
    c = person(L)[0]
    b.t(f"LOAN APPLICATION #{D1(7)}\nApplicant: {a}\nSSN: ").ssn().t(
        f"   DOB: {date_str(2)}\nMobile: "
    ).ph(kind="mob").t("   Email: ").em(mk_email(af, al, R))
    b.t(f"\nEmployer: {corp('US')[0]}, HR line ").ph(kind="land").t(pick([" ext. ", " x"]) + D1(3))
    if r.random() < 0.5:
        b.t(f"\nCo-applicant: {c}, SSN ").ssn()
    b.t(
        f"\nRequested amount: {price('US')}   Term: {pick(['36', '48', '60'])} months   APR {r.uniform(3, 19):.2f}%\n"
    )
    return "loan application"


def c_json(b, L, R):
    a, af, al = person(L)
    b.t(
        '{"event":"checkout","order_id":"' + D1(10) + '","customer":{"name":"' + a + '","email":"'
    ).em(mk_email(af, al, R))
    b.t('","phone":"').ph(mode=pick(["e164", "intl"])).t(
        '"},"payment":{"method":"card","pan":"'
    ).card(sep=None)
    b.t(f'","exp":"{r.randint(1, 12):02d}/{r.randint(26, 31)}"}},"client_ip":"').ip().t(
        f'","ts":{r.randint(1600000000, 1800000000)},"sdk":"{version_ipshape()}"}}\n'
    )
    return "JSON API payload"


POS_CTX = [
    (c_chat, 12),
    (c_email, 10),
    (c_form, 7),
    (c_hr, 6),
    (c_medical, 5),
    (c_ticket, 7),
    (c_crm, 5),
    (c_log, 7),
    (c_classified, 6),
    (c_invoice, 7),
    (c_legal, 4),
    (c_social, 5),
    (c_code, 6),
    (c_sheet, 3),
    (c_voicemail, 4),
    (c_call, 6),
    (c_vcard, 3),
    (c_sms, 4),
    (c_forum, 4),
    (c_ocr, 3),
    (c_login, 4),
    (c_contacts, 4),
    (c_transfer, 6),
    (c_sepa, 4),
    (c_w9, 3),
    (c_hotel, 5),
    (c_loan, 3),
    (c_json, 5),
]


# --------------------------------------------------------------------------
# negative contexts: look-alikes only, never a span
# --------------------------------------------------------------------------


def n_shipping(b, L, R):
    a = person(L)[0]
    b.t(
        f"{L['hi']} {a}, {dz(L, R, 'order')} — shipped {date_str(pick([0, 3]))}. {dz(L, R, 'tracking')} "
        f"({pick(['DHL', 'UPS', 'FedEx', 'USPS', 'PostNL', 'La Poste', 'Correos', 'SF Express'])}). "
        f"Delivery to {pick(POSTAL)} between {time_str()} and {time_str()}. {L['thanks']}!\n"
    )
    return "shipping notification"


def n_release(b, L, R):
    proj = pick(["libfoo", "acme-agent", "orbit-cli", "pgbouncer-lite", "nodekit", "tessera"])
    b.t(
        f"## {proj} {r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)} ({date_str(0)})\n"
        f"- Fixed crash on startup (#{D1(4)})\n- Bumped bundled agent to {version_ipshape()}\n"
        f"- Minimum supported OS build {version_ipshape()}\n- {dz(L, R, 'hash')}\n"
        f"sha256: {hexs(64)}\n"
    )
    return "release notes"


def n_flight(b, L, R):
    fl = dz(L, R, "flight")
    b.t(
        f"{L['hi']}! Booking {''.join(pick(UPPER) for _ in range(6))}\n{fl} {pick(['FRA', 'LHR', 'CDG', 'IST', 'DXB', 'JFK', 'NRT', 'GRU', 'SIN', 'JNB'])}→"
        f"{pick(['MAD', 'FCO', 'AMS', 'DEL', 'ICN', 'SYD', 'MEX', 'NBO', 'BKK', 'WAW'])} dep {date_str(0)} {time_str()} arr {time_str()}, "
        f"Terminal {r.randint(1, 5)}, seat {r.randint(1, 45)}{pick('ABCDEF')}\nE-ticket {D1(3)}-{D(10)}  Gate {pick(UPPER)}{r.randint(1, 60)}\n"
    )
    return "flight itinerary"


def n_weather(b, L, R):
    b.t(
        f"Station {''.join(pick(UPPER) for _ in range(4))} ({dz(L, R, 'coord')}) — {r.uniform(-20, 40):.1f} °C, "
        f"{dz(L, R, 'measure')}, {r.uniform(980, 1035):.1f} hPa, wind {r.randint(0, 359):03d}° {r.randint(0, 40)} kt, "
        f"obs {iso_ts()}, ts={r.randint(1500000000, 1800000000)}\n"
    )
    return "weather report"


def n_lottery(b, L, R):
    nums = sorted(r.sample(range(1, 50), 6))
    em = sorted(r.sample(range(1, 51), 5))
    b.t(
        f"{date_str()} — Lotto: {' '.join(f'{x:02d}' for x in nums)} (Superzahl {r.randint(0, 9)})\n"
        f"EuroMillions: {' - '.join(f'{x:02d}' for x in em)} ⭐ {r.randint(1, 6):02d} {r.randint(7, 12):02d}\n"
        f"Powerball {'-'.join(f'{x:02d}' for x in sorted(r.sample(range(1, 70), 5)))} PB {r.randint(1, 26):02d}\n"
        f"{L['thanks']} — jackpot {price(R)}\n"
    )
    return "lottery results"


def n_biblio(b, L, R):
    a = person(L)[0]
    b.t(
        f"{a} ({r.randint(1990, 2025)}). {pick(['Handbook of', 'Introduction to', 'Notes on'])} {pick(['Signal Processing', 'Urban Ecology', 'Number Theory', 'Labour Law'])}. "
        f"{pick(['Springer', 'Elsevier', 'Wiley', 'Routledge'])}. ISBN {isbn13()}, pp. {r.randint(1, 200)}–{r.randint(201, 400)}. "
        f"doi:10.{D1(4)}/{D(4)}.{D(6)}\n"
    )
    return "bibliography entry"


def n_patent(b, L, R):
    b.t(
        "Cited patents: "
        + "; ".join(dz(L, R, "patent") for _ in range(r.randint(2, 4)))
        + f". Priority date {date_str(0)}.\n"
    )
    return "patent citations"


def n_bank(b, L, R):
    b.t(
        f"Branch details (no account data): {dz(L, R, 'sort')}, BIC {''.join(pick(UPPER) for _ in range(4))}{pick(list(IBAN_SPEC))}{pick(UPPER)}{pick(UPPER)}, "
        f"{dz(L, R, 'aba')}, {dz(L, R, 'blz')}. Opening hours {time_str()}–{time_str()}. {L['thanks']}.\n"
    )
    return "bank branch info"


def n_catalog(b, L, R):
    for _ in range(r.randint(2, 4)):
        b.t(
            f"{dz(L, R, 'sku')} | {dz(L, R, 'ean')} | {price(R)} | {r.uniform(0.1, 40):.2f} kg | {r.randint(10, 200)}×{r.randint(10, 200)}×{r.randint(5, 90)} cm\n"
        )
    return "product catalog"


def n_metrics(b, L, R):
    for _ in range(r.randint(3, 5)):
        b.t(
            f"{iso_ts()} INFO request_id={uuid4()} latency_ms={r.randint(1, 4000)} status={pick(['200', '204', '404', '503'])} "
            f"build={version_ipshape()} cache_hit={r.random():.2f} ts={r.randint(1500000000, 1800000000)}\n"
        )
    return "metrics log (no client data)"


def n_order_chat(b, L, R):
    b.t(
        f"{L['hi']}, {dz(L, R, 'order')} — {L['filler']}? {dz(L, R, 'invoice')}, {price(R)}, {date_str(3)} {time_str()}. "
        f"{dz(L, R, 'custno')}. {L['thanks']}!\n"
    )
    return "order chat"


def n_invalid(b, L, R):
    cc = R if R in IBAN_SPEC else pick(list(IBAN_SPEC))
    bad = bad_iban(cc)
    card = make_card(R, sep=" ")
    card = card[:-1] + str((int(card[-1]) + r.randint(1, 9)) % 10)
    b.t(
        f"Validation log {iso_ts()}: IBAN field rejected (check digits invalid): '{group4(bad) if r.random() < 0.6 else bad}'. "
        f"Card field rejected (Luhn failed): '{card}'. {dz(L, R, 'rf')} accepted. {L['thanks']}.\n"
    )
    return "form validation errors (invalid checksums)"


def n_ssnlike(b, L, R):
    b.t(
        f"Claim no. {ssn_shaped()} | Part no. {ssn_shaped()} | Lot {ssn_shaped()} | Case {r.randint(2019, 2026)}-{D(3)}-{D(4)} | "
        f"{dz(L, R, 'date')} | {L['order']} {D1(9)}\n"
    )
    return "SSN-shaped part/claim ids"


def n_timetable(b, L, R):
    b.t(
        f"{pick(['IC', 'ICE', 'TGV', 'RE', 'EC', 'AVE', 'Shinkansen'])} {r.randint(100, 9999)} dep {time_str()} platform {r.randint(1, 24)}, arr {time_str()}; "
        f"bus {r.randint(1, 999)} every {r.randint(5, 30)} min; {date_str()}\n"
    )
    return "timetable"


def n_config(b, L, R):
    b.t(
        f"version: '3.8'\nservices:\n  db:\n    image: postgres:{r.randint(12, 16)}.{r.randint(0, 9)}\n    ports: ['5432:5432']\n"
        f"  app:\n    image: registry/app:{version_ipshape()}\n    environment:\n      - TIMEOUT=30s\n      - BUILD_ID={D1(10)}\n      - CHECKSUM={hexs(40)}\n"
    )
    return "docker-compose config (no addresses)"


def n_recipe(b, L, R):
    b.t(
        f"{L['hi']}! {r.randint(100, 750)} g flour, {r.randint(1, 4)} eggs, {r.uniform(0.1, 1.5):.2f} l milk, bake {r.randint(20, 70)} min at {r.randint(160, 230)} °C. "
        f"{dz(L, R, 'measure')}. {L['bye']}\n"
    )
    return "recipe"


def n_meeting(b, L, R):
    b.t(
        f"{L['filler']}: {date_str(0)} {time_str()}–{time_str()}, room {r.randint(1, 9)}.{r.randint(1, 40):02d}, budget {price(R)}, "
        f"{dz(L, R, 'ticket')}, estimate {r.uniform(0.5, 40):.1f} h, {dz(L, R, 'version')}\n"
    )
    return "meeting notes"


def n_stock(b, L, R):
    for _ in range(r.randint(2, 4)):
        b.t(
            f"{''.join(pick(UPPER) for _ in range(r.randint(2, 4)))} {r.uniform(5, 900):.2f} {pick('+-')}{r.uniform(0, 20):.2f} ({r.uniform(0, 9):.2f}%) vol {r.randint(10000, 99999999):,} @ {time_str()}\n"
        )
    return "stock ticker"


def n_pkg(b, L, R):
    b.t(
        f"npm i lodash@4.17.{r.randint(10, 21)} react@18.{r.randint(0, 3)}.0 @types/node@20.{r.randint(0, 12)}.{r.randint(0, 9)}\n"
        f"assets: logo@2x.png, icon@3x.png, hero@2x.webp\ngit tag v{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)} && git push  # {dz(L, R, 'hash')}\n"
    )
    return "dev notes (package@version, retina assets)"


def n_ids(b, L, R):
    b.t(
        f"{L['hi']}, {dz(L, R, 'custno')}, {dz(L, R, 'custno')}, {dz(L, R, 'order')}. {dz(L, R, 'msts')} / {dz(L, R, 'unix')}. {L['thanks']}\n"
    )
    return "phone-length ids"


def n_lab(b, L, R):
    b.t(
        f"Lab results {date_str()}: glucose {r.uniform(3.5, 9):.1f} mmol/L, HbA1c {r.uniform(4, 9):.1f} %, sample ID {r.randint(2019, 2026)}-{D(4)}-{D(4)}, "
        f"BP {r.randint(100, 150)}/{r.randint(60, 95)} mmHg, {dz(L, R, 'measure')}\n"
    )
    return "lab values (no identifiers)"


def n_geo(b, L, R):
    b.t(
        f"GPS: {dz(L, R, 'coord')}; alt {r.randint(0, 3000)} m; accuracy {r.uniform(1, 15):.1f} m; captured {date_str(0)} {time_str(True)}; {dz(L, R, 'postal')}\n"
    )
    return "GPS metadata"


NEG_CTX = [
    (n_shipping, 10),
    (n_release, 5),
    (n_flight, 6),
    (n_weather, 4),
    (n_lottery, 4),
    (n_biblio, 3),
    (n_patent, 3),
    (n_bank, 4),
    (n_catalog, 4),
    (n_metrics, 4),
    (n_order_chat, 12),
    (n_invalid, 7),
    (n_ssnlike, 5),
    (n_timetable, 3),
    (n_config, 3),
    (n_recipe, 2),
    (n_meeting, 5),
    (n_stock, 2),
    (n_pkg, 3),
    (n_ids, 7),
    (n_lab, 3),
    (n_geo, 3),
]


def mixed(b, L, R, neg):
    """Add extra look-alikes (used for both kinds)."""
    k = r.randint(1, 3) if neg else (r.randint(0, 2))
    extra = [dz(L, R) for _ in range(k)]
    if extra:
        b.t(pick(["P.S. ", "Ref: ", "", "-- ", "Note: "]) + " · ".join(extra) + "\n")


def wpick(items):
    tot = sum(w for _, w in items)
    x = r.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


# --------------------------------------------------------------------------
# self-checks
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
ASCII_ALNUM = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def fail(msg):
    raise SystemExit("SELF-CHECK FAILED: " + msg)


def check_record(rec, spans):
    t = rec["text"]
    if set(rec) != {"text", "spans", "kind", "note"}:
        fail("keys " + str(rec.keys()))
    if rec["kind"] == "negative" and rec["spans"]:
        fail("negative with spans")
    if rec["kind"] == "positive" and not rec["spans"]:
        fail("positive without spans")
    prev_end = -1
    for sp, full in zip(rec["spans"], spans):
        s, e, ent = sp["start"], sp["end"], sp["entity"]
        v = t[s:e]
        if v != full["_v"]:
            fail(f"offset mismatch {v!r} vs {full['_v']!r}")
        if s < prev_end:
            fail("overlap " + v)
        prev_end = e
        if v != v.strip() or v[-1] in ".,;:)":
            fail("untrimmed span " + repr(v))
        before = t[s - 1] if s > 0 else " "
        after = t[e] if e < len(t) else " "
        after2 = t[e + 1] if e + 1 < len(t) else " "
        if before in ASCII_ALNUM or after in ASCII_ALNUM:
            fail(f"span not on a token boundary {t[max(0, s - 5) : e + 5]!r}")
        if ent != "EMAIL" and after in ".-/" and after2.isdigit():
            fail(f"number continues after span {t[s : e + 4]!r}")
        if ent == "EMAIL":
            if not EMAIL_RE.match(v) or before in "._%+-@" or after in "@_-":
                fail("bad email " + v)
        elif ent == "PHONE":
            digits = re.sub(r"\D", "", v)
            if not (6 <= len(digits) <= 15) or not re.fullmatch(r"[+(0-9][0-9 ().\-/]*[0-9]", v):
                fail("bad phone " + v)
            if before == "+" or before.isdigit():
                fail("phone start " + v)
        elif ent == "CARD":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                fail("bad card " + v)
        elif ent == "IBAN":
            c = v.replace(" ", "")
            if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]] or not iban_ok(c):
                fail("bad iban " + v)
        elif ent == "IP":
            try:
                ipaddress.ip_address(v)
            except ValueError:
                fail("bad ip " + v)
        elif ent == "SSN":
            m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
            if not m:
                fail("bad ssn shape " + v)
            a, g, sr = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if a == 0 or a == 666 or a >= 900 or g == 0 or sr == 0:
                fail("ssn range " + v)
        else:
            fail("entity " + ent)
    # unlabelled text must not contain valid cards / IBANs / e-mails
    masked = list(t)
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            masked[i] = "\u2591"
    mt = "".join(masked)
    for m in luhn_runs(mt):
        fail(f"unlabelled Luhn-valid number {m!r} in {rec['note']}")
    for m in re.finditer(r"(?<![A-Z0-9])([A-Z]{2})\d{2}", mt):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        s, i = "", m.start()
        while i < len(mt) and len(s) < IBAN_LEN[cc]:
            ch = mt[i]
            if ch in ASCII_ALNUM:
                s += ch
            elif ch != " ":
                break
            i += 1
        if len(s) == IBAN_LEN[cc] and iban_ok(s):
            fail(f"unlabelled valid IBAN {s} in {rec['note']}")
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", mt):
        if not re.search(r"\.(png|jpg|webp|svg)$", m.group(0)):
            fail("unlabelled e-mail " + m.group(0))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def main():
    pairs = []
    for L in LANG.values():
        for c in L["regions"]:
            pairs.append((L["name"], c))
    base = list(pairs)
    pairs += [
        ("English", c)
        for c in ["US", "US", "GB", "GB", "CA", "AU", "IN", "IE", "NZ", "SG", "ZA", "NG"]
    ] * 2
    pairs += [("Spanish", c) for c in ["ES", "MX", "AR", "CO"]] + [
        ("French", "FR"),
        ("German", "DE"),
        ("Portuguese", "BR"),
    ] * 2
    n_pos = N_TOTAL - N_NEG
    pos_pairs = []
    while len(pos_pairs) < n_pos:
        chunk = list(pairs)
        r.shuffle(chunk)
        pos_pairs += chunk
    pos_pairs = pos_pairs[:n_pos]
    kinds = ["positive"] * n_pos + ["negative"] * N_NEG
    r.shuffle(kinds)
    records, metas = [], []
    pi = 0
    for kind in kinds:
        if kind == "positive":
            ln, rc = pos_pairs[pi]
            pi += 1
        else:
            ln, rc = pick(base)
        L, R = LANG[ln], rc
        b = B(L, R)
        if kind == "positive":
            fn = wpick(POS_CTX)
            label = fn(b, b.L, b.R)
            if r.random() < 0.55:
                mixed(b, b.L, b.R, False)
        else:
            fn = wpick(NEG_CTX)
            label = fn(b, L, R)
            mixed(b, L, R, True)
        text = b.text()
        if text.endswith("\n") and r.random() < 0.7:
            text = text[:-1]
        regs = sorted(set(b.regions))
        region_note = "/".join(regs) if regs else b.R
        if kind == "negative":
            region_note = b.R
        rec = {
            "text": text,
            "spans": [
                {"start": s["start"], "end": s["end"], "entity": s["entity"]} for s in b.spans
            ],
            "kind": kind,
            "note": f"{label}; {b.L['name']}; {region_note}",
        }
        check_record(rec, b.spans)
        records.append(rec)
        metas.append((b.L["name"], regs))

    # global checks
    langs = {m[0] for m in metas}
    phone_regions = set()
    for m in metas:
        phone_regions.update(m[1])
    note_langs = {rec["note"].split("; ")[1] for rec in records}
    if langs != note_langs:
        fail("language tracking mismatch")
    if len(langs) < 40:
        fail(f"only {len(langs)} languages")
    if len(phone_regions) < 70:
        fail(f"only {len(phone_regions)} phone regions")
    counts = {}
    for rec in records:
        for sp in rec["spans"]:
            counts[sp["entity"]] = counts.get(sp["entity"], 0) + 1
    total = sum(counts.values())
    for e in ["EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN"]:
        if counts.get(e, 0) == 0:
            fail("no " + e)
    share = counts["PHONE"] / total
    if not (0.40 <= share <= 0.50):
        fail(f"phone share {share:.3f} {counts}")
    neg = sum(1 for rec in records if rec["kind"] == "negative")
    if not (0.25 <= neg / len(records) <= 0.30):
        fail("negative share")
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")
    print(f"positives {len(records) - neg}, negatives {neg}")
    print(
        "spans per entity:",
        dict(sorted(counts.items())),
        "total",
        total,
        f"phone share {share:.3f}",
    )
    print(f"languages {len(langs)}, phone regions {len(phone_regions)}")


if __name__ == "__main__":
    main()
