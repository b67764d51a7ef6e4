"""Generate the fourteenth labelled personal-data evaluation set.

Running this script writes ``personal_data_fourteenth.jsonl`` next to itself.
Each line is a JSON object ``{"text", "spans", "kind", "note"}`` where
``spans`` are character offsets (Python str indices, end exclusive) of the
entities EMAIL, PHONE, CARD, IBAN, IP and SSN, ``kind`` is ``positive`` or
``hard_negative`` (hard negatives carry no spans) and ``note`` is a short
English description (genre; language; region).

The texts imitate chats, e-mails, tickets, CRM/CSV exports, config files,
logs, forms, invoices, HR/payroll and medical records, SMS, vCards, code,
OCR output, call transcripts, social posts and ads in more than forty
languages.  Phone numbers cover more than seventy countries and regions;
cards are Luhn-valid, IBANs pass mod-97, SSNs use valid ranges and IP
addresses are public.  Hard negatives contain look-alikes (order ids,
versions, dates, ISBNs, hashes, Luhn-failing numbers, bad-checksum IBANs,
invalid or out-of-context SSN shapes, other countries' national ids, ...).

The set was written blind: without reading the project's detectors, tests,
documentation or any other evaluation set.  It uses only the standard
library and a fixed seed, so the output is byte-identical on every run
(independent of PYTHONHASHSEED).
"""

import hashlib
import ipaddress
import json
import os
import re
import unicodedata
import random

R = random.Random(20261208)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal_data_fourteenth.jsonl")


def ch(seq):
    return seq[R.randrange(len(seq))]


def dg(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


PH = re.compile("⟦(\\w+)⟧")


class Doc:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def e(self, s, ent):
        self.spans.append({"start": self.n, "end": self.n + len(s), "entity": ent})
        return self.t(s)

    def f(self, tpl, **kw):
        last = 0
        for m in PH.finditer(tpl):
            self.t(tpl[last:m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.e(v[0], v[1])
            else:
                self.t(str(v))
            last = m.end()
        self.t(tpl[last:])
        return self

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------
# Languages
# code|name|phone|mobile|fax|email|card|account|contact|hello|thanks|callme|
# writeme|ssnlabel|phone regions|iban countries|names
LANG_ROWS = """
en|English|Phone|Mobile|Fax|Email|Card number|Account|Contact|Hi|Thanks|You can reach me at|Drop me a line at|SSN|US,US,UK,CA,AU,IE,NZ,SG,ZA,NG,KE,GH,IN,PH|GB,IE,MT,GI|Emily Carter;James O'Neill;Priya Natarajan;Michael Brooks;Sarah Lindqvist;Daniel Okafor
de|German|Telefon|Handy|Fax|E-Mail|Kartennummer|Konto|Kontakt|Hallo|Danke|Sie erreichen mich unter|Schreiben Sie mir an|US-Sozialversicherungsnummer (SSN)|DE,DE,AT,CH,LI|DE,AT,CH,LI,LU|Jürgen Weiß;Anna Müller;Lukas Schröder;Katrin Vogel
fr|French|Téléphone|Portable|Fax|Courriel|Numéro de carte|Compte|Contact|Bonjour|Merci|Vous pouvez me joindre au|Écrivez-moi à|numéro de sécurité sociale américain (SSN)|FR,FR,BE,CH,LU,MC,SN,CI,CM,MA,DZ,TN,CA|FR,BE,LU,MC,CH,TN|Camille Dubois;Étienne Lefèvre;Amélie Rousseau;Moussa Diop
es|Spanish|Teléfono|Celular|Fax|Correo electrónico|Número de tarjeta|Cuenta|Contacto|Hola|Gracias|Puede llamarme al|Escríbame a|Número de Seguro Social|ES,MX,AR,CL,CO,PE,VE,EC,UY,CR,PA,DO|ES,AD|Lucía Fernández;Javier Ortega;María José Ruiz;Andrés Pérez
pt|Portuguese|Telefone|Celular|Fax|E-mail|Número do cartão|Conta|Contato|Olá|Obrigado|Pode me ligar no|Me escreva em|Número do Seguro Social (SSN)|BR,BR,PT|PT,BR|João Silva;Ana Beatriz Costa;Luís Gonçalves;Mariana Souza
it|Italian|Telefono|Cellulare|Fax|Email|Numero carta|Conto|Contatti|Ciao|Grazie|Mi può chiamare al|Mi scriva a|numero di previdenza sociale USA (SSN)|IT|IT,SM|Giulia Romano;Marco Bianchi;Francesca Esposito;Luca Ricci
nl|Dutch|Telefoon|Mobiel|Fax|E-mail|Kaartnummer|Rekeningnummer|Contact|Hoi|Bedankt|U kunt mij bereiken op|Mail me op|Amerikaans social security number (SSN)|NL,NL,BE|NL,BE|Sanne de Vries;Daan Jansen;Femke Bakker;Bram Visser
pl|Polish|Telefon|Komórka|Faks|E-mail|Numer karty|Konto|Kontakt|Cześć|Dziękuję|Proszę dzwonić pod numer|Proszę pisać na|amerykański numer ubezpieczenia społecznego (SSN)|PL|PL|Agnieszka Kowalska;Piotr Wiśniewski;Katarzyna Nowak;Tomasz Zieliński
cs|Czech|Telefon|Mobil|Fax|E-mail|Číslo karty|Účet|Kontakt|Dobrý den|Děkuji|Zavolejte mi na|Napište mi na|SSN|CZ|CZ|Jana Nováková;Petr Dvořák;Lucie Černá;Martin Procházka
sk|Slovak|Telefón|Mobil|Fax|E-mail|Číslo karty|Účet|Kontakt|Dobrý deň|Ďakujem|Zavolajte mi na|Napíšte mi na|SSN|SK|SK|Zuzana Horváthová;Marek Kováč;Lenka Tóthová
hu|Hungarian|Telefon|Mobil|Fax|E-mail|Kártyaszám|Számlaszám|Kapcsolat|Szia|Köszönöm|Hívjon ezen a számon:|Írjon nekem ide:|SSN|HU|HU|Nagy Eszter;Kovács Bence;Szabó Réka
ro|Romanian|Telefon|Mobil|Fax|E-mail|Număr card|Cont|Contact|Bună ziua|Mulțumesc|Mă puteți suna la|Scrieți-mi la|SSN|RO,MD|RO,MD|Andreea Popescu;Mihai Ionescu;Ioana Stan
bg|Bulgarian|Телефон|Мобилен|Факс|Имейл|Номер на карта|Сметка|Контакт|Здравейте|Благодаря|Можете да ми се обадите на|Пишете ми на|SSN|BG|BG|Мария Иванова=maria.ivanova;Георги Петров=georgi.petrov;Елена Димитрова=elena.dimitrova
el|Greek|Τηλέφωνο|Κινητό|Φαξ|Email|Αριθμός κάρτας|Λογαριασμός|Επικοινωνία|Γεια σας|Ευχαριστώ|Καλέστε με στο|Γράψτε μου στο|SSN|GR,CY|GR,CY|Μαρία Παπαδοπούλου=maria.papadopoulou;Νίκος Γεωργίου=nikos.georgiou;Ελένη Κωνσταντίνου=eleni.konstantinou
sv|Swedish|Telefon|Mobil|Fax|E-post|Kortnummer|Konto|Kontakt|Hej|Tack|Du når mig på|Mejla mig på|SSN|SE|SE|Elin Johansson;Oskar Lindberg;Maja Nyström
no|Norwegian|Telefon|Mobil|Faks|E-post|Kortnummer|Kontonummer|Kontakt|Hei|Takk|Du kan ringe meg på|Send e-post til|SSN|NO|NO|Ingrid Hansen;Sindre Berg;Kari Solberg
da|Danish|Telefon|Mobil|Fax|E-mail|Kortnummer|Konto|Kontakt|Hej|Tak|Du kan ringe til mig på|Skriv til mig på|SSN|DK|DK,FO,GL|Mette Sørensen;Rasmus Nielsen;Freja Kristensen
fi|Finnish|Puhelin|Matkapuhelin|Faksi|Sähköposti|Kortin numero|Tili|Yhteystiedot|Hei|Kiitos|Soita minulle numeroon|Kirjoita minulle osoitteeseen|SSN|FI|FI|Aino Virtanen;Mikko Korhonen;Sanna Mäkinen
et|Estonian|Telefon|Mobiil|Faks|E-post|Kaardi number|Konto|Kontakt|Tere|Aitäh|Helista mulle numbril|Kirjuta mulle aadressil|SSN|EE|EE|Kadri Tamm;Mart Saar;Liis Kask
lv|Latvian|Tālrunis|Mobilais|Fakss|E-pasts|Kartes numurs|Konts|Kontakti|Sveiki|Paldies|Zvaniet man pa tālruni|Rakstiet man uz|SSN|LV|LV|Anna Bērziņa;Jānis Kalniņš;Laura Ozola
lt|Lithuanian|Telefonas|Mobilusis|Faksas|El. paštas|Kortelės numeris|Sąskaita|Kontaktai|Labas|Ačiū|Skambinkite man|Rašykite man|SSN|LT|LT|Rūta Kazlauskienė;Tomas Petrauskas;Eglė Jankauskaitė
hr|Croatian|Telefon|Mobitel|Faks|E-pošta|Broj kartice|Račun|Kontakt|Bok|Hvala|Nazovite me na|Pišite mi na|SSN|HR,BA,ME|HR,BA,ME|Ivana Horvat;Luka Kovačević;Marija Babić
sr|Serbian|Telefon|Mobilni|Faks|Imejl|Broj kartice|Račun|Kontakt|Zdravo|Hvala|Pozovite me na|Pišite mi na|SSN|RS|RS,ME|Milica Jovanović;Nikola Petrović;Jelena Nikolić
sl|Slovenian|Telefon|Mobitel|Faks|E-pošta|Številka kartice|Račun|Kontakt|Živjo|Hvala|Pokličite me na|Pišite mi na|SSN|SI|SI|Nina Novak;Matej Kranjc;Špela Zupan
uk|Ukrainian|Телефон|Мобільний|Факс|Ел. пошта|Номер картки|Рахунок|Контакти|Привіт|Дякую|Телефонуйте мені за номером|Пишіть на|SSN|UA|UA|Олена Шевченко=olena.shevchenko;Андрій Коваленко=andrii.kovalenko;Ірина Бондаренко=iryna.bondarenko
ru|Russian|Телефон|Мобильный|Факс|Эл. почта|Номер карты|Счёт|Контакты|Здравствуйте|Спасибо|Звоните мне по номеру|Пишите на|номер социального страхования США (SSN)|RU,RU,KZ|KZ,AZ,GE|Анна Смирнова=anna.smirnova;Дмитрий Кузнецов=dmitry.kuznetsov;Ольга Попова=olga.popova
tr|Turkish|Telefon|Cep|Faks|E-posta|Kart numarası|Hesap|İletişim|Merhaba|Teşekkürler|Bana şu numaradan ulaşabilirsiniz:|Bana şu adrese yazın:|SSN|TR|TR|Ayşe Yılmaz;Mehmet Demir;Elif Şahin
ar|Arabic|هاتف|جوال|فاكس|البريد الإلكتروني|رقم البطاقة|الحساب|اتصل بنا|مرحبا|شكرا|يمكنك الاتصال بي على|راسلني على|رقم الضمان الاجتماعي الأمريكي|SA,AE,EG,JO,LB,QA,KW,IQ,MA,DZ,TN|SA,AE,QA,KW,JO,LB,EG,BH,PS|أحمد العتيبي=ahmed.alotaibi;فاطمة الزهراء=fatima.zahra;محمد حسن=mohamed.hassan
he|Hebrew|טלפון|נייד|פקס|דוא"ל|מספר כרטיס|חשבון|צור קשר|שלום|תודה|אפשר להשיג אותי במספר|כתבו לי לכתובת|מספר ביטוח לאומי אמריקאי (SSN)|IL|IL|נועה כהן=noa.cohen;יוסי לוי=yossi.levi;מיכל מזרחי=michal.mizrahi
fa|Persian|تلفن|موبایل|فکس|ایمیل|شماره کارت|حساب|تماس|سلام|ممنون|با این شماره تماس بگیرید:|به این آدرس ایمیل بزنید:|SSN|IR|TR|سارا محمدی=sara.mohammadi;علی رضایی=ali.rezaei;مریم حسینی=maryam.hosseini
hi|Hindi|फ़ोन|मोबाइल|फ़ैक्स|ईमेल|कार्ड नंबर|खाता|संपर्क|नमस्ते|धन्यवाद|मुझे इस नंबर पर कॉल करें:|मुझे यहाँ लिखें:|SSN|IN|AE|प्रिया शर्मा=priya.sharma;राहुल वर्मा=rahul.verma;अनीता गुप्ता=anita.gupta
bn|Bengali|ফোন|মোবাইল|ফ্যাক্স|ইমেইল|কার্ড নম্বর|অ্যাকাউন্ট|যোগাযোগ|নমস্কার|ধন্যবাদ|আমাকে এই নম্বরে কল করুন:|আমাকে লিখুন:|SSN|BD,IN|GB|রহিম উদ্দিন=rahim.uddin;সুমাইয়া আক্তার=sumaiya.akter;অমিত দাস=amit.das
ur|Urdu|فون|موبائل|فیکس|ای میل|کارڈ نمبر|اکاؤنٹ|رابطہ|السلام علیکم|شکریہ|مجھے اس نمبر پر کال کریں:|مجھے یہاں لکھیں:|SSN|PK|PK|عائشہ خان=ayesha.khan;عمران احمد=imran.ahmed;بلال حسین=bilal.hussain
ta|Tamil|தொலைபேசி|கைபேசி|தொலைநகல்|மின்னஞ்சல்|அட்டை எண்|கணக்கு|தொடர்பு|வணக்கம்|நன்றி|என்னை அழைக்கவும்:|எனக்கு எழுதவும்:|SSN|IN,LK|GB|கார்த்திக் ராஜா=karthik.raja;மீனா சுந்தரம்=meena.sundaram
zh|Chinese (Simplified)|电话|手机|传真|邮箱|卡号|账户|联系方式|你好|谢谢|请拨打|请发邮件至|美国社会安全号码(SSN)|CN,CN,SG|GB|王芳=wang.fang;李伟=li.wei;张敏=zhang.min
zht|Chinese (Traditional)|電話|手機|傳真|電子郵件|卡號|帳戶|聯絡方式|您好|謝謝|請撥|請寄信至|美國社會安全號碼(SSN)|TW,HK|GB|陳怡君=chen.yijun;林志明=lin.zhiming;黃美玲=wong.meiling
ja|Japanese|電話|携帯|FAX|メール|カード番号|口座|連絡先|こんにちは|ありがとうございます|お電話は|メールは|米国社会保障番号(SSN)|JP|GB|佐藤花子=hanako.sato;田中健二=kenji.tanaka;鈴木美咲=misaki.suzuki
ko|Korean|전화|휴대폰|팩스|이메일|카드번호|계좌|연락처|안녕하세요|감사합니다|전화번호:|이메일 주소:|미국 사회보장번호(SSN)|KR|GB|김민지=minji.kim;이준호=junho.lee;박서연=seoyeon.park
vi|Vietnamese|Điện thoại|Di động|Fax|Email|Số thẻ|Tài khoản|Liên hệ|Xin chào|Cảm ơn|Gọi cho tôi theo số|Gửi email cho tôi tại|Số An sinh Xã hội (SSN)|VN|GB|Nguyễn Thị Lan;Trần Văn Minh;Phạm Thu Hà
th|Thai|โทรศัพท์|มือถือ|แฟกซ์|อีเมล|หมายเลขบัตร|บัญชี|ติดต่อ|สวัสดี|ขอบคุณ|โทรหาฉันที่|ส่งอีเมลมาที่|SSN|TH|GB|สมชาย ใจดี=somchai.jaidee;นภา ศรีสุข=napa.srisuk
id|Indonesian|Telepon|HP|Faks|Email|Nomor kartu|Rekening|Kontak|Halo|Terima kasih|Hubungi saya di|Kirim email ke|SSN|ID|GB|Siti Rahayu;Budi Santoso;Dewi Lestari
ms|Malay|Telefon|Telefon bimbit|Faks|E-mel|Nombor kad|Akaun|Hubungi|Hai|Terima kasih|Sila hubungi saya di|E-mel saya di|SSN|MY,SG|GB|Nurul Aisyah;Ahmad Faiz;Siti Nurhaliza
tl|Filipino|Telepono|Cellphone|Fax|Email|Numero ng card|Account|Kontak|Kumusta|Salamat|Tawagan mo ako sa|I-email mo ako sa|Social Security Number|PH|GB|Maria Santos;Jose Reyes;Angelica Cruz
sw|Swahili|Simu|Simu ya mkononi|Faksi|Barua pepe|Namba ya kadi|Akaunti|Mawasiliano|Habari|Asante|Nipigie kwa|Niandikie kwa|SSN|KE,TZ,UG|GB|Amina Wanjiru;Juma Otieno;Neema Mwakyusa
am|Amharic|ስልክ|ሞባይል|ፋክስ|ኢሜይል|የካርድ ቁጥር|ሂሳብ|አድራሻ|ሰላም|አመሰግናለሁ|በዚህ ቁጥር ይደውሉልኝ:|በዚህ ኢሜይል ይጻፉልኝ:|SSN|ET|GB|ሀና ተስፋዬ=hana.tesfaye;ዳዊት በቀለ=dawit.bekele
yo|Yoruba|Fóònù|Fóònù alágbèéká|Fáàsì|Ímeèlì|Nọ́mbà káàdì|Àkáǹtì|Ìbánisọ̀rọ̀|Ẹ n lẹ|Ẹ ṣé|Ẹ pè mí lórí|Ẹ kọ̀wé sí mi ní|SSN|NG|GB|Adébáyọ̀ Ọlábísí=adebayo.olabisi;Fúnmiláyọ̀ Adéyẹmí=funmilayo.adeyemi
ha|Hausa|Waya|Wayar hannu|Fax|Imel|Lambar kati|Asusu|Tuntuɓa|Sannu|Na gode|Ku kira ni a|Ku rubuto min a|SSN|NG|GB|Aisha Bello;Musa Abdullahi;Zainab Sani
zu|Zulu|Ucingo|Iselula|Ifeksi|I-imeyili|Inombolo yekhadi|I-akhawunti|Xhumana|Sawubona|Ngiyabonga|Ngishayele ku|Ngibhalele ku|SSN|ZA|GB|Thandiwe Dlamini;Sipho Ndlovu;Nomvula Khumalo
af|Afrikaans|Telefoon|Selfoon|Faks|E-pos|Kaartnommer|Rekening|Kontak|Hallo|Dankie|Bel my by|Stuur 'n e-pos na|SSN|ZA|GB|Annelie van der Merwe;Pieter Botha;Marike Steyn
ca|Catalan|Telèfon|Mòbil|Fax|Correu electrònic|Número de targeta|Compte|Contacte|Hola|Gràcies|Em pots trucar al|Escriu-me a|SSN|ES,AD|ES,AD|Montserrat Puig;Jordi Vila;Núria Soler
eu|Basque|Telefonoa|Mugikorra|Faxa|Posta elektronikoa|Txartel zenbakia|Kontua|Harremanetarako|Kaixo|Eskerrik asko|Deitu iezadazu zenbaki honetara:|Idatzi iezadazu helbide honetara:|SSN|ES|ES|Ane Etxeberria;Iker Agirre;Maite Goikoetxea
ga|Irish|Fón|Fón póca|Facs|Ríomhphost|Uimhir chárta|Cuntas|Teagmháil|Dia duit|Go raibh maith agat|Glaoigh orm ar|Scríobh chugam ag|SSN|IE|IE|Aoife Ní Bhriain;Seán Ó Murchú;Niamh Nic Aodha
is|Icelandic|Sími|Farsími|Fax|Netfang|Kortanúmer|Reikningur|Tengiliður|Halló|Takk|Hringdu í mig í síma|Sendu mér póst á|SSN|IS|IS|Guðrún Jónsdóttir;Sigurður Ólafsson;Helga Magnúsdóttir
ka|Georgian|ტელეფონი|მობილური|ფაქსი|ელფოსტა|ბარათის ნომერი|ანგარიში|კონტაქტი|გამარჯობა|მადლობა|დამირეკეთ ნომერზე|მომწერეთ მისამართზე|SSN|GE|GE|ნინო ბერიძე=nino.beridze;გიორგი კაპანაძე=giorgi.kapanadze
hy|Armenian|Հեռախոս|Բջջային|Ֆաքս|Էլ. փոստ|Քարտի համար|Հաշիվ|Կապ|Բարև|Շնորհակալություն|Զանգահարեք ինձ|Գրեք ինձ|SSN|AM|GB|Անի Հովհաննիսյան=ani.hovhannisyan;Արամ Պետրոսյան=aram.petrosyan
kk|Kazakh|Телефон|Ұялы телефон|Факс|Эл. пошта|Карта нөмірі|Шот|Байланыс|Сәлем|Рахмет|Маған қоңырау шалыңыз:|Маған жазыңыз:|SSN|KZ|KZ|Айгерім Сейітова=aigerim.seitova;Нұрлан Әбілов=nurlan.abilov
mn|Mongolian|Утас|Гар утас|Факс|И-мэйл|Картын дугаар|Данс|Холбоо барих|Сайн байна уу|Баярлалаа|Над руу залгаарай:|Над руу бичээрэй:|SSN|MN|GB|Болормаа Батбаяр=bolormaa.batbayar;Төмөр Ганбат=tumur.ganbat
mt|Maltese|Telefon|Mowbajl|Faks|Email|Numru tal-karta|Kont|Kuntatt|Bongu|Grazzi|Ċemplili fuq|Ibgħatli email fuq|SSN|MT|MT|Maria Borg;Joseph Camilleri;Rita Vella
sq|Albanian|Telefon|Celular|Faks|Email|Numri i kartës|Llogari|Kontakt|Përshëndetje|Faleminderit|Më telefononi në|Më shkruani në|SSN|AL,XK|AL,XK|Arta Hoxha;Dritan Krasniqi;Elira Shehu
mk|Macedonian|Телефон|Мобилен|Факс|Е-пошта|Број на картичка|Сметка|Контакт|Здраво|Благодарам|Јавете ми се на|Пишете ми на|SSN|MK|MK|Ана Стојановска=ana.stojanovska;Марко Трајков=marko.trajkov
"""

TRANS = {"ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i", "ð": "d", "þ": "th", "ɓ": "b"}


def asciify(name):
    s = "".join(TRANS.get(c, c) for c in name.lower())
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    toks = ["".join(c for c in w if "a" <= c <= "z") for w in s.split()]
    toks = [t for t in toks if len(t) > 2] or toks
    return toks[0] + "." + toks[-1]


LANGS = []
for row in LANG_ROWS.strip().splitlines():
    f = row.split("|")
    names = []
    for x in f[16].split(";"):
        if "=" in x:
            disp, asc = x.split("=")
        else:
            disp, asc = x, asciify(x)
        names.append((disp, asc))
    LANGS.append(dict(code=f[0], name=f[1], phone=f[2], mobile=f[3], fax=f[4], email=f[5],
                      card=f[6], account=f[7], contact=f[8], hello=f[9], thanks=f[10],
                      callme=f[11], writeme=f[12], ssn=f[13], regs=f[14].split(","),
                      ibans=f[15].split(","), names=names))
LBY = {L["code"]: L for L in LANGS}
USED_LANGS = []

# --------------------------------------------------------------------------
# Phones
NANP = {"US": ["212", "415", "312", "617", "206", "303", "512", "404", "305", "702", "646",
               "718", "202", "503", "612", "314", "215", "469", "480", "619"],
        "CA": ["416", "604", "514", "403", "613", "902", "780", "647"],
        "DO": ["809", "829", "849"]}
REGIONS = {
    "UK": ("44", "0", ["20 7XXX XXXX", "7XXX XXXXXX", "161 XXX XXXX", "131 XXX XXXX", "117 XXX XXXX"]),
    "IE": ("353", "0", ["8X XXX XXXX", "1 XXX XXXX", "21 XXX XXXX"]),
    "DE": ("49", "0", ["30 XXXXXXXX", "151 XXXXXXXX", "89 XXXXXXX", "40 XXXXXXXX", "176 XXXXXXXX", "69 XXXXXXXX"]),
    "AT": ("43", "0", ["664 XXXXXXX", "1 XXXXXXX", "676 XXXXXXX"]),
    "CH": ("41", "0", ["79 XXX XX XX", "44 XXX XX XX", "22 XXX XX XX", "76 XXX XX XX"]),
    "LI": ("423", "", ["7XX XX XX", "2XX XX XX"]),
    "FR": ("33", "0", ["6 XX XX XX XX", "7 XX XX XX XX", "1 XX XX XX XX", "4 XX XX XX XX"]),
    "BE": ("32", "0", ["47X XX XX XX", "2 XXX XX XX", "9 XXX XX XX"]),
    "LU": ("352", "", ["691 XXX XXX", "621 XXX XXX", "2X XX XX XX"]),
    "MC": ("377", "", ["6 XX XX XX XX", "9X XX XX XX"]),
    "NL": ("31", "0", ["6 XXXXXXXX", "20 XXX XXXX", "10 XXX XXXX"]),
    "ES": ("34", "", ["6XX XXX XXX", "91 XXX XX XX", "93 XXX XX XX", "7XX XXX XXX"]),
    "AD": ("376", "", ["3XX XXX", "8XX XXX"]),
    "PT": ("351", "", ["91X XXX XXX", "96X XXX XXX", "21X XXX XXX"]),
    "IT": ("39", "", ["3XX XXX XXXX", "06 XXXX XXXX", "02 XXXX XXXX"]),
    "MT": ("356", "", ["79XX XXXX", "21XX XXXX"]),
    "GR": ("30", "", ["69X XXX XXXX", "210 XXX XXXX"]),
    "CY": ("357", "", ["9X XXXXXX", "22 XXXXXX"]),
    "PL": ("48", "", ["5XX XXX XXX", "6XX XXX XXX", "22 XXX XX XX", "12 XXX XX XX"]),
    "CZ": ("420", "", ["6XX XXX XXX", "7XX XXX XXX", "2XX XXX XXX"]),
    "SK": ("421", "0", ["9XX XXX XXX", "2 XXXX XXXX"]),
    "HU": ("36", "06", ["20 XXX XXXX", "30 XXX XXXX", "1 XXX XXXX"]),
    "RO": ("40", "0", ["7XX XXX XXX", "21 XXX XXXX"]),
    "MD": ("373", "0", ["6X XXX XXX", "22 XXX XXX"]),
    "BG": ("359", "0", ["88X XXX XXX", "89X XXX XXX", "2 XXX XXXX"]),
    "SE": ("46", "0", ["7X XXX XX XX", "8 XXX XXX XX", "31 XX XX XX"]),
    "NO": ("47", "", ["4XX XX XXX", "9XX XX XXX", "2X XX XX XX"]),
    "DK": ("45", "", ["NX XX XX XX"]),
    "FI": ("358", "0", ["40 XXX XXXX", "50 XXX XXXX", "9 XXXX XXXX"]),
    "IS": ("354", "", ["8XX XXXX", "5XX XXXX"]),
    "EE": ("372", "", ["5XXX XXXX", "6XX XXXX"]),
    "LV": ("371", "", ["2XXX XXXX", "67XX XXXX"]),
    "LT": ("370", "8", ["6XX XXXXX", "5 XXX XXXX"]),
    "HR": ("385", "0", ["9X XXX XXXX", "1 XXXX XXX"]),
    "RS": ("381", "0", ["6X XXX XXXX", "11 XXX XXXX"]),
    "SI": ("386", "0", ["4X XXX XXX", "1 XXX XX XX"]),
    "BA": ("387", "0", ["6X XXX XXX"]),
    "ME": ("382", "0", ["6X XXX XXX"]),
    "MK": ("389", "0", ["7X XXX XXX", "2 XXX XXXX"]),
    "AL": ("355", "0", ["6X XXX XXXX", "4 XXX XXXX"]),
    "XK": ("383", "0", ["4X XXX XXX"]),
    "UA": ("380", "0", ["67 XXX XX XX", "50 XXX XX XX", "44 XXX XX XX"]),
    "RU": ("7", "8", ["9XX XXX XX XX", "495 XXX XX XX", "812 XXX XX XX"]),
    "KZ": ("7", "8", ["70X XXX XX XX", "77X XXX XX XX"]),
    "GE": ("995", "0", ["5XX XX XX XX"]),
    "AM": ("374", "0", ["9X XXX XXX", "10 XXXXXX"]),
    "AZ": ("994", "0", ["50 XXX XX XX", "55 XXX XX XX"]),
    "TR": ("90", "0", ["5XX XXX XX XX", "212 XXX XX XX"]),
    "IL": ("972", "0", ["5X XXX XXXX", "3 XXX XXXX"]),
    "SA": ("966", "0", ["5X XXX XXXX", "11 XXX XXXX"]),
    "AE": ("971", "0", ["5X XXX XXXX", "4 XXX XXXX"]),
    "QA": ("974", "", ["3XXX XXXX", "5XXX XXXX", "4XXX XXXX"]),
    "KW": ("965", "", ["5XXX XXXX", "9XXX XXXX", "2XXX XXXX"]),
    "JO": ("962", "0", ["7X XXX XXXX", "6 XXX XXXX"]),
    "LB": ("961", "0", ["3 XXX XXX", "71 XXX XXX"]),
    "IQ": ("964", "0", ["7XX XXX XXXX"]),
    "IR": ("98", "0", ["9XX XXX XXXX", "21 XXXX XXXX"]),
    "EG": ("20", "0", ["10 XXXX XXXX", "11 XXXX XXXX", "12 XXXX XXXX", "2 XXXX XXXX"]),
    "MA": ("212", "0", ["6XX XXXXXX", "5XX XXXXXX"]),
    "DZ": ("213", "0", ["5XX XX XX XX", "6XX XX XX XX", "21 XX XX XX"]),
    "TN": ("216", "", ["2X XXX XXX", "9X XXX XXX", "71 XXX XXX"]),
    "NG": ("234", "0", ["80X XXX XXXX", "70X XXX XXXX", "81X XXX XXXX", "1 XXX XXXX"]),
    "GH": ("233", "0", ["24 XXX XXXX", "20 XXX XXXX", "30 XXX XXXX"]),
    "KE": ("254", "0", ["7XX XXXXXX", "20 XXX XXXX"]),
    "TZ": ("255", "0", ["7XX XXX XXX"]),
    "UG": ("256", "0", ["7XX XXXXXX"]),
    "ET": ("251", "0", ["9X XXX XXXX", "11 XXX XXXX"]),
    "ZA": ("27", "0", ["8X XXX XXXX", "7X XXX XXXX", "11 XXX XXXX", "21 XXX XXXX"]),
    "SN": ("221", "", ["7X XXX XX XX", "33 XXX XX XX"]),
    "CI": ("225", "", ["07 XX XX XX XX", "05 XX XX XX XX", "27 XX XX XX XX"]),
    "CM": ("237", "", ["6 XX XX XX XX", "2 XX XX XX XX"]),
    "IN": ("91", "0", ["9XXXX XXXXX", "8XXXX XXXXX", "7XXXX XXXXX", "22 XXXX XXXX", "11 XXXX XXXX"]),
    "PK": ("92", "0", ["3XX XXXXXXX", "21 XXXXXXXX", "42 XXXXXXXX"]),
    "BD": ("880", "0", ["17XX XXXXXX", "18XX XXXXXX", "19XX XXXXXX"]),
    "LK": ("94", "0", ["7X XXX XXXX", "11 XXX XXXX"]),
    "NP": ("977", "", ["98X XXXXXXX"]),
    "CN": ("86", "0", ["!13X XXXX XXXX", "!15X XXXX XXXX", "!18X XXXX XXXX", "10 XXXX XXXX", "21 XXXX XXXX"]),
    "HK": ("852", "", ["9XXX XXXX", "6XXX XXXX", "2XXX XXXX"]),
    "TW": ("886", "0", ["9XX XXX XXX", "2 XXXX XXXX"]),
    "JP": ("81", "0", ["90 XXXX XXXX", "80 XXXX XXXX", "3 XXXX XXXX", "6 XXXX XXXX"]),
    "KR": ("82", "0", ["10 XXXX XXXX", "2 XXXX XXXX", "31 XXX XXXX"]),
    "SG": ("65", "", ["9XXX XXXX", "8XXX XXXX", "6XXX XXXX"]),
    "MY": ("60", "0", ["12 XXX XXXX", "17 XXX XXXX", "3 XXXX XXXX"]),
    "TH": ("66", "0", ["8X XXX XXXX", "9X XXX XXXX", "2 XXX XXXX"]),
    "VN": ("84", "0", ["9X XXX XX XX", "3X XXX XXXX", "24 XXXX XXXX"]),
    "PH": ("63", "0", ["9XX XXX XXXX", "2 XXXX XXXX"]),
    "ID": ("62", "0", ["81X XXXX XXXX", "21 XXXX XXXX"]),
    "MN": ("976", "", ["99XX XXXX", "88XX XXXX"]),
    "AU": ("61", "0", ["4XX XXX XXX", "2 XXXX XXXX", "3 XXXX XXXX"]),
    "NZ": ("64", "0", ["21 XXX XXXX", "9 XXX XXXX", "27 XXX XXXX"]),
    "MX": ("52", "", ["55 XXXX XXXX", "33 XXXX XXXX", "81 XXXX XXXX"]),
    "BR": ("55", "", ["11 9XXXX XXXX", "21 9XXXX XXXX", "11 3XXX XXXX"]),
    "AR": ("54", "0", ["11 4XXX XXXX", "351 4XX XXXX"]),
    "CL": ("56", "", ["9 XXXX XXXX", "2 XXXX XXXX"]),
    "CO": ("57", "", ["3XX XXX XXXX", "601 XXX XXXX"]),
    "PE": ("51", "", ["9XX XXX XXX"]),
    "VE": ("58", "0", ["41X XXX XXXX", "212 XXX XXXX"]),
    "EC": ("593", "0", ["9X XXX XXXX", "2 XXX XXXX"]),
    "UY": ("598", "0", ["9X XXX XXX"]),
    "CR": ("506", "", ["8XXX XXXX", "2XXX XXXX"]),
    "PA": ("507", "", ["6XXX XXXX"]),
}
TOLLFREE = {"US": lambda: "1-" + ch(["800", "888", "877", "866"]) + "-" + nxx() + "-" + dg(4),
            "UK": lambda: "0800 " + dg(3) + " " + dg(4),
            "DE": lambda: "0800 " + dg(3) + " " + dg(4),
            "FR": lambda: "0 800 " + " ".join(dg(2) for _ in range(3)),
            "AU": lambda: "1800 " + dg(3) + " " + dg(3)}
PHONE_REGIONS_USED = []
CUR_REGS = []


def nxx():
    while True:
        s = str(R.randint(2, 9)) + dg(2)
        if s[1:] != "11" and s != "555":
            return s


def fillpat(p):
    return "".join(str(R.randint(0, 9)) if c == "X" else str(R.randint(2, 9)) if c == "N" else c for c in p)


def nanp(reg, style=None):
    a, b, c = ch(NANP[reg]), nxx(), dg(4)
    style = style or ch(["paren", "paren", "dash", "dot", "intl", "intldash", "e164", "one", "paren"])
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "intl": f"+1 {a} {b} {c}", "intldash": f"+1-{a}-{b}-{c}", "e164": f"+1{a}{b}{c}",
            "one": f"1 ({a}) {b}-{c}", "nat": f"{a}-{b}-{c}", "intlparen": f"+1 ({a}) {b}-{c}"}[style]


def phone_str(reg, style=None):
    PHONE_REGIONS_USED.append(reg)
    CUR_REGS.append(reg)
    if reg in NANP:
        if style == "e164":
            return nanp(reg, "e164")
        if style in ("intl", "idd00"):
            return nanp(reg, ch(["intl", "intldash", "intlparen"]))
        return nanp(reg)
    cc, trunk, pats = REGIONS[reg]
    p = ch(pats)
    notrunk = p.startswith("!")
    groups = fillpat(p.lstrip("!")).split(" ")
    tr = "" if notrunk else trunk
    if style is None:
        opts = ["e164", "intl", "intl", "intl", "intlsep", "idd00", "national", "national", "national", "natsep"]
        if tr == "0":
            opts.append("paren0")
        if tr:
            opts.append("natparen")
        if R.random() < 0.05:
            opts.append("idd011")
        style = ch(opts)
    sep = "-" if reg in ("JP", "KR", "TW", "IL", "BD", "NP") else " "
    if reg in ("RU", "KZ") and len(groups) == 4:
        g = groups
        if style in ("national", "natsep", "natparen"):
            return f"8 ({g[0]}) {g[1]}-{g[2]}-{g[3]}"
        if style in ("intl", "paren0", "intlsep"):
            return f"+7 ({g[0]}) {g[1]}-{g[2]}-{g[3]}" if R.random() < 0.5 else f"+7 {g[0]} {g[1]}-{g[2]}-{g[3]}"
    if reg == "BR" and style in ("national", "natsep", "natparen", "paren0"):
        return f"({groups[0]}) {groups[1]}-{groups[2]}" if R.random() < 0.7 else f"{groups[0]} {groups[1]}-{groups[2]}"
    if style == "e164":
        return "+" + cc + "".join(groups)
    if style == "intl":
        return "+" + cc + " " + sep.join(groups)
    if style == "intlsep":
        s = ch(["-", ".", "-"])
        return "+" + cc + s + s.join(groups)
    if style == "idd00":
        return "00" + cc + " " + " ".join(groups)
    if style == "idd011":
        return "011 " + cc + " " + " ".join(groups)
    if style == "paren0":
        return "+" + cc + " (0)" + " ".join(groups) if R.random() < 0.5 else "+" + cc + " (0) " + " ".join(groups)
    if style == "natparen" and tr:
        return "(" + tr + groups[0] + ") " + sep.join(groups[1:])
    if tr == "06" and style in ("national", "natsep", "natparen"):
        s = ch([" ", "-", " "])
        return "06" + s + s.join(groups)
    if style == "natsep":
        s = ch(["-", ".", "/", "-"])
        if s == "/":
            return tr + groups[0] + "/" + "".join(groups[1:])
        return tr + groups[0] + s + s.join(groups[1:])
    return tr + sep.join(groups)


def add_ext(s):
    return s + ch([" ext. ", " ext ", " x", " x ", " Ext. ", " #"]) + str(R.randint(10, 4999))


def pick_reg(L=None):
    if L is None:
        return ch(["US", "US", "UK", "CA"] + list(REGIONS))
    return ch(L["regs"])


def P(L=None, reg=None, style=None, ext=False):
    reg = reg or pick_reg(L)
    s = phone_str(reg, style)
    if ext:
        s = add_ext(s)
    return (s, "PHONE")


def PTF():
    reg = ch(list(TOLLFREE))
    PHONE_REGIONS_USED.append(reg)
    CUR_REGS.append(reg)
    return (TOLLFREE[reg](), "PHONE")


def e164_digits(L=None, reg=None):
    s = phone_str(reg or pick_reg(L), "e164")
    return s[1:]


# --------------------------------------------------------------------------
# SSN
def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def S(style=None):
    a, g, s = ssn_parts()
    style = style or ch(["dash"] * 6 + ["space"] * 2 + ["bare"])
    sep = {"dash": "-", "space": " ", "bare": ""}[style]
    return (a + sep + g + sep + s, "SSN")


def ssn_ok(x):
    d = re.sub(r"[ -]", "", x)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


# --------------------------------------------------------------------------
# Cards
def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


BRANDS = [
    ("Visa", ["4"], [16], None), ("Visa", ["4"], [16], None), ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2720"], [16], None),
    ("Mastercard", ["55", "54"], [16], None), ("American Express", ["34", "37"], [15], [4, 6, 5]),
    ("Discover", ["6011", "644", "65"], [16], None), ("JCB", ["3528", "3530", "3566", "3589"], [16], None),
    ("Diners Club", ["36", "300", "305"], [14], [4, 6, 4]), ("UnionPay", ["6212", "6228", "6250"], [16, 19], None),
    ("Maestro", ["6759", "5018", "6304"], [16, 19], None), ("Mir", ["2200", "2201", "2202", "2204"], [16], None),
    ("RuPay", ["6521", "6522", "8171"], [16], None), ("Elo", ["636368", "504175", "509048"], [16], None),
    ("Troy", ["9792"], [16], None), ("Verve", ["506099", "650002"], [16, 19], None), ("Dankort", ["5019"], [16], None),
]


def C(brand=None, style=None):
    b = brand or ch(BRANDS)
    n = luhn_complete(ch(b[1]), ch(b[2]))
    grp = b[3] or ([4, 4, 4, 4, 3] if len(n) == 19 else [4, 4, 4, 4])
    style = style or ch(["space", "space", "dash", "bare", "space"])
    parts, i = [], 0
    for g in grp:
        parts.append(n[i:i + g])
        i += g
    s = {"space": " ".join(parts), "dash": "-".join(parts), "bare": n}[style]
    return (s, "CARD"), b[0]


def Cc(style=None):
    return C(style=style)[0]


# --------------------------------------------------------------------------
# IBAN
IBAN_SPEC = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "16n", "AZ": "4a20c", "BA": "16n", "BE": "12n",
    "BG": "4a6n8c", "BH": "4a14c", "BR": "23n1a1c", "CH": "5n12c", "CY": "8n16c", "CZ": "20n", "DE": "18n",
    "DK": "14n", "EE": "16n", "EG": "25n", "ES": "20n", "FI": "14n", "FO": "14n", "FR": "10n11c2n",
    "GB": "4a14n", "GE": "2a16n", "GI": "4a15c", "GL": "14n", "GR": "7n16c", "HR": "17n", "HU": "24n",
    "IE": "4a14n", "IL": "19n", "IS": "22n", "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c",
    "LB": "4n20c", "LI": "5n12c", "LT": "16n", "LU": "3n13c", "LV": "4a13c", "MC": "10n11c2n", "MD": "2c18c",
    "ME": "18n", "MK": "3n10c2n", "MT": "4a5n18c", "NL": "4a10n", "NO": "11n", "PK": "4a16c", "PL": "24n",
    "PS": "4a21c", "PT": "21n", "QA": "4a21c", "RO": "4a16c", "RS": "18n", "SA": "2n18c", "SE": "20n",
    "SI": "15n", "SK": "20n", "SM": "1a10n12c", "TN": "20n", "TR": "5n1n16c", "UA": "6n19c", "XK": "16n",
}
BANKCODES = {"GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL"], "IE": ["AIBK", "BOFI"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
             "BG": ["BNBG", "UNCR"], "RO": ["BTRL", "RNCB", "INGB"], "LV": ["HABA", "UNLA"], "MT": ["MALT", "VALL"],
             "GI": ["NWBK"], "PK": ["SCBL", "HABB"], "QA": ["DOHB", "QNBA"], "KW": ["CBKU", "NBOK"], "JO": ["CBJO", "ARAB"],
             "AZ": ["NABZ"], "BH": ["BMAG"], "PS": ["PALS"], "GE": ["NB", "TB"]}


def iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_bban(cc):
    spec = IBAN_SPEC[cc]
    out = []
    for cnt, kind in re.findall(r"(\d+)([nac])", spec):
        cnt = int(cnt)
        for _ in range(cnt):
            if kind == "n":
                out.append(str(R.randint(0, 9)))
            elif kind == "a":
                out.append(chr(65 + R.randint(0, 25)))
            else:
                out.append(str(R.randint(0, 9)) if R.random() < 0.8 else chr(65 + R.randint(0, 25)))
    b = "".join(out)
    if cc in BANKCODES:
        code = ch(BANKCODES[cc])
        b = code + b[len(code):]
    if cc == "TR":
        b = b[:5] + "0" + b[6:]
    if cc == "BE":
        x = int(b[:10]) % 97 or 97
        b = b[:10] + f"{x:02d}"
    if cc in ("FR", "MC"):
        b = b[:10] + dg(11)
        key = 97 - (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(b[10:21])) % 97
        b = b + f"{key:02d}"
    if cc == "ES":
        def dc(s):
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            v = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(v, v)
        b = b[:8] + str(dc("00" + b[:8])) + str(dc(b[10:])) + b[10:]
    if cc == "NO":
        while True:
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            v = 11 - sum(int(c) * k for c, k in zip(b[:10], w)) % 11
            if v == 10:
                b = dg(10) + "0"
                continue
            b = b[:10] + str(0 if v == 11 else v)
            break
    if cc == "FI":
        b = luhn_complete(b[:13], 14) if False else b[:13] + [c for c in "0123456789" if luhn_ok(b[:13] + c)][0]
    if cc == "PT":
        b = b[:19] + f"{98 - int(b[:19]) * 100 % 97:02d}"
    return b


def iban_compact(cc):
    b = gen_bban(cc)
    return cc + iban_check(cc, b) + b


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def I(L=None, cc=None, grouped=None):
    cc = cc or (ch(L["ibans"]) if L else ch(sorted(IBAN_SPEC)))
    s = iban_compact(cc)
    if grouped is None:
        grouped = R.random() < 0.55
    return (group4(s) if grouped else s, "IBAN")


# --------------------------------------------------------------------------
# E-mail
PROVIDERS = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me",
             "gmx.de", "web.de", "t-online.de", "orange.fr", "free.fr", "libero.it", "wp.pl", "seznam.cz",
             "mail.ru", "yandex.ru", "qq.com", "163.com", "naver.com", "yahoo.co.jp", "hotmail.co.uk",
             "uol.com.br", "bol.com.br", "telenet.be", "ziggo.nl", "bluewin.ch", "yahoo.fr", "rediffmail.com",
             "gmx.at", "abv.bg", "freemail.hu", "o2.pl", "inbox.lv", "mail.ee"]
BRANDW = ["nordwind", "bluepeak", "sunfield", "altamira", "kestrel", "harbourline", "lumina", "greenfork",
          "ironbridge", "saffron", "tidewater", "pinecrest", "orbitel", "vantaggio", "solmar", "brightwave",
          "zephyra", "korvex", "maplegate", "riverton", "okapi", "tessera", "vireo", "quantalis"]
TLDS = ["-logistik.de", "-group.com", ".io", "-conseil.fr", ".co.uk", ".com.br", ".es", ".it", ".pl",
        ".co.jp", ".com.au", ".com.ng", ".co.za", ".in", ".nl", ".se", ".ch", ".com.mx", ".eu", "-tech.com",
        ".ae", ".co.ke", ".vn", ".com.tr", ".gr", ".dk", ".fi", ".cz"]


def company_domain(sub=None):
    d = ch(BRANDW) + ch(TLDS)
    if sub is None:
        sub = R.random() < 0.2
    if sub:
        d = ch(["mail.", "eu.", "hr.", "support.", "corp.", "billing.", "us.mail.", "staff."]) + d
    return d


def E(asc=None, domain=None):
    if asc is None:
        asc = ch(ch(LANGS)["names"])[1]
    first, last = asc.split(".")[0], asc.split(".")[-1]
    form = ch(["f.l", "f.l", "fl", "f_l", "fl2", "initial", "f", "l.f", "f-l", "fplus"])
    loc = {"f.l": f"{first}.{last}", "fl": f"{first}{last}", "f_l": f"{first}_{last}",
           "fl2": f"{first}{last[:1]}{R.randint(1, 99)}", "initial": f"{first[0]}{last}", "f": f"{first}{R.randint(70, 2005)}",
           "l.f": f"{last}.{first}", "f-l": f"{first}-{last}",
           "fplus": f"{first}.{last}+{ch(['news', 'shop', 'bank', 'work', 'amazon', 'invoices', 'travel'])}"}[form]
    if domain is None:
        domain = ch(PROVIDERS) if R.random() < 0.55 else company_domain()
    return (loc + "@" + domain, "EMAIL")


def Erole(domain=None):
    domain = domain or company_domain()
    return (ch(["info", "support", "billing", "hr", "sales", "kontakt", "contacto", "service", "noreply",
                "admin", "facturation", "buchhaltung", "helpdesk", "careers"]) + "@" + domain, "EMAIL")


# --------------------------------------------------------------------------
# IP
V6PFX = ["2a00:1450", "2001:4860", "2606:4700", "2a03:2880", "2400:cb00", "2001:67c", "2a02:8108",
         "2604:a880", "2c0f:fb50", "2406:da00", "2a01:4f8", "2620:fe", "2800:3f0", "2401:4900"]


def ipv4():
    while True:
        a = R.randint(1, 223)
        s = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        ip = ipaddress.ip_address(s)
        if ip.is_global and not ip.is_multicast and not ip.is_reserved:
            return s


def ipv6(style=None):
    while True:
        pf = ch(V6PFX).split(":")
        rest = []
        for _ in range(8 - len(pf)):
            r = R.random()
            rest.append("0" if r < 0.35 else f"{R.randint(0, 0xffff):x}")
        ip = ipaddress.IPv6Address(":".join(pf + rest))
        if ip.is_global:
            break
    style = style or ch(["comp", "comp", "full", "comp"])
    return ip.exploded if style == "full" else ip.compressed


def IP4():
    return (ipv4(), "IP")


def IP6(style=None):
    return (ipv6(style), "IP")


def IPany():
    return IP4() if R.random() < 0.65 else IP6()


# --------------------------------------------------------------------------
# small helpers
def person(L):
    return ch(L["names"])


def first(disp):
    return disp.split()[0]


def rdate(fmt=None):
    y, m, d = R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28)
    fmt = fmt or ch(["iso", "eu", "us", "dot"])
    return {"iso": f"{y}-{m:02d}-{d:02d}", "eu": f"{d:02d}/{m:02d}/{y}", "us": f"{m:02d}/{d:02d}/{y}",
            "dot": f"{d:02d}.{m:02d}.{y}"}[fmt]


def rtime():
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}"


def lab(word):
    return word + ch([": ", ": ", " ", ". ", " – ", ":\t"])


EN = LBY["en"]
NEUTRAL = {"name": "language-neutral", "regs": ["international"]}
US_FIRST = ["Jennifer", "Robert", "Maria", "David", "Ashley", "Christopher", "Latoya", "Kevin", "Megan", "Jose",
            "Linda", "Tyler", "Brittany", "Marcus", "Hannah", "Luis", "Nicole", "Brandon", "Keisha", "Ethan"]
US_LAST = ["Johnson", "Garcia", "Williams", "Nguyen", "Smith", "Martinez", "Brown", "Davis", "Miller", "Lopez",
           "Wilson", "Anderson", "Thomas", "Jackson", "Harris", "Kim", "Patel", "Robinson", "Clark", "Lewis"]
US_CITIES = ["Austin, TX", "Columbus, OH", "Sacramento, CA", "Tampa, FL", "Denver, CO", "Raleigh, NC",
             "Phoenix, AZ", "Chicago, IL", "Portland, OR", "Nashville, TN", "Atlanta, GA", "Boston, MA"]


def usname():
    f, l = ch(US_FIRST), ch(US_LAST)
    return f + " " + l, (f + "." + l).lower()


# --------------------------------------------------------------------------
# Positive genres. Each returns (Doc, genre, language-dict-or-name, region)
def g_whatsapp(L):
    d = Doc()
    A, B = person(L), person(L)
    android = R.random() < 0.5
    day, mon, yr = R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2025)
    t = R.randint(420, 1200)
    msgs = [(A, L["hello"] + " 👋", None)]
    filler = ["👍", "ok", L["thanks"] + "!", "😂😂", "?", "🙏", L["thanks"] + " 🙂", "<Media omitted>" if android else "‎image omitted"]
    ents = []
    k = R.randint(1, 2)
    for _ in range(k):
        r = R.random()
        if r < 0.35:
            ents.append((ch([A, B]), L["callme"] + " ⟦x⟧", P(L)))
        elif r < 0.5:
            ents.append((ch([A, B]), "⟦x⟧", P(L, style=ch(["national", "intl", "e164"]))))
        elif r < 0.65:
            ents.append((ch([A, B]), L["writeme"] + " ⟦x⟧", E(ch([A, B])[1])))
        elif r < 0.72:
            ents.append((ch([A, B]), "IBAN ⟦x⟧", I(L)))
        elif r < 0.8:
            ents.append((ch([A, B]), L["card"] + ": ⟦x⟧", Cc()))
        elif r < 0.9:
            ents.append((ch([A, B]), L["mobile"] + ": ⟦x⟧", P(L)))
        else:
            ents.append((ch([A, B]), "https://wa.me/⟦x⟧", (e164_digits(L), "PHONE")))
    for e in ents:
        msgs.insert(R.randint(1, len(msgs)), e)
        if R.random() < 0.6:
            msgs.insert(R.randint(1, len(msgs)), (ch([A, B]), ch(filler), None))
    for who, tpl, val in msgs:
        t += R.randint(0, 9)
        hh, mm = (t // 60) % 24, t % 60
        if android:
            pre = f"{day:02d}/{mon:02d}/{yr}, {hh:02d}:{mm:02d} - {who[0]}: "
        else:
            pre = f"[{day:02d}/{mon:02d}/{yr % 100:02d}, {hh:02d}:{mm:02d}:{R.randint(0, 59):02d}] {who[0]}: "
        d.t(pre)
        d.f(tpl, x=val) if val else d.t(tpl)
        d.t("\n")
    return d, "WhatsApp chat export" + (" (Android)" if android else " (iOS)"), L


def g_telegram(L):
    d = Doc()
    A, B = person(L), person(L)
    date = rdate("dot")
    d.t(f"{A[0]}, [{date} {rtime()}]\n{L['hello']}!\n\n")
    d.t(f"{B[0]}, [{date} {rtime()}]\n")
    d.f(L["callme"] + " ⟦p⟧", p=P(L))
    if R.random() < 0.25:
        d.f(" / ⟦e⟧", e=E(B[1]))
    d.t("\n\n")
    if R.random() < 0.5:
        d.t(f"{A[0]}, [{date} {rtime()}]\n")
        d.f(L["account"] + ": ⟦i⟧\n", i=I(L))
    d.t(f"{A[0]}, [{date} {rtime()}]\n{L['thanks']} 👍")
    return d, "Telegram chat export", L


def g_signature(L):
    d = Doc()
    A = person(L)
    dom = company_domain(False)
    d.t(ch(["--\n", "-- \n", "", "______________________\n"]))
    d.t(f"{L['thanks']},\n{A[0]}\n{ch(BRANDW).capitalize()} {ch(['GmbH', 'S.A.', 'Ltd', 'S.r.l.', 'B.V.', 'AB', 'Sp. z o.o.', 'Inc.', 'LLC', 'K.K.', 'Pty Ltd', 'A.Ş.'])}\n")
    reg = pick_reg(L)
    lines = [(L["phone"], P(L, reg=reg, ext=R.random() < 0.25))]
    if R.random() < 0.4:
        lines.append((L["mobile"], P(L, reg=reg)))
    if R.random() < 0.15:
        lines.append((L["fax"], P(L, reg=reg)))
    if R.random() < 0.45:
        lines.append((L["email"], E(A[1], dom)))
    R.shuffle(lines)
    style = ch(["lines", "pipe", "short"])
    if style == "pipe":
        for i, (w, v) in enumerate(lines):
            d.f(("" if i == 0 else " | ") + w + " ⟦v⟧", v=v)
        d.t("\n")
    else:
        for w, v in lines:
            w2 = w if (style == "lines" or not w[0].isascii()) else w[:1].upper() + ("." if len(w) > 1 else "")
            d.f(lab(w2) + "⟦v⟧\n", v=v)
    d.t("www." + dom)
    return d, "e-mail signature", L


def g_email_body(L):
    d = Doc()
    A, B = person(L), person(L)
    d.t(f"{L['hello']} {first(B[0])},\n\n")
    opts = list(range(4))
    R.shuffle(opts)
    n = R.randint(1, 2)
    for o in opts[:n]:
        if o == 0:
            d.f(L["callme"] + " ⟦p⟧.\n", p=P(L, ext=R.random() < 0.15))
        elif o == 1:
            d.f(L["writeme"] + " ⟦e⟧.\n", e=E(A[1]))
        elif o == 2:
            d.f(f"IBAN: ⟦i⟧ ({A[0]})\n", i=I(L))
        else:
            d.f(lab(L["mobile"]) + "⟦p⟧ / " + lab(L["phone"]) + "⟦q⟧\n", p=P(L), q=P(L))
    d.t(f"\n{L['thanks']},\n{A[0]}")
    return d, "e-mail body", L


def g_ticket(L):
    d = Doc()
    nm, asc = usname() if R.random() < 0.5 else person(L)
    d.t(f"Ticket #{R.randint(100000, 999999)} | Priority: {ch(['Low', 'Normal', 'High', 'Urgent'])} | Channel: {ch(['web', 'email', 'phone', 'chat'])}\n")
    if R.random() < 0.55:
        d.f("Requester: " + nm + " <⟦e⟧>\n", e=E(asc))
    else:
        d.t(f"Requester: {nm} (account #{R.randint(100000, 9999999)})\n")
    if R.random() < 0.35:
        d.f("Callback number: ⟦p⟧\n", p=P(L if R.random() < 0.5 else EN, ext=R.random() < 0.2))
    d.t("Subject: " + ch(["Double charge on my card", "Refund not received", "Cannot log in", "Wrong billing address",
                          "Subscription cancelled but still billed"]) + "\n")
    r = R.random()
    if r < 0.4:
        (c, brand) = C()
        d.f(f"Description: I was charged twice on {rdate()}. The {brand} card used was ⟦c⟧. Please refund one of the charges.\n", c=c)
    elif r < 0.7:
        d.f("Description: Please send the refund to my account ⟦i⟧ instead of the card.\n", i=I(L))
    else:
        d.f("Description: Login from an unknown device, IP ⟦ip⟧, at " + rtime() + " UTC. Not me!\n", ip=IPany())
    d.t("Status: open")
    return d, "support ticket", EN


def g_crm_csv(L):
    d = Doc()
    sep = ch([",", ";", ","])
    hdr = ["id", "name", L["email"].lower(), L["mobile"].lower(), "country", "created"]
    d.t(sep.join(hdr) + "\n")
    for i in range(R.randint(1, 3)):
        A = person(L)
        reg = pick_reg(L)
        d.t(f"{R.randint(1000, 99999)}{sep}\"{A[0]}\"{sep}")
        if R.random() < 0.35:
            d.f("⟦e⟧", e=E(A[1]))
        d.t(sep)
        if i == 0 or R.random() < 0.5:
            d.f("⟦p⟧", p=P(L, reg=reg, style=ch(["e164", "intl", "national"])))
        d.t(f"{sep}{reg}{sep}{rdate('iso')}\n")
    return d, "CRM export CSV", L


def g_tsv(L):
    d = Doc()
    d.t("\t".join(["emp_no", "name", L["phone"], "IBAN", "dept"]) + "\n")
    for i in range(R.randint(1, 3)):
        A = person(L)
        d.t(f"E{R.randint(1000, 9999)}\t{A[0]}\t")
        if R.random() < 0.5:
            d.f("⟦p⟧\t⟦i⟧\t", p=P(L), i=I(L, grouped=R.random() < 0.3))
        else:
            d.f("\t⟦i⟧\t", i=I(L, grouped=R.random() < 0.3))
        d.t(ch(["Sales", "IT", "Ops", "Finance", "HR"]) + "\n")
    return d, "payroll TSV rows", L


def g_json(L):
    d = Doc()
    A = person(L)
    compact = R.random() < 0.4
    nl, ind = ("", "") if compact else ("\n", "  ")
    sp = " " if not compact else ""
    d.t("{" + nl + ind + f'"id":{sp}{R.randint(10000, 999999)},' + nl + ind + f'"name":{sp}"{A[0]}",' + nl)
    if R.random() < 0.5:
        d.f(ind + '"email":' + sp + '"⟦e⟧",' + nl, e=E(A[1]))
    else:
        d.t(ind + '"email_verified":' + sp + 'true,' + nl)
    if R.random() < 0.7:
        d.f(ind + '"phone":' + sp + '"⟦p⟧",' + nl, p=P(L, style=ch(["e164", "intl", None])))
    else:
        d.f(ind + '"card":' + sp + '"⟦c⟧",' + nl, c=Cc(ch(["bare", "space"])))
    r = R.random()
    if r < 0.4:
        d.f(ind + '"billing":' + sp + '{"iban":' + sp + '"⟦i⟧",' + sp + '"currency":' + sp + '"EUR"},' + nl, i=I(L))
    elif r < 0.6:
        d.f(ind + '"last_login_ip":' + sp + '"⟦ip⟧",' + nl, ip=IPany())
    elif r < 0.75:
        d.f(ind + '"ssn":' + sp + '"⟦s⟧",' + nl, s=S())
    d.t(ind + f'"created_at":{sp}"{rdate("iso")}T{rtime()}:00Z"' + nl + "}")
    return d, "JSON record", L


def g_yaml(L):
    d = Doc()
    A = person(L)
    d.t(f"customer:\n  id: {R.randint(1000, 99999)}\n  name: {A[0]}\n")
    if R.random() < 0.5:
        d.f("  email: ⟦e⟧\n", e=E(A[1]))
    d.f("  phones:\n    - type: mobile\n      number: \"⟦p⟧\"\n", p=P(L))
    if R.random() < 0.25:
        d.f("    - type: fax\n      number: \"⟦p⟧\"\n", p=P(L))
    if R.random() < 0.5:
        d.f("  bank:\n    iban: ⟦i⟧\n", i=I(L, grouped=False))
    if R.random() < 0.3:
        d.f("  tax:\n    us_ssn: \"⟦s⟧\"\n", s=S())
    d.t(f"  locale: {L['code']}")
    return d, "YAML customer record", L


def g_xml(L):
    d = Doc()
    A = person(L)
    d.t(f'<?xml version="1.0" encoding="UTF-8"?>\n<customer id="{R.randint(100, 99999)}">\n  <name>{A[0]}</name>\n')
    if R.random() < 0.5:
        d.f("  <email>⟦e⟧</email>\n", e=E(A[1]))
    d.f('  <phone type="mobile">⟦p⟧</phone>\n', p=P(L))
    if R.random() < 0.2:
        d.f('  <phone type="fax">⟦p⟧</phone>\n', p=P(L))
    if R.random() < 0.3:
        d.f('  <card>⟦c⟧</card>\n', c=Cc())
    if R.random() < 0.5:
        d.f("  <payment><iban>⟦i⟧</iban></payment>\n", i=I(L, grouped=False))
    d.t("</customer>")
    return d, "XML customer record", L


def g_ini(L):
    d = Doc()
    d.t(f"; generated {rdate('iso')}\n[general]\nname = {ch(BRANDW)}-api\nversion = {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}\n\n[smtp]\nport = {ch([25, 465, 587])}\n")
    if R.random() < 0.5:
        d.f("admin_email = ⟦e⟧\n", e=ch([E, Erole])())
    d.f("\n[network]\nbind_address = ⟦a⟧\n", a=IPany())
    if R.random() < 0.5:
        d.f("\n[oncall]\nphone = ⟦p⟧\n", p=P(L, style="e164"))
    return d, "INI config file", EN


def g_logs(L):
    d = Doc()
    kind = ch(["nginx", "sshd", "app", "postfix", "mixed"])
    n = R.randint(1, 3)
    for i in range(n):
        k = kind if kind != "mixed" else ch(["nginx", "sshd", "app", "postfix"])
        ts = f"{R.randint(10, 28)}/{ch(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])}/2024:{rtime()}:{R.randint(10, 59)} +0000"
        if k == "nginx":
            d.f(f'⟦ip⟧ - - [{ts}] "{ch(["GET", "POST"])} /{ch(["api/v1/orders", "login", "cart", "static/app.js", "account"])} HTTP/1.1" {ch([200, 200, 301, 404, 500])} {R.randint(120, 50000)} "-" "Mozilla/5.0"\n', ip=IPany())
        elif k == "sshd":
            d.f(f"{ch(['Mar', 'Apr', 'Nov'])} {R.randint(1, 28):2d} {rtime()}:{R.randint(10, 59)} web0{R.randint(1, 9)} sshd[{R.randint(1000, 60000)}]: Failed password for {ch(['root', 'invalid user admin', 'ubuntu', 'invalid user test'])} from ⟦ip⟧ port {R.randint(1025, 65000)} ssh2\n", ip=IPany())
        elif k == "app":
            d.f(f"2024-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{rtime()}:{R.randint(10, 59)}.{R.randint(100, 999)}Z INFO auth.login " + ch(["user=⟦e⟧", "uid=" + dg(6), "uid=" + dg(5)]) + " " + ch(["ip=⟦ip6⟧", "client=⟦ip⟧:" + str(R.randint(1025, 65000)) if R.random() < 0.5 else "client=[⟦ip6⟧]:" + str(R.randint(1025, 65000))]) + f" status={ch(['ok', 'failed', 'mfa_required'])}\n", e=E(), ip=IP4(), ip6=IP6())
        else:
            d.f(f"{ch(['Mar', 'Oct'])} {R.randint(1, 28):2d} {rtime()}:{R.randint(10, 59)} mx1 postfix/smtp[{R.randint(1000, 60000)}]: {dg(10).upper()[:10]}: to=<⟦e⟧>, relay=mx.{ch(PROVIDERS)}[⟦ip⟧]:25, status=sent\n", e=E(), ip=IP4())
    return d, f"server logs ({kind})", EN


def g_code(L):
    d = Doc()
    lang = ch(["py", "js", "go", "env"])
    if lang == "py":
        d.t("# settings.py\nDEBUG = False\n")
        d.f('ADMINS = [("Ops", "⟦e⟧")]\n' if R.random() < 0.5 else "ADMINS = []\n", e=E())
        d.f('ALLOWED_HOSTS = ["⟦ip⟧", "api.' + ch(BRANDW) + '.io"]\n', ip=IP4())
        d.f('SUPPORT_PHONE = "⟦p⟧"\n', p=P(style="e164"))
    elif lang == "js":
        d.t("// config.js\nmodule.exports = {\n  port: 8080,\n")
        if R.random() < 0.5:
            d.f("  contact: { email: '⟦e⟧', phone: '⟦p⟧' },\n", e=Erole(), p=P(style="intl"))
        d.f("  trustedProxies: ['⟦a⟧', '⟦b⟧'],\n  upstream: 'http://[⟦c⟧]:8443',\n};", a=IP4(), b=IP6(), c=IP6())
    elif lang == "go":
        d.t("package config\n\nconst (\n")
        d.f('\tDefaultDNS   = "⟦a⟧"\n\tFallbackDNS6 = "⟦b⟧"\n\tAlertEmail   = "⟦e⟧"\n)\n', a=IP4(), b=IP6(), e=E())
    else:
        d.f("DB_HOST=⟦a⟧\nDB_PORT=5432\nSMTP_FROM=⟦e⟧\nTWILIO_FROM_NUMBER=⟦p⟧\n", a=IP4(), e=Erole(), p=P(style="e164"))
    return d, f"source code config ({lang})", EN


def g_firewall(L):
    d = Doc()
    k = ch(["iptables", "nginx", "sg"])
    for _ in range(R.randint(1, 3)):
        if k == "iptables":
            d.f(f"-A INPUT -s ⟦ip⟧/32 -p tcp --dport {ch([22, 443, 3306, 5432])} -j {ch(['ACCEPT', 'DROP'])}\n", ip=IP4())
        elif k == "nginx":
            d.f(f"    {ch(['allow', 'deny'])} ⟦ip⟧;\n", ip=IPany())
        else:
            d.f('{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "⟦ip⟧/32"}\n', ip=IP4())
    if k == "nginx":
        d.t("    deny all;")
    return d, f"firewall/ACL config ({k})", EN


def g_webform(L):
    d = Doc()
    A = person(L)
    d.t(f"Name: {A[0]}\n")
    if R.random() < 0.35:
        d.f(lab(L["email"]) + "⟦e⟧\n", e=E(A[1]))
    if R.random() < 0.5:
        d.f(lab(L["phone"]) + "⟦p⟧\n", p=P(L))
    if R.random() < 0.75:
        (c, brand) = C()
        d.f(lab(L["card"]) + "⟦c⟧\n", c=c)
        d.t(f"Exp: {R.randint(1, 12):02d}/{R.randint(25, 31)}  CVV: ***\n")
    else:
        d.f(lab("IBAN") + "⟦i⟧\n", i=I(L))
    d.t(ch(["[x] I accept the terms", "Newsletter: no", "Submitted " + rdate() + " " + rtime()]))
    return d, "web form submission", L


def g_invoice(L):
    d = Doc()
    seller = ch(BRANDW).capitalize()
    dom = company_domain(False)
    d.t(f"{seller} {ch(['GmbH', 'SARL', 'S.L.', 'Ltd', 'S.p.A.', 'AB', 'Oy', 'AS', 's.r.o.'])}\n")
    r = R.random()
    if r < 0.3:
        d.f(lab(L["phone"]) + "⟦p⟧ · " + L["email"] + " ⟦e⟧\n\n", p=P(L), e=Erole(dom))
    elif r < 0.7:
        d.f(lab(L["phone"]) + "⟦p⟧\n\n", p=P(L))
    else:
        d.t("www." + dom + "\n\n")
    d.t(f"INVOICE {ch(['INV', 'RE', 'FA', 'FV'])}-{R.randint(2022, 2025)}-{R.randint(1, 9999):04d}   {rdate()}\n")
    for _ in range(R.randint(1, 3)):
        d.t(f"{R.randint(1, 12)} x {ch(['Consulting hours', 'Licence', 'Support plan', 'Hardware', 'Shipping'])}  {R.randint(10, 900)},{R.randint(0, 99):02d} EUR\n")
    d.t(f"Total: {R.randint(100, 9000)},{R.randint(0, 99):02d} EUR\n\n")
    d.f(L["account"] + " / IBAN: ⟦i⟧\nBIC: " + ch(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BBVAESMM", "UNCRITMM", "NDEASESS"]) + "\n", i=I(L))
    if R.random() < 0.15:
        d.f(lab(L["fax"]) + "⟦f⟧", f=P(L))
    return d, "invoice", L


def g_hr(L):
    d = Doc()
    nm, asc = usname()
    d.t(f"EMPLOYEE RECORD\nName: {nm}\nEmployee ID: E-{R.randint(10000, 99999)}\nHire date: {rdate('us')}\n")
    lbl = ch(["SSN", "Social Security No.", "SS#", "Soc. Sec. #", "Social Security Number"])
    d.f(lbl + ": ⟦s⟧\n", s=S())
    if R.random() < 0.5:
        d.f("Home phone: ⟦p⟧\n", p=P(EN, reg="US"))
    if R.random() < 0.25:
        d.f("Personal email: ⟦e⟧\n", e=E(asc))
    d.t(f"Direct deposit routing: {ch(['021000021', '011000015', '121000358', '026009593', '322271627'])}\n")
    if R.random() < 0.15:
        nm2, _ = usname()
        d.f(f"Emergency contact: {nm2} ⟦p⟧\n", p=P(EN, reg="US"))
    d.t(f"Location: {ch(US_CITIES)}")
    return d, "HR employee record", EN


def g_payroll(L):
    d = Doc()
    d.t("emp_id,full_name,ssn,pay_period,gross,net\n")
    for _ in range(R.randint(1, 4)):
        nm, _ = usname()
        d.f(f"{R.randint(1000, 9999)},{nm},⟦s⟧,{rdate('iso')},{R.randint(1500, 9000)}.{R.randint(0, 99):02d},{R.randint(1000, 6000)}.{R.randint(0, 99):02d}\n", s=S())
    return d, "payroll CSV export", EN


def g_medical(L):
    d = Doc()
    nm, asc = usname()
    es = R.random() < 0.3
    if es:
        d.t(f"FORMULARIO DE ADMISIÓN DEL PACIENTE\nNombre: {nm}\nFecha de nacimiento: {rdate('us')}\n")
        d.f("Número de Seguro Social: ⟦s⟧\nTeléfono celular: ⟦p⟧\n", s=S(), p=P(EN, reg="US"))
        if R.random() < 0.4:
            d.f("Correo electrónico: ⟦e⟧\n", e=E(asc))
    else:
        d.t(f"PATIENT INTAKE FORM\nPatient: {nm}   DOB: {rdate('us')}\n")
        d.f(ch(["SSN", "Social Security #", "SSN (required)"]) + ": ⟦s⟧\n", s=S())
        if R.random() < 0.6:
            d.f("Cell: ⟦p⟧\n", p=P(EN, reg="US"))
        if R.random() < 0.25:
            d.f("Email: ⟦e⟧\n", e=E(asc))
        d.t(f"Insurance member ID: {ch(['XQW', 'BCB', 'UHC'])}{dg(9)}\nAllergies: {ch(['none', 'penicillin', 'latex', 'peanuts'])}")
    return d, "medical intake form", (LBY["es"] if es else EN)


def g_sms(L):
    d = Doc()
    r = R.random()
    if r < 0.4:
        d.f(f"[{ch(BRANDW).upper()}] {L['hello']}! " + L["callme"] + " ⟦p⟧ " + ch(["🙂", "", "(24/7)"]), p=P(L))
    elif r < 0.7:
        d.f(f"Your appointment is confirmed for {rdate()} at {rtime()}. To reschedule call ⟦p⟧. Reply STOP to opt out.", p=P(EN, ext=R.random() < 0.1))
    else:
        d.f(f"Code {R.randint(100000, 999999)} is your verification code. Never share it. Questions? ⟦p⟧", p=PTF())
    return d, "SMS notification", (L if r < 0.4 else EN)


def g_vcard(L):
    d = Doc()
    A = person(L)
    parts = A[0].split()
    nfield = f"{parts[-1]};{parts[0]};;;" if len(parts) > 1 else f"{A[0]};;;;"
    d.t(f"BEGIN:VCARD\nVERSION:{ch(['3.0', '4.0'])}\nN:{nfield}\nFN:{A[0]}\n")
    d.f("TEL;TYPE=CELL:⟦p⟧\n", p=P(L, style=ch(["e164", "intl"])))
    if R.random() < 0.3:
        d.f("TEL;TYPE=WORK,VOICE:⟦p⟧\n", p=P(L))
    if R.random() < 0.4:
        d.f("EMAIL;TYPE=INTERNET:⟦e⟧\n", e=E(A[1]))
    d.t("END:VCARD")
    return d, "vCard", L


def g_mdtable(L):
    d = Doc()
    d.t(f"| Name | {L['phone']} | {L['email']} |\n|---|---|---|\n")
    for i in range(R.randint(1, 3)):
        A = person(L)
        if R.random() < 0.35:
            d.f(f"| {A[0]} | ⟦p⟧ | ⟦e⟧ |\n", p=P(L), e=E(A[1]))
        else:
            d.f(f"| {A[0]} | ⟦p⟧ | — |\n", p=P(L))
    return d, "markdown contact table", L


def g_ocr(L):
    d = Doc()
    nm, asc = usname()
    d.t(ch(["FORM W-4  (2024)\n", "APPLICATION F0R EMPLOYMENT\n", "RENTAL APPL1CATION\n"]))
    d.t(f"Name  {nm.upper()}\n")
    d.f(ch(["S0cial Security N0.", "SOC SEC NO", "Social Secur ity No", "SSN#"]) + "  ⟦s⟧\n", s=S(ch(["dash", "space"])))
    if R.random() < 0.5:
        d.f(ch(["Te1ephone", "PH0NE", "Teleph one", "Tel"]) + "  ⟦p⟧\n", p=P(EN, reg="US"))
    if R.random() < 0.2:
        d.f("E-mai1  ⟦e⟧\n", e=E(asc))
    d.t(ch(["Signature ____________", "Date  " + rdate("us"), "Page 1 of 2"]))
    return d, "OCR scanned form", EN


def g_transcript(L):
    d = Doc()
    nm, asc = usname()
    d.t(f"[00:00:0{R.randint(1, 9)}] Agent: Thank you for calling, this is {ch(US_FIRST)}. Can I have your full name?\n")
    d.t(f"[00:00:1{R.randint(0, 9)}] Caller: {nm}.\n")
    items = ["ssn", "phone", "card", "email"]
    R.shuffle(items)
    ts = 20
    for it in items[:R.randint(1, 2)]:
        ts += R.randint(5, 30)
        if it == "ssn":
            d.t(f"[00:{ts // 60:02d}:{ts % 60:02d}] Agent: For verification, what is your social security number?\n")
            d.f(f"[00:{(ts + 2) // 60:02d}:{(ts + 2) % 60:02d}] Caller: " + ch(["It's ", "Sure, ", "uh, ", ""]) + "⟦s⟧.\n", s=S(ch(["dash", "space"])))
        elif it == "phone":
            d.t(f"[00:{ts // 60:02d}:{ts % 60:02d}] Agent: And the best number to reach you?\n")
            d.f(f"[00:{ts // 60:02d}:{ts % 60:02d}] Caller: ⟦p⟧, that's my cell.\n", p=P(EN, reg=ch(["US", "US", "CA"])))
        elif it == "card":
            d.t(f"[00:{ts // 60:02d}:{ts % 60:02d}] Agent: Which card would you like to use?\n")
            d.f(f"[00:{ts // 60:02d}:{ts % 60:02d}] Caller: The one ending... actually the full number is ⟦c⟧.\n", c=Cc())
        else:
            d.t(f"[00:{ts // 60:02d}:{ts % 60:02d}] Agent: Can I get an email for the confirmation?\n")
            d.f(f"[00:{ts // 60:02d}:{ts % 60:02d}] Caller: ⟦e⟧\n", e=E(asc))
    d.t("[end of transcript]")
    return d, "call center transcript", EN


def g_social(L):
    d = Doc()
    tag = ch(["#forsale", "#jobs", "#lostandfound", "#rent", "#promo", "#help"])
    r = R.random()
    if r < 0.6:
        d.f(f"{ch(['📢', '🔥', '‼️', ''])} {L['hello']}! {L['callme']} ⟦p⟧ {tag}", p=P(L))
    elif r < 0.85:
        d.f(f"{L['writeme']} ⟦e⟧ {L['thanks']}! {tag}", e=E())
    else:
        d.f(f"WhatsApp 👉 wa.me/⟦p⟧ {tag}", p=(e164_digits(L), "PHONE"))
    return d, "social media post", L


def g_classified(L):
    d = Doc()
    item = ch(["iPhone 13 128GB", "Bicycle 28\"", "Sofa 3-seater", "Room for rent", "Golf VII 2016", "PS5 + 2 controllers", "Baby stroller"])
    d.t(f"{item} — {R.randint(20, 900)} {ch(['€', 'zł', 'Kč', 'kr', 'lei', '$', 'R$', '₺'])}\n")
    d.f(lab(ch([L["phone"], L["mobile"], "Tel.", "📞"])) + "⟦p⟧" + ch(["", " (WhatsApp)", " " + rtime() + "–21:00", ", SMS"]) + "\n", p=P(L))
    if R.random() < 0.12:
        d.f(lab(L["email"]) + "⟦e⟧", e=E())
    return d, "classified ad", L


def g_w2(L):
    d = Doc()
    nm, _ = usname()
    d.t(f"Form W-2 Wage and Tax Statement {R.randint(2021, 2024)}\n")
    d.f("a Employee's social security number ⟦s⟧\n", s=S(ch(["dash", "bare", "dash"])))
    d.t(f"b Employer identification number (EIN) {R.randint(10, 99)}-{dg(7)}\n")
    d.t(f"e Employee's first name and initial / Last name: {nm}\n1 Wages, tips, other compensation {R.randint(20000, 150000)}.00\n")
    d.t(f"2 Federal income tax withheld {R.randint(1000, 30000)}.00\n15 State {ch(['CA', 'NY', 'TX', 'IL', 'WA'])}")
    return d, "US tax form W-2", EN


def g_ssn_other(L):
    langs = ["es", "zh", "vi", "ko", "tl", "ru", "ar", "pt", "fr", "de", "pl", "ja", "he", "it", "nl", "zht"]
    L = LBY[ch(langs)]
    d = Doc()
    A = person(L)
    d.t(f"{A[0]}\n")
    d.f(L["ssn"] + ": ⟦s⟧\n", s=S(ch(["dash", "dash", "space"])))
    if R.random() < 0.5:
        d.f(lab(L["phone"]) + "⟦p⟧\n", p=P(EN, reg="US"))
    if R.random() < 0.25:
        d.f(lab(L["email"]) + "⟦e⟧", e=E(A[1]))
    return d, "immigrant services intake note", L


def g_sepa(L):
    d = Doc()
    A = person(L)
    d.t(f"SEPA Direct Debit Mandate\nCreditor ID: {ch(['DE98ZZZ09999999999', 'FR12ZZZ123456', 'NL56ZZZ123456780000', 'ES12000B12345678'])}\nMandate ref: M-{R.randint(100000, 999999)}\n")
    d.t(f"Debtor: {A[0]}\n")
    d.f("IBAN: ⟦i⟧\n", i=I(L))
    if R.random() < 0.3:
        d.f(lab(L["email"]) + "⟦e⟧\n", e=E(A[1]))
    d.t(f"Date: {rdate()}  Signature: ✓")
    return d, "SEPA mandate", L


def g_receipt(L):
    d = Doc()
    (c, brand) = C()
    d.t(f"{ch(BRANDW).upper()} STORE #{R.randint(100, 999)}\n")
    if R.random() < 0.35:
        d.f("Tel ⟦p⟧\n", p=P(L))
    d.t(f"{rdate()} {rtime()}\n")
    for _ in range(R.randint(1, 4)):
        d.t(f"{ch(['MILK', 'BREAD', 'COFFEE', 'USB CABLE', 'BATTERIES', 'APPLES'])}  {R.randint(1, 30)}.{R.randint(0, 99):02d}\n")
    d.f(f"{brand.upper()} ⟦c⟧\nAUTH {dg(6)}  TERM {dg(8)}\n", c=c)
    d.t("THANK YOU")
    return d, "POS receipt", L


def g_chatcard(L):
    d = Doc()
    (c, brand) = C()
    d.t(f"Agent: {ch(['Hello', 'Hi', 'Good morning'])}! How can I help?\nCustomer: I want to pay the balance.\nAgent: Sure, please share the card details.\n")
    d.f("Customer: ⟦c⟧ exp " + f"{R.randint(1, 12):02d}/{R.randint(25, 31)}" + "\n", c=c)
    if R.random() < 0.2:
        d.f("Customer: and the receipt to ⟦e⟧ pls\n", e=E())
    d.t("Agent: Thank you, processing now.")
    return d, "live chat support", EN


def g_hotel(L):
    d = Doc()
    A = person(L)
    d.t(f"Reservation {ch(['#', 'No. '])}{R.randint(10000000, 99999999)}\nGuest: {A[0]}\nArrival {rdate()} / {R.randint(1, 9)} nights\n")
    if R.random() < 0.25:
        d.f("Guest e-mail: ⟦e⟧\n", e=E(A[1]))
    if R.random() < 0.5:
        d.f("Guest phone: ⟦p⟧\n", p=P(L))
    d.f("Guarantee: ⟦c⟧\n", c=Cc())
    d.t(f"Room: {ch(['Double', 'Twin', 'Suite'])}, rate {R.randint(80, 400)}.00")
    return d, "hotel reservation", L


def g_headers(L):
    d = Doc()
    A, B = person(L), person(L)
    d.f(f"From: \"{A[0]}\" <⟦a⟧>\n", a=E(A[1]))
    if R.random() < 0.2:
        d.f(f"To: {B[0]} <⟦b⟧>\n", b=E(B[1]))
    else:
        d.t("To: undisclosed-recipients:;\n")
    d.f(f"Date: {ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {R.randint(1, 28)} Mar 2024 {rtime()}:{R.randint(10, 59)} +0100\nReceived: from mail.{ch(PROVIDERS)} ([⟦ip⟧])\nSubject: {ch(['Re: offer', 'Invoice', 'Meeting', 'Fwd: documents'])}", ip=IPany())
    return d, "e-mail headers", L


def g_footer(L):
    d = Doc()
    dom = company_domain(False)
    if R.random() < 0.3:
        d.f(f"{L['contact']}: " + ch(["", "📞 "]) + "⟦p⟧ | " + L["fax"] + " ⟦f⟧ | ⟦e⟧ | © 2024 " + ch(BRANDW).capitalize(), p=P(L), f=P(L), e=Erole(dom))
    else:
        d.f(f"{L['contact']}: " + ch(["", "📞 "]) + "⟦p⟧ | © 2024 " + ch(BRANDW).capitalize(), p=P(L))
    return d, "website footer", L


def g_html(L):
    d = Doc()
    reg = pick_reg(L)
    nat = phone_str(reg, "intl")
    s = "+" + re.sub(r"\D", "", nat)
    d.f('<p>' + L["contact"] + ': <a href="tel:⟦a⟧">⟦b⟧</a></p>', a=(s, "PHONE"), b=(nat, "PHONE"))
    if R.random() < 0.4:
        e = E()
        d.f('\n<p><a href="mailto:⟦c⟧">⟦d⟧</a></p>', c=e, d=e)
    return d, "HTML contact snippet", L


def g_directory(L):
    d = Doc()
    reg = pick_reg(L)
    d.t(f"{L['contact']}\n")
    for dept in R.sample(["Reception", "Sales", "Support", "Accounting", "Warehouse", "IT"], R.randint(2, 3)):
        d.f(f"{dept:<12}" + ch([" ....... ", " ", "\t"]) + "⟦p⟧\n", p=P(L, reg=reg, ext=R.random() < 0.4))
    return d, "phone directory", L


def g_kvaudit(L):
    d = Doc()
    d.f(f"ts={rdate('iso')}T{rtime()}Z event=profile.update actor=" + ch(["⟦e⟧", "uid:" + dg(7)]) + " src_ip=⟦ip⟧ " + ch(["field=phone new=\"⟦p⟧\"", "field=address new=\"[changed]\""]), e=E(), ip=IPany(), p=P(L, style="e164"))
    return d, "audit log key=value", EN


def g_bank_letter(L):
    d = Doc()
    A = person(L)
    d.t(f"{L['hello']} {A[0]},\n")
    d.f(f"{L['account']} IBAN ⟦i⟧\n", i=I(L))
    if R.random() < 0.4:
        d.f(lab(L["phone"]) + "⟦p⟧", p=P(L))
    else:
        d.t(L["thanks"] + "!")
    return d, "bank transfer note", L


def g_app_form_us(L):
    d = Doc()
    nm, asc = usname()
    d.t(f"RENTAL APPLICATION — {ch(US_CITIES)}\nApplicant: {nm}\n")
    d.f("Social Security No.: ⟦s⟧    Date of birth: " + rdate("us") + "\n", s=S())
    if R.random() < 0.5:
        d.f("Cell: ⟦p⟧\n", p=P(EN, reg="US"))
    else:
        d.f("Work: ⟦w⟧\n", w=P(EN, reg="US", ext=R.random() < 0.5))
    if R.random() < 0.3:
        d.f("Email: ⟦e⟧\n", e=E(asc))
    if R.random() < 0.4:
        nm2, _ = usname()
        d.f(f"Co-applicant: {nm2}, SSN ⟦s⟧\n", s=S())
    d.t(f"Monthly income: ${R.randint(2000, 12000)}")
    return d, "US rental application", EN


def g_ssn_json(L):
    d = Doc()
    nm, asc = usname()
    d.f('{"applicant": {"name": "' + nm + '", "ssn": "⟦s⟧", "dob": "' + rdate("iso") + '", "email": "⟦e⟧"}, "score": ' + str(R.randint(300, 850)) + "}", s=S(ch(["dash", "bare"])), e=E(asc) if R.random() < 0.4 else "")
    return d, "credit check API payload JSON", EN


def g_ssn_chat(L):
    d = Doc()
    nm, _ = usname()
    d.f(f"{first(nm)}: hey can u fill the form for mom? her soc sec is ⟦s⟧ and dob {rdate('us')}\n{ch(US_FIRST)}: ok got it 👍", s=S(ch(["dash", "space"])))
    return d, "text message chat", EN


POS_GENRES = [
    (g_whatsapp, 6), (g_telegram, 3), (g_signature, 5), (g_email_body, 5), (g_ticket, 4), (g_crm_csv, 3),
    (g_tsv, 2), (g_json, 4), (g_yaml, 3), (g_xml, 2), (g_ini, 3), (g_logs, 3), (g_code, 3), (g_firewall, 3),
    (g_webform, 5), (g_invoice, 4), (g_hr, 5), (g_payroll, 4), (g_medical, 4), (g_sms, 4), (g_vcard, 3),
    (g_mdtable, 2), (g_ocr, 3), (g_transcript, 4), (g_social, 4), (g_classified, 4), (g_w2, 4),
    (g_ssn_other, 4), (g_sepa, 3), (g_receipt, 6), (g_chatcard, 6), (g_hotel, 5), (g_headers, 2),
    (g_footer, 3), (g_html, 1), (g_directory, 1), (g_kvaudit, 2), (g_bank_letter, 2), (g_app_form_us, 4),
    (g_ssn_json, 2), (g_ssn_chat, 3),
]

# --------------------------------------------------------------------------
# Hard negatives
def luhn_fail(n):
    while True:
        s = str(R.randint(1, 9)) + dg(n - 1)
        if not luhn_ok(s):
            return s


def bad_iban(cc=None):
    cc = cc or ch(sorted(IBAN_SPEC))
    s = iban_compact(cc)
    while True:
        k = f"{R.randint(2, 98):02d}"
        t = cc + k + s[4:]
        if k != s[2:4] and not iban_ok(t):
            return t


def bad_ssn():
    a, g, s = ssn_parts()
    k = R.randint(0, 4)
    if k == 0:
        a = "000"
    elif k == 1:
        a = "666"
    elif k == 2:
        a = str(R.randint(900, 999))
    elif k == 3:
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


def isbn13():
    b = "978" + dg(9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    s = b + str(c)
    return f"{s[:3]}-{s[3]}-{s[4:7]}-{s[7:12]}-{s[12]}"


def uuid():
    h = "".join(ch("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"


def n_order(L):
    return (f"{L['hello']}! Order #{R.randint(10, 99)}-{R.randint(100000, 999999)} placed {rdate()} · total {R.randint(10, 900)},{R.randint(0, 99):02d} € · "
            f"tracking 1Z{''.join(ch('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}{dg(10)} · {L['thanks']}!"), "order confirmation", L


def n_version(L):
    v = f"{R.randint(1, 20)}.{R.randint(0, 30)}.{R.randint(0, 200)}.{R.randint(0, 99)}"
    return (f"## Changelog\n- Firmware {v} released {rdate('iso')}\n- Bootloader {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(1, 9)}, build {R.randint(2024, 2025)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}.{R.randint(1, 9)}\n- Requires driver >= {R.randint(1, 9)}.{R.randint(0, 99)}.{R.randint(0, 999)}"), "release notes with IP-shaped versions", EN


def n_isbn(L):
    return "Reading list:\n" + "\n".join(f"- ISBN {isbn13()} ({R.randint(120, 800)} pp.)" for _ in range(R.randint(2, 4))), "bibliography ISBNs", EN


def n_hash(L):
    return (f"commit {hashlib.sha1(dg(20).encode()).hexdigest()}\nsha256: {hashlib.sha256(dg(20).encode()).hexdigest()}\nmd5 {hashlib.md5(dg(12).encode()).hexdigest()}\nrequest-id {uuid()}"), "git/hash listing", EN


def n_luhnfail(L):
    n = luhn_fail(16)
    return (f"{L['thanks']}! Loyalty member no. {n[:4]} {n[4:8]} {n[8:12]} {n[12:]} · points {R.randint(10, 9999)}"), "loyalty number (Luhn-failing)", L


def n_badiban(L):
    return (f"Test data (invalid checksum, do not use): IBAN {group4(bad_iban(ch(L['ibans'])))}"), "IBAN-shaped string with wrong checksum", EN


def n_badssn(L):
    return ch([f"SSN field validation failed: {bad_ssn()} is not a valid number.",
               f"Placeholder SSN {bad_ssn()} used in training slides.",
               f"Error 422: ssn='{bad_ssn()}' rejected (invalid area/group/serial)"]), "invalid SSN-range strings", EN


def n_ssnshape(L):
    a, g, s = ssn_parts()
    return ch([f"Part No. {a}-{g}-{s}, qty {R.randint(1, 50)}, bin {R.choice('ABCDE')}{R.randint(1, 40)}",
               f"Lottery draw {rdate()}: winning ticket {a}-{g}-{s}",
               f"Case file {a}-{g}-{s} closed on {rdate()}",
               f"Drawing ref {a} {g} {s} — rev C"]), "SSN-shaped number in non-SSN context", EN


def n_dates(L):
    return (f"{L['contact']}: Mo–Fr {R.randint(7, 9)}:00–{R.randint(16, 20)}:00 · {rdate('dot')} {rtime()} · {rdate('iso')}T{rtime()}:00+01:00 · KW {R.randint(1, 52)}"), "opening hours and dates", L


def n_prices(L):
    return (f"{R.randint(1, 99)}.{R.randint(100, 999)},{R.randint(0, 99):02d} € | {R.randint(1, 900)} kg | {R.randint(1, 9)},{R.randint(0, 9)} m × {R.randint(1, 9)},{R.randint(0, 9)} m | {R.randint(100, 9999)} kWh | -{R.randint(5, 70)} %"), "prices and measurements", NEUTRAL


def n_coords(L):
    return (f"Meeting point: {R.uniform(-60, 60):.6f}, {R.uniform(-150, 150):.6f} (alt {R.randint(0, 3000)} m), next checkpoint {R.uniform(-60, 60):.5f} {R.uniform(-150, 150):.5f}"), "GPS coordinates", EN


def n_scores(L):
    return (f"Final: {R.randint(0, 5)}-{R.randint(0, 5)} (HT {R.randint(0, 3)}-{R.randint(0, 3)}), possession {R.randint(30, 70)}%, shots {R.randint(3, 25)}/{R.randint(1, 12)}, attendance {R.randint(10, 80)},{R.randint(100, 999)}"), "sports scores", EN


def n_sku(L):
    return (f"SKU {ch(['AB', 'XR', 'KT'])}-{R.randint(1000, 9999)}-{ch(['BLK', 'WHT', 'RED'])} | EAN {luhn_fail(13)} | MPN {dg(3)}-{dg(4)}-{dg(2)} | stock {R.randint(0, 500)}"), "product catalogue codes", EN


def n_postal(L):
    return ch([f"Ship to: 10115 Berlin · 75008 Paris · SW1A 1AA London · 100-0001 Tokyo · {R.randint(10000, 99999)}-{dg(3)} São Paulo",
               f"ZIP {R.randint(10000, 99999)}-{dg(4)}, PO Box {R.randint(100, 9999)}, Suite {R.randint(100, 999)}"]), "postal codes", EN


def n_epoch(L):
    return (f"cache: created={R.randint(1600000000, 1760000000)} expires_ms={luhn_fail(13)} ttl=3600 seq={R.randint(10 ** 8, 10 ** 9)}"), "epoch timestamps", EN


def n_patent(L):
    return (f"Protected by US {R.randint(9, 11)},{dg(3)},{dg(3)} B2 and EP {R.randint(1, 3)} {dg(3)} {dg(3)} A1; patent pending (WO 20{R.randint(18, 24)}/{dg(6)})"), "patent numbers", EN


def n_routing(L):
    return (f"Wire instructions: Bank routing (ABA) {ch(['021000021', '011000015', '121000358', '026009593', '322271627', '091000019'])}, SWIFT {ch(['CHASUS33', 'BOFAUS3N', 'WFBIUS6S'])}, sort code {R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}, BIC {ch(['DEUTDEFFXXX', 'BNPAFRPP', 'INGBNL2A'])}"), "bank routing/BIC codes", EN


def sin_ca():
    while True:
        s = str(R.randint(1, 7)) + dg(7)
        for c in "0123456789":
            if luhn_ok(s + c):
                return s + c


def n_natid(L):
    k = R.randint(0, 9)
    if k == 0:
        s = sin_ca()
        return f"Canadian SIN: {s[:3]} {s[3:6]} {s[6:]}", "Canadian SIN labelled", EN
    if k == 1:
        return f"UK National Insurance number: {ch(['AB', 'JG', 'NE', 'ZR'])} {dg(2)} {dg(2)} {dg(2)} {ch('ABCD')}", "UK NINO labelled", EN
    if k == 2:
        n = R.randint(10000000, 99999999)
        return f"DNI: {n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]} (España)", "Spanish DNI labelled", LBY["es"]
    if k == 3:
        return f"CPF: {dg(3)}.{dg(3)}.{dg(3)}-{dg(2)}", "Brazilian CPF labelled", LBY["pt"]
    if k == 4:
        return f"Aadhaar: {R.randint(2, 9)}{dg(3)} {dg(4)} {dg(4)}", "Indian Aadhaar labelled", LBY["hi"]
    if k == 5:
        return f"Personnummer: {R.randint(1950, 2005)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{dg(4)}", "Swedish personal number labelled", LBY["sv"]
    if k == 6:
        return f"Steuer-ID: {R.randint(1, 9)}{dg(10)}", "German tax ID labelled", LBY["de"]
    if k == 7:
        return f"N° INSEE : {R.randint(1, 2)} {dg(2)} {R.randint(1, 12):02d} {dg(2)} {dg(3)} {dg(3)} {dg(2)}", "French INSEE number labelled", LBY["fr"]
    if k == 8:
        return f"주민등록번호: {R.randint(70, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.randint(1, 2)}{dg(6)}", "Korean RRN labelled", LBY["ko"]
    return f"BSN: {dg(9)} (Nederland)", "Dutch BSN labelled", LBY["nl"]


def n_imei(L):
    s = luhn_complete("35" + dg(6), 15)
    return (f"Device info — IMEI: {s}, S/N: {''.join(ch('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(11))}, OS {R.randint(12, 17)}.{R.randint(0, 6)}"), "device IMEI/serial", EN


def n_labels(L):
    return (f"{L['phone']}: —\n{L['mobile']}: n/a\n{L['email']}: [redacted]\n{L['account']}: ********\n{L['card']}: **** **** **** {dg(4)}"), "form with empty/masked fields", L


def n_masked(L):
    return (f"Payment received with card ending {dg(4)}. SSN on file: ***-**-{dg(4)}. IBAN {ch(['DE', 'FR', 'NL'])}** **** **** **** **{dg(2)} {dg(2)}"), "masked identifiers", EN


def n_code(L):
    return (f'import pkg from "@scope/core@{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}";\n@Override\nconst TIMEOUT_MS = {R.randint(1000, 60000)};\nconst RETRIES = {R.randint(1, 9)};\n// see RFC {R.randint(1000, 9999)}'), "source code without PII", EN


def n_science(L):
    return (f"CAS {R.randint(50, 9999)}-{dg(2)}-{R.randint(0, 9)}, DOI 10.{R.randint(1000, 9999)}/{ch(['nphys', 'jacs', 's41586'])}{dg(4)}, arXiv:{R.randint(2001, 2412)}.{dg(5)}, p = 0.{dg(3)}"), "scientific identifiers", EN


def n_weather(L):
    return (f"{rdate()} {rtime()} — {R.randint(-10, 35)}.{R.randint(0, 9)} °C, {R.randint(980, 1040)} hPa, {R.randint(0, 60)} km/h, UV {R.randint(0, 11)}"), "weather report", NEUTRAL


def n_invoiceids(L):
    return (f"Invoice INV-{dg(9)} / PO {dg(7)} / Customer no. {dg(8)} / Batch {rdate('iso')}-{dg(2)} / Amount {R.randint(100, 99999)}.{dg(2)}"), "invoice reference numbers", EN


def n_flight(L):
    return (f"Flight {ch(['LH', 'AF', 'BA', 'TK', 'EK', 'QR'])} {R.randint(100, 9999)} · seat {R.randint(1, 45)}{ch('ABCDEF')} · booking ref {''.join(ch('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))} · gate {ch('ABC')}{R.randint(1, 60)} · ticket {dg(3)}-{dg(10)}"), "boarding pass", EN


def n_stats(L):
    return (f"Q{R.randint(1, 4)} revenue {R.randint(1, 999)}.{dg(1)}M, YoY +{R.randint(1, 40)}.{dg(1)}%, EBITDA {R.randint(1, 99)}.{dg(2)}%, shares {R.randint(100, 999)},{dg(3)},{dg(3)}"), "financial figures", EN


def n_chat_noent(L):
    return (f"[{rdate('eu')}, {rtime()}] {person(L)[0]}: {L['hello']}! {R.randint(2, 9)} {ch(['pizzas', 'tickets', 'km'])}? {R.randint(18, 21)}:{ch(['00', '30'])} ok\n[{rdate('eu')}, {rtime()}] {person(L)[0]}: {L['thanks']} 👍"), "chat without personal data", L


def n_phonelike(L):
    return ch([f"Room {R.randint(100, 999)}, floor {R.randint(1, 30)}, PIN {dg(4)}, locker {dg(3)}-{dg(2)}",
               f"Serial range {dg(4)}-{dg(4)} to {dg(4)}-{dg(4)}, lot {dg(6)}",
               f"Math: {R.randint(100, 999)} + {R.randint(100, 999)} - {R.randint(1000, 9999)} = ?",
               f"Ticket queue length {R.randint(1, 99)}, avg wait {R.randint(1, 59)} min {R.randint(1, 59)} s"]), "phone-shaped non-phone numbers", EN


NEG_GENRES = [n_order, n_version, n_isbn, n_hash, n_luhnfail, n_badiban, n_badssn, n_ssnshape, n_dates, n_prices,
              n_coords, n_scores, n_sku, n_postal, n_epoch, n_patent, n_routing, n_natid, n_imei, n_labels,
              n_masked, n_code, n_science, n_weather, n_invoiceids, n_flight, n_stats, n_chat_noent, n_phonelike,
              n_natid, n_badiban, n_badssn, n_luhnfail, n_version]


# --------------------------------------------------------------------------
def main():
    records = []
    weights = [w for _, w in POS_GENRES]
    funcs = [g for g, _ in POS_GENRES]
    npos, nneg = 550, 250
    for _ in range(npos):
        g = R.choices(funcs, weights)[0]
        L = ch(LANGS)
        del CUR_REGS[:]
        d, genre, Lused = g(L)
        reg = CUR_REGS[0] if CUR_REGS else ("US" if Lused is EN else Lused["regs"][0])
        records.append({"text": d.text().rstrip("\n"), "spans": d.spans, "kind": "positive",
                        "note": f"{genre}; {Lused['name']}; {reg}"})
        USED_LANGS.append(Lused["name"])
    for i in range(nneg):
        g = NEG_GENRES[i % len(NEG_GENRES)]
        L = ch(LANGS)
        text, genre, Lused = g(L)
        reg = "US" if Lused is EN else Lused["regs"][0]
        records.append({"text": text, "spans": [], "kind": "hard_negative", "note": f"{genre}; {Lused['name']}; {reg}"})
        USED_LANGS.append(Lused["name"])
    R.shuffle(records)

    # ---- self-checks
    counts = {}
    for r in records:
        t = r["text"]
        assert isinstance(t, str) and t
        if r["kind"] == "hard_negative":
            assert r["spans"] == []
            assert "@" not in t or "@scope" in t or "@Override" in t
            continue
        assert r["spans"], r
        prev = 0
        for s in r["spans"]:
            sub = t[s["start"]:s["end"]]
            assert sub and sub == sub.strip(), (sub, t)
            assert s["start"] >= prev, r
            prev = s["end"]
            ent = s["entity"]
            counts[ent] = counts.get(ent, 0) + 1
            if ent == "CARD":
                assert luhn_ok(sub) and 13 <= len(re.sub(r"\D", "", sub)) <= 19, sub
            elif ent == "IBAN":
                assert iban_ok(sub), sub
            elif ent == "SSN":
                assert ssn_ok(sub), sub
            elif ent == "IP":
                assert ipaddress.ip_address(sub).is_global, sub
            elif ent == "EMAIL":
                assert re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", sub), sub
            elif ent == "PHONE":
                assert 6 <= len(re.sub(r"\D", "", sub)) <= 20, sub
    for r in records:
        if r["kind"] == "hard_negative":
            for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", r["text"]):
                assert not iban_ok(m.group(0)), r
    targets = {"PHONE": 350, "SSN": 150, "CARD": 100, "IBAN": 90, "EMAIL": 150, "IP": 90}
    print("counts", counts)
    for k, v in targets.items():
        assert 0.75 * v <= counts.get(k, 0) <= 1.35 * v, (k, counts.get(k), v)
    assert set(counts) <= set(targets)
    langs = sorted(set(USED_LANGS) - {"language-neutral"})
    regs = sorted(set(PHONE_REGIONS_USED))
    assert len(langs) >= 40, len(langs)
    assert len(regs) >= 70, len(regs)
    print("texts", len(records), "languages", len(langs), "phone regions", len(regs))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
