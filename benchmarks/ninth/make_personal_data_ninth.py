"""Ninth personal-data evaluation set: generator.

What the set is
---------------
``personal_data_ninth.jsonl`` is a labelled, blind evaluation set for a
personal-data detector.  Each line is one text of the kind that turns up in one
person's data handed to a personal assistant to learn from: chats and group
chats (WhatsApp, Telegram, Signal, iMessage, WeChat, LINE, Viber, Messenger,
KakaoTalk), voice-mail and call transcripts, e-mails with signatures, quoted
replies and forwarded headers, vCards, calendar invites, notes and to-do lists,
CSV/TSV exports and spreadsheets pasted as text, JSON/YAML/INI/XML, shell
history and server logs, OCR'd forms (tax, payroll, rental, school, medical,
insurance, bank), receipts, invoices, statements, classified ads, social
posts, CRM notes and support tickets, in English and many other languages and
scripts.

Each record has exactly the keys ``text``, ``spans`` (list of
``{"entity", "start", "end"}``), ``kind`` (``"positive"`` or
``"hard_negative"``) and ``note`` (a short description of the case, with the
language and the phone regions used).  Entities are EMAIL, PHONE, CARD, IBAN,
IP and SSN.  ``start``/``end`` are Python string offsets.  Positive texts have
at least one span; hard negatives have none and are built from look-alikes:
order/ticket/tracking/invoice/customer/policy numbers, versions and build ids,
dates, amounts, ISBN/EAN/UPC/UUID/hashes, Luhn-failing card-length numbers,
mod-97-failing IBAN-shaped strings, SSN-shaped numbers with invalid parts,
ITIN/EIN, routing and sort codes, ZIP+4, other countries' national ids named
as such, private/documentation/loopback IPs, CIDR blocks, code, maths,
coordinates, IMEIs, serial numbers, flight numbers and masked values.
Positive texts may contain such look-alikes too, unlabelled.

How it was written
------------------
From the task brief alone: neither the detector's code, its tests, its
documentation nor any earlier evaluation set was read.  All values are
synthetic and drawn from a fixed seed:

* PHONE: random numbers accepted by ``phonenumbers.is_valid_number`` (mobile,
  fixed line, toll free) for about 75 regions, written in the library's
  formats and in hand-made variants (hyphens, dots, slashes, ``00`` instead of
  ``+``, ``(0)``, brackets, regrouped digits, compact, national trunk
  prefixes, a few in Arabic-Indic/Persian/full-width digits); every variant is
  re-parsed with its region and kept only if it is the same valid number.
* CARD: Luhn-valid with real brand prefixes and lengths (Visa, Mastercard incl.
  2-series, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir, RuPay, Elo,
  Troy, Verve, Hipercard), grouped or compact.
* IBAN: mod-97-valid with each country's length and BBAN structure (letters
  where the structure has letters; fixed check digits where the national
  check forces them, e.g. PT50, SI56, RS35), in groups of four or compact,
  sometimes lower case.
* SSN: area 001-899 except 666, group 01-99, serial 0001-9999; dashed, spaced
  or bare, with English or Spanish cue words, or none in forms and tables.
* IP: global IPv4/IPv6 only (``ipaddress`` ``is_global``).
* EMAIL: realistic addresses incl. plus-tags, subdomains and a few IDN
  domains.

Conventions
-----------
Spans cover the value only: no ``tel:``/``mailto:`` prefix, no extension
(``ext. 12``, ``x204``, ``доб. 123``), no port, no surrounding brackets or
final punctuation; a leading ``+`` is part of a phone number.  Fax numbers are
PHONE.  IMEIs are never labelled.  Masked or partial values (``**** 1234``,
``XXX-XX-1234``) are never labelled.  Network blocks in CIDR notation
(``52.94.0.0/16``) are not IP addresses and are not labelled.  ``user@host``
in shell commands is not an e-mail address (only the IP part is labelled).

The script ends with self-checks: each span's text is a valid value for its
entity (phone parsed and valid for the region it was generated for, Luhn,
mod-97, SSN ranges, ``is_global``, a basic e-mail pattern); spans do not
overlap; and no Luhn-valid 13-19 digit run (except deliberately placed
IMEIs), mod-97-valid IBAN, global IP, e-mail address or in-range dashed SSN
is left outside the spans of any text.  Output is deterministic
(``SEED = 20261203``).

Run from the repository root::

    .venv/bin/python benchmarks/ninth/make_personal_data_ninth.py
"""

# ruff: noqa: E501  (the texts below are verbatim data lines and are not wrapped)

from __future__ import annotations

import ipaddress
import json
import random
import re
import textwrap
import unicodedata
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 20261203
OUT_PATH = Path(__file__).resolve().parent / "personal_data_ninth.jsonl"
ENTITIES = ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN")
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# ---------------------------------------------------------------------------
# Languages, names, domains
# ---------------------------------------------------------------------------

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "cs": "Czech",
    "sk": "Slovak",
    "ro": "Romanian",
    "hu": "Hungarian",
    "sv": "Swedish",
    "no": "Norwegian",
    "da": "Danish",
    "fi": "Finnish",
    "is": "Icelandic",
    "el": "Greek",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "hr": "Croatian",
    "sl": "Slovenian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "ar": "Arabic",
    "he": "Hebrew",
    "fa": "Persian",
    "hi": "Hindi",
    "bn": "Bengali",
    "ur": "Urdu",
    "ta": "Tamil",
    "th": "Thai",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "ms": "Malay",
    "tl": "Tagalog",
    "sw": "Swahili",
    "am": "Amharic",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ca": "Catalan",
    "af": "Afrikaans",
    "kk": "Kazakh",
}

# first names | last names; "native=latin" where the script is not Latin.
NAMES = {
    "en": (
        "James,Mary,Emily,Michael,Sarah,David,Jessica,Chris,Ashley,Brian,Megan,"
        "Kevin,Olivia,Tyler,Hannah,Jason,Rachel,Marcus,Lauren,Dana",
        "Smith,Johnson,Williams,Brown,Garcia,Miller,Davis,Wilson,Anderson,"
        "Taylor,Thomas,Moore,Martin,Lee,Walker,Hall,Young,King,Wright,O'Brien",
    ),
    "ng": (
        "Chinedu,Ngozi,Emeka,Funmilayo,Tunde,Aisha,Ifeoma,Segun,Chiamaka,Musa",
        "Okafor,Adeyemi,Okonkwo,Balogun,Eze,Bello,Nwosu,Adebayo,Ibrahim",
    ),
    "es": (
        "María,José,Lucía,Carlos,Javier,Ana,Sofía,Miguel,Alejandro,Carmen,Diego,"
        "Valentina,Guadalupe,Jorge,Rosa,Luis",
        "García,Rodríguez,Martínez,López,Hernández,González,Pérez,Sánchez,"
        "Ramírez,Torres,Flores,Morales,Castillo,Núñez",
    ),
    "pt": (
        "João,Maria,Ana,Pedro,Lucas,Beatriz,Gabriel,Mariana,Rafael,Juliana,Thiago,Fernanda",
        "Silva,Santos,Oliveira,Souza,Pereira,Costa,Ferreira,Almeida,Carvalho,"
        "Ribeiro,Gonçalves,Lima",
    ),
    "fr": (
        "Camille,Louis,Léa,Hugo,Chloé,Thomas,Manon,Lucas,Inès,Julien,Aurélie,"
        "Mathieu,Élodie,Nicolas",
        "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,"
        "Lefèvre,Girard,Rousseau,Fontaine",
    ),
    "de": (
        "Lukas,Anna,Lena,Jonas,Felix,Marie,Sophie,Maximilian,Julia,Tobias,"
        "Jürgen,Katrin,Stefan,Sabine,Björn",
        "Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,"
        "Hoffmann,Köhler,Groß,Weiß,Krüger,Zimmermann",
    ),
    "it": (
        "Giulia,Marco,Francesca,Alessandro,Chiara,Luca,Sara,Matteo,Elena,Davide,Giorgio,Federica",
        "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,De Luca,Conti",
    ),
    "nl": (
        "Daan,Emma,Sem,Julia,Lucas,Sophie,Lars,Anouk,Thijs,Fleur,Sanne,Bram",
        "de Jong,Jansen,de Vries,van den Berg,Bakker,Visser,Smit,Meijer,Mulder,"
        "de Boer,Peeters,Janssens",
    ),
    "pl": (
        "Jakub,Anna,Kacper,Zuzanna,Piotr,Katarzyna,Michał,Agnieszka,Tomasz,Magdalena,Łukasz",
        "Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,"
        "Zieliński,Szymański,Dąbrowski",
    ),
    "cs": (
        "Jan,Tereza,Jakub,Eliška,Petr,Lucie,Tomáš,Kateřina,Martin,Veronika",
        "Novák,Svoboda,Novotný,Dvořák,Černý,Procházka,Kučera,Veselý",
    ),
    "sk": (
        "Peter,Zuzana,Martin,Lucia,Marek,Jana,Michal,Katarína",
        "Horváth,Kováč,Varga,Tóth,Nagy,Baláž,Molnár",
    ),
    "ro": (
        "Andrei,Maria,Ioana,Alexandru,Elena,Mihai,Gabriela,Ștefan,Cristina,Bogdan",
        "Popescu,Ionescu,Popa,Dumitru,Stan,Stoica,Gheorghe,Matei,Constantin",
    ),
    "hu": (
        "Bence,Anna,Levente,Eszter,Máté,Zsófia,Dávid,Réka,Gábor,Katalin",
        "Nagy,Kovács,Tóth,Szabó,Horváth,Varga,Kiss,Molnár,Németh,Farkas",
    ),
    "sv": (
        "Erik,Anna,Lars,Maja,Oskar,Elsa,Johan,Ebba,Karin,Nils",
        "Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Lindqvist,Åberg",
    ),
    "no": (
        "Ole,Ingrid,Jakob,Nora,Magnus,Sofie,Henrik,Emma,Sindre,Kari",
        "Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Berg,Haugen,Sæther",
    ),
    "da": (
        "Mads,Freja,Frederik,Ida,Mikkel,Sofie,Rasmus,Line,Anders,Mette",
        "Jensen,Nielsen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen",
    ),
    "fi": (
        "Mikko,Aino,Juha,Emilia,Antti,Sanna,Ville,Laura,Jussi,Helmi",
        "Korhonen,Virtanen,Mäkinen,Nieminen,Mäkelä,Hämäläinen,Laine,Heikkinen,Koskinen",
    ),
    "is": (
        "Jón,Guðrún,Sigurður,Anna,Gunnar,Kristín,Ólafur,Helga",
        "Jónsson,Sigurðardóttir,Guðmundsson,Jónsdóttir,Ólafsson,Magnúsdóttir",
    ),
    "el": (
        "Γιώργος=Giorgos,Μαρία=Maria,Νίκος=Nikos,Ελένη=Eleni,Κώστας=Kostas,"
        "Δήμητρα=Dimitra,Γιάννης=Giannis,Κατερίνα=Katerina",
        "Παπαδόπουλος=Papadopoulos,Νικολάου=Nikolaou,Γεωργίου=Georgiou,"
        "Οικονόμου=Oikonomou,Παππάς=Pappas,Βασιλείου=Vasileiou",
    ),
    "tr": (
        "Mehmet,Ayşe,Mustafa,Fatma,Emre,Zeynep,Burak,Elif,Can,Selin",
        "Yılmaz,Kaya,Demir,Şahin,Çelik,Yıldız,Yıldırım,Öztürk,Aydın,Arslan",
    ),
    "ru": (
        "Александр=Aleksandr,Мария=Maria,Дмитрий=Dmitry,Анна=Anna,Сергей=Sergey,"
        "Елена=Elena,Иван=Ivan,Ольга=Olga,Наталья=Natalya,Андрей=Andrey",
        "Иванов=Ivanov,Смирнов=Smirnov,Кузнецов=Kuznetsov,Попов=Popov,"
        "Соколов=Sokolov,Лебедев=Lebedev,Козлов=Kozlov,Новиков=Novikov,"
        "Морозов=Morozov",
    ),
    "uk": (
        "Олександр=Oleksandr,Оксана=Oksana,Андрій=Andrii,Ірина=Iryna,"
        "Дмитро=Dmytro,Наталія=Nataliia,Тарас=Taras,Юлія=Yuliia",
        "Шевченко=Shevchenko,Коваленко=Kovalenko,Бондаренко=Bondarenko,"
        "Ткаченко=Tkachenko,Мельник=Melnyk,Кравченко=Kravchenko",
    ),
    "bg": (
        "Георги=Georgi,Мария=Maria,Иван=Ivan,Елена=Elena,Димитър=Dimitar,Цветелина=Tsvetelina",
        "Иванов=Ivanov,Георгиев=Georgiev,Димитров=Dimitrov,Петров=Petrov,Николов=Nikolov",
    ),
    "sr": (
        "Марко=Marko,Јелена=Jelena,Никола=Nikola,Милица=Milica,Стефан=Stefan,Ана=Ana",
        "Јовановић=Jovanovic,Петровић=Petrovic,Николић=Nikolic,"
        "Марковић=Markovic,Ђорђевић=Djordjevic",
    ),
    "hr": (
        "Luka,Ana,Ivan,Marija,Petar,Lucija,Josip,Petra",
        "Horvat,Kovačević,Babić,Marić,Jurić,Novak,Knežević",
    ),
    "sl": ("Luka,Nina,Jan,Eva,Žiga,Maja", "Novak,Horvat,Kovačič,Krajnc,Zupančič"),
    "lt": (
        "Jonas,Ona,Lukas,Gabija,Mantas,Rūta",
        "Kazlauskas,Jankauskas,Petrauskas,Stankevičius,Vasiliauskas",
    ),
    "lv": ("Jānis,Anna,Mārtiņš,Laura,Andris,Ilze", "Bērziņš,Kalniņš,Ozoliņš,Jansons,Liepiņš"),
    "et": ("Mart,Kadri,Rasmus,Liis,Andres,Kertu", "Tamm,Saar,Sepp,Mägi,Kask,Kukk"),
    "ar": (
        "محمد=Mohammed,أحمد=Ahmed,فاطمة=Fatima,علي=Ali,نورة=Noura,خالد=Khalid,"
        "سارة=Sara,عمر=Omar,ليلى=Layla,يوسف=Youssef",
        "العتيبي=Alotaibi,الحربي=Alharbi,القحطاني=Alqahtani,الشمري=Alshammari,"
        "حسن=Hassan,منصور=Mansour,الزهراني=Alzahrani",
    ),
    "he": (
        "יוסי=Yossi,נועה=Noa,דניאל=Daniel,מיכל=Michal,איתי=Itai,שירה=Shira,אורי=Ori,תמר=Tamar",
        "כהן=Cohen,לוי=Levi,מזרחי=Mizrahi,פרץ=Peretz,ביטון=Biton,אברהם=Avraham",
    ),
    "fa": (
        "علی=Ali,زهرا=Zahra,محمد=Mohammad,مریم=Maryam,رضا=Reza,فاطمه=Fatemeh,"
        "حسین=Hossein,سارا=Sara",
        "احمدی=Ahmadi,محمدی=Mohammadi,حسینی=Hosseini,رضایی=Rezaei,کریمی=Karimi,موسوی=Mousavi",
    ),
    "hi": (
        "राहुल=Rahul,प्रिया=Priya,अमित=Amit,नेहा=Neha,विकास=Vikas,पूजा=Pooja,संजय=Sanjay,अंजलि=Anjali",
        "शर्मा=Sharma,वर्मा=Verma,गुप्ता=Gupta,सिंह=Singh,कुमार=Kumar,पटेल=Patel,यादव=Yadav",
    ),
    "in": (
        "Rahul,Priya,Amit,Neha,Vikas,Pooja,Sanjay,Anjali,Arjun,Divya",
        "Sharma,Verma,Gupta,Singh,Kumar,Patel,Iyer,Reddy,Nair",
    ),
    "bn": (
        "রাহুল=Rahul,তানিয়া=Tania,আরিফ=Arif,নুসরাত=Nusrat,সাকিব=Sakib,ফারহানা=Farhana",
        "রহমান=Rahman,হোসেন=Hossain,আহমেদ=Ahmed,চৌধুরী=Chowdhury,ইসলাম=Islam",
    ),
    "ur": (
        "عمران=Imran,عائشہ=Ayesha,بلال=Bilal,فاطمہ=Fatima,حسن=Hassan",
        "خان=Khan,ملک=Malik,قریشی=Qureshi,چوہدری=Chaudhry,بٹ=Butt",
    ),
    "ta": (
        "அருண்=Arun,பிரியா=Priya,கார்த்திக்=Karthik,மீனா=Meena",
        "குமார்=Kumar,ராஜா=Raja,சுப்பிரமணியம்=Subramaniam",
    ),
    "th": (
        "สมชาย=Somchai,สุดา=Suda,ณัฐพล=Nattapon,กมลวรรณ=Kamonwan,ธนากร=Thanakorn,พิมพ์ชนก=Pimchanok",
        "ใจดี=Jaidee,ศรีสุข=Srisuk,วงศ์สวัสดิ์=Wongsawat,รัตนพันธ์=Rattanapan",
    ),
    "vi": (
        "Văn An,Thị Bình,Thị Hương,Thị Lan,Văn Minh,Anh Tuấn,Thu Thảo,Khánh Linh",
        "Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi",
    ),
    "id": (
        "Budi,Siti,Agus,Dewi,Rizky,Putri,Andi,Rina,Eko,Wulan",
        "Santoso,Wijaya,Saputra,Hidayat,Kusuma,Pratama,Setiawan,Nugroho",
    ),
    "ms": (
        "Ahmad,Nur Aisyah,Muhammad,Siti,Hafiz,Farah,Amirul,Nurul",
        "Abdullah,Ismail,Rahman,Hassan,Yusof,Ibrahim",
    ),
    "tl": (
        "Juan,Maria,Jose,Ana,Mark,Kristine,Angelo,Joy,Paolo,Jasmine",
        "Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,dela Cruz",
    ),
    "sw": (
        "Juma,Amina,Baraka,Neema,Hassani,Rehema,Omari,Zawadi,Wanjiru,Otieno",
        "Mwangi,Otieno,Wanjiku,Kamau,Mohamed,Njoroge,Akinyi,Mushi",
    ),
    "am": ("አበበ=Abebe,ሰላም=Selam,ዳዊት=Dawit,ሄለን=Helen", "ተስፋዬ=Tesfaye,ገብሬ=Gebre,በቀለ=Bekele"),
    "zh": (
        "伟=Wei,芳=Fang,娜=Na,敏=Min,静=Jing,磊=Lei,洋=Yang,婷=Ting,浩然=Haoran,"
        "子涵=Zihan,建国=Jianguo,晓燕=Xiaoyan",
        "王=Wang,李=Li,张=Zhang,刘=Liu,陈=Chen,杨=Yang,黄=Huang,赵=Zhao,周=Zhou",
    ),
    "zt": (
        "怡君=Yichun,志明=Chihming,雅婷=Yating,家豪=Chiahao,淑芬=Shufen,嘉欣=Kayan",
        "陳=Chen,林=Lin,黃=Huang,張=Chang,李=Lee,王=Wang,吳=Wu",
    ),
    "ja": (
        "翔=Sho,陽菜=Hina,大輝=Daiki,美咲=Misaki,健太=Kenta,結衣=Yui,直樹=Naoki,由美=Yumi",
        "佐藤=Sato,鈴木=Suzuki,高橋=Takahashi,田中=Tanaka,伊藤=Ito,渡辺=Watanabe,"
        "山本=Yamamoto,中村=Nakamura",
    ),
    "ko": (
        "민준=Minjun,서연=Seoyeon,지훈=Jihoon,하은=Haeun,도윤=Doyoon,지민=Jimin,수빈=Subin",
        "김=Kim,이=Lee,박=Park,최=Choi,정=Jung,강=Kang,조=Cho,윤=Yoon",
    ),
    "ca": (
        "Jordi,Montserrat,Marc,Núria,Pau,Laia,Oriol,Mireia",
        "Puig,Vila,Ferrer,Soler,Serra,Pujol,Riera",
    ),
    "af": (
        "Pieter,Annelie,Johan,Elna,Riaan,Marelize,Francois",
        "van der Merwe,Botha,Pretorius,Nel,Venter,du Plessis,Steyn",
    ),
    "kk": (
        "Айгүл=Aigul,Нұрлан=Nurlan,Асель=Assel,Ерлан=Yerlan,Дана=Dana",
        "Сәрсенбаев=Sarsenbayev,Ахметов=Akhmetov,Омаров=Omarov,Жумабаева=Zhumabayeva",
    ),
}
FAMILY_FIRST = {"hu", "zh", "zt", "ja", "ko", "vi"}
NO_SPACE_NAMES = {"zh", "zt", "ko"}

DOMAINS = {
    "en": "gmail.com,yahoo.com,outlook.com,hotmail.com,icloud.com,aol.com,protonmail.com,"
    "comcast.net,att.net,verizon.net,me.com,alumni.stanford.edu,mail.utoronto.ca",
    "ng": "gmail.com,yahoo.com,yahoo.co.uk,outlook.com",
    "in": "gmail.com,yahoo.co.in,rediffmail.com,outlook.com",
    "es": "gmail.com,hotmail.es,yahoo.es,outlook.es,telefonica.net,hotmail.com,"
    "yahoo.com.mx,prodigy.net.mx,alumnos.unican.es",
    "pt": "gmail.com,uol.com.br,bol.com.br,hotmail.com,terra.com.br,sapo.pt,outlook.pt",
    "fr": "gmail.com,orange.fr,free.fr,laposte.net,sfr.fr,wanadoo.fr,hotmail.fr,yahoo.fr,"
    "skynet.be,bluewin.ch,etu.univ-lyon1.fr",
    "de": "gmail.com,web.de,gmx.de,gmx.at,t-online.de,posteo.de,mailbox.org,bluewin.ch,"
    "freenet.de,stud.uni-heidelberg.de",
    "it": "gmail.com,libero.it,virgilio.it,alice.it,tiscali.it,hotmail.it,yahoo.it",
    "nl": "gmail.com,ziggo.nl,kpnmail.nl,hotmail.nl,outlook.com,telenet.be,xs4all.nl,"
    "student.uva.nl",
    "pl": "gmail.com,wp.pl,o2.pl,onet.pl,interia.pl,op.pl",
    "cs": "seznam.cz,email.cz,gmail.com,centrum.cz,post.cz",
    "sk": "azet.sk,gmail.com,centrum.sk,zoznam.sk",
    "ro": "yahoo.com,gmail.com,yahoo.ro",
    "hu": "gmail.com,freemail.hu,citromail.hu,t-online.hu",
    "sv": "gmail.com,telia.com,hotmail.se,outlook.com,bredband.net,student.lu.se",
    "no": "gmail.com,online.no,hotmail.no",
    "da": "gmail.com,mail.dk,hotmail.dk",
    "fi": "gmail.com,kolumbus.fi,luukku.com",
    "is": "simnet.is,gmail.com",
    "el": "gmail.com,yahoo.gr,otenet.gr,hotmail.gr",
    "tr": "gmail.com,hotmail.com,yandex.com.tr,outlook.com.tr",
    "ru": "mail.ru,yandex.ru,gmail.com,bk.ru,list.ru,inbox.ru,rambler.ru",
    "uk": "ukr.net,gmail.com,i.ua,meta.ua",
    "bg": "abv.bg,gmail.com,mail.bg",
    "sr": "gmail.com,yahoo.com,eunet.rs",
    "hr": "gmail.com,net.hr,t-com.hr",
    "sl": "gmail.com,siol.net",
    "lt": "gmail.com,one.lt",
    "lv": "inbox.lv,gmail.com",
    "et": "gmail.com,hot.ee,mail.ee",
    "ar": "gmail.com,hotmail.com,yahoo.com,outlook.sa",
    "he": "gmail.com,walla.co.il,bezeqint.net",
    "fa": "gmail.com,yahoo.com,chmail.ir",
    "hi": "gmail.com,yahoo.co.in,rediffmail.com",
    "bn": "gmail.com,yahoo.com",
    "ur": "gmail.com,hotmail.com",
    "ta": "gmail.com,yahoo.co.in",
    "th": "gmail.com,hotmail.co.th",
    "vi": "gmail.com,yahoo.com.vn",
    "id": "gmail.com,yahoo.co.id",
    "ms": "gmail.com,yahoo.com.my",
    "tl": "gmail.com,yahoo.com.ph",
    "sw": "gmail.com,yahoo.com",
    "am": "gmail.com,ethionet.et",
    "zh": "qq.com,163.com,126.com,sina.com,foxmail.com",
    "zt": "gmail.com,yahoo.com.tw,hotmail.com.tw,msn.com",
    "ja": "gmail.com,yahoo.co.jp,docomo.ne.jp,ezweb.ne.jp,icloud.com",
    "ko": "naver.com,daum.net,gmail.com,hanmail.net,kakao.com",
    "ca": "gmail.com,hotmail.com",
    "af": "gmail.com,mweb.co.za,telkomsa.net",
    "kk": "mail.ru,gmail.com",
}
IDN_DOMAINS = {
    "de": ["bäckerei-{l}.de", "{l}-gärtnerei.de", "straßenbau-{l}.de"],
    "ru": ["школа-57.рф", "кафе-уют.рф"],
    "pl": ["żabka-{l}.pl"],
    "fr": ["crèche-{l}.fr"],
    "es": ["peluquería-{l}.es"],
}
TAGS = ["shopping", "news", "amazon", "bills", "work", "2024", "etsy", "jobs", "school", "ebay"]

COMPANIES = {
    "en": [
        ("{L} Consulting", "{l}consulting.com"),
        ("{L} & Associates", "{l}associates.com"),
        ("{L} Logistics LLC", "{l}logistics.com"),
        ("{L} Dental Group", "{l}dental.com"),
        ("Northbridge Realty", "northbridgerealty.com"),
    ],
    "de": [
        ("{L} Haustechnik GmbH", "{l}-haustechnik.de"),
        ("{L} & Partner Steuerberater", "{l}-partner.de"),
        ("Autohaus {L}", "autohaus-{l}.de"),
    ],
    "fr": [("Cabinet {L}", "cabinet-{l}.fr"), ("{L} Immobilier", "{l}-immobilier.fr")],
    "es": [("Reformas {L} S.L.", "reformas{l}.es"), ("Clínica {L}", "clinica{l}.es")],
    "pt": [("{L} Contabilidade", "{l}contabil.com.br"), ("Imobiliária {L}", "imobiliaria{l}.pt")],
    "it": [("Studio {L}", "studio{l}.it"), ("{L} Costruzioni S.r.l.", "{l}costruzioni.it")],
    "nl": [("{L} Installatietechniek", "{l}installatie.nl"), ("Bakkerij {L}", "bakkerij{l}.nl")],
    "ru": [("ООО «{L} и партнёры»", "{l}-partners.ru")],
    "ja": [("株式会社{L}商事", "{l}-shoji.co.jp"), ("{L}工業株式会社", "{l}-kogyo.co.jp")],
    "zh": [("{L}氏贸易有限公司", "{l}trade.com.cn")],
    "ko": [("{L}테크 주식회사", "{l}tech.co.kr")],
}
TLD = {
    "en": "com",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "pt": "com.br",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "cs": "cz",
    "sk": "sk",
    "ro": "ro",
    "hu": "hu",
    "sv": "se",
    "no": "no",
    "da": "dk",
    "fi": "fi",
    "is": "is",
    "el": "gr",
    "tr": "com.tr",
    "ru": "ru",
    "uk": "com.ua",
    "bg": "bg",
    "sr": "rs",
    "hr": "hr",
    "sl": "si",
    "lt": "lt",
    "lv": "lv",
    "et": "ee",
    "ar": "sa",
    "he": "co.il",
    "fa": "ir",
    "hi": "in",
    "in": "in",
    "bn": "com.bd",
    "ur": "pk",
    "ta": "in",
    "th": "co.th",
    "vi": "vn",
    "id": "co.id",
    "ms": "com.my",
    "tl": "ph",
    "sw": "co.ke",
    "am": "et",
    "zh": "cn",
    "zt": "com.tw",
    "ja": "co.jp",
    "ko": "co.kr",
    "ca": "cat",
    "af": "co.za",
    "kk": "kz",
    "ng": "com.ng",
}
CITIES = {
    "en": "Springfield,Austin,Denver,Columbus,Portland,Raleigh,Tampa,Madison",
    "de": "Berlin,Hamburg,München,Köln,Leipzig,Freiburg,Kassel",
    "fr": "Paris,Lyon,Marseille,Toulouse,Nantes,Lille,Rennes",
    "es": "Madrid,Sevilla,Valencia,Zaragoza,Bilbao,Málaga",
    "it": "Milano,Roma,Torino,Bologna,Napoli,Firenze",
}
MONTHS = {
    "en": "January,February,March,April,May,June,July,August,September,October,November,December",
    "es": "enero,febrero,marzo,abril,mayo,junio,julio,agosto,septiembre,octubre,noviembre,diciembre",
    "fr": "janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,novembre,décembre",
    "de": "Januar,Februar,März,April,Mai,Juni,Juli,August,September,Oktober,November,Dezember",
    "pt": "janeiro,fevereiro,março,abril,maio,junho,julho,agosto,setembro,outubro,novembro,dezembro",
    "it": "gennaio,febbraio,marzo,aprile,maggio,giugno,luglio,agosto,settembre,ottobre,novembre,dicembre",
}
DATE_STYLE = {
    "en": ["us_short", "us", "en_long"],
    "de": ["dot", "dot_short"],
    "fr": ["slash"],
    "es": ["slash", "slash_nz"],
    "pt": ["slash"],
    "it": ["slash"],
    "nl": ["dash_eu"],
    "pl": ["dot"],
    "cs": ["dot_sp"],
    "hu": ["hu"],
    "sv": ["iso"],
    "lt": ["iso"],
    "fa": ["iso"],
    "af": ["iso"],
    "fi": ["dot_nz"],
    "zh": ["cjk", "iso"],
    "zt": ["jaslash", "cjk"],
    "ja": ["cjk", "jaslash"],
    "ko": ["ko", "kodot"],
    "tl": ["us"],
}
DOT_LANGS = {
    "sk",
    "ro",
    "no",
    "da",
    "is",
    "tr",
    "ru",
    "uk",
    "bg",
    "sr",
    "hr",
    "sl",
    "lv",
    "et",
    "he",
    "kk",
}


def slug(s: str) -> str:
    table = {
        "ß": "ss",
        "ø": "o",
        "æ": "ae",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "œ": "oe",
    }
    s = "".join(table.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c in "abcdefghijklmnopqrstuvwxyz0123456789")


def split_names(spec: str) -> list[tuple[str, str]]:
    out = []
    for item in spec.split(","):
        item = item.strip()
        if "=" in item:
            native, latin = item.split("=")
        else:
            native, latin = item, item
        out.append((native, latin))
    return out


NAME_TABLE = {k: (split_names(a), split_names(b)) for k, (a, b) in NAMES.items()}


@dataclass
class Person:
    first: str
    last: str
    lfirst: str
    llast: str
    full: str
    email: str | None = None
    work: str | None = None


# ---------------------------------------------------------------------------
# Value generators
# ---------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_BRANDS = {
    # name: (prefixes, lengths, weight)
    "visa": (["4"], [16, 16, 16, 13], 24),
    "mc": (["51", "52", "53", "54", "55", "2221", "2298", "2345", "2511", "2720"], [16], 20),
    "amex": (["34", "37"], [15], 10),
    "discover": (["6011", "644", "645", "649", "65"], [16], 6),
    "jcb": (["3528", "3540", "3566", "3589"], [16], 6),
    "diners": (["300", "305", "36", "38"], [14], 4),
    "unionpay": (["6212", "6222", "6228", "6259", "6282"], [16, 19], 7),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761"], [16, 19], 5),
    "mir": (["2200", "2201", "2202", "2204"], [16], 4),
    "rupay": (["6521", "6522", "6070", "5085"], [16], 4),
    "elo": (["636368", "438935", "504175", "451416", "636297", "5067"], [16], 4),
    "troy": (["9792"], [16], 2),
    "verve": (["5061", "650002"], [16, 19], 2),
    "hipercard": (["606282"], [16], 1),
}
BRAND_LIST = list(CARD_BRANDS)


def card_digits(rng: random.Random, brand: str | None = None) -> str:
    if brand is None:
        brand = rng.choices(BRAND_LIST, [CARD_BRANDS[b][2] for b in BRAND_LIST])[0]
    prefixes, lengths, _ = CARD_BRANDS[brand]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def card_groups(n: int, rng: random.Random) -> list[int]:
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def chunk(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_card(rng: random.Random, digits: str, style: str = "") -> str:
    if not style:
        style = rng.choices(["s", "c", "h"], [55, 25, 20])[0]
    if style == "c":
        return digits
    return chunk(digits, card_groups(len(digits), rng), " " if style == "s" else "-")


# IBAN: country -> (length, BBAN structure, bank codes replacing the start)
IBAN_SPECS = {
    "AD": (24, "4n4n12c", []),
    "AE": (23, "3n16n", ["033", "035", "026", "030"]),
    "AL": (28, "8n16c", []),
    "AT": (20, "5n11n", ["20111", "12000", "32000", "14000", "60000"]),
    "AZ": (28, "4a20c", ["NABZ", "IBAZ"]),
    "BA": (20, "3n3n8n2n", []),
    "BE": (16, "3n7n2n", []),
    "BG": (22, "4a4n2n8c", ["BNBG", "UNCR", "STSA", "FINV"]),
    "BH": (22, "4a14c", ["NBOB", "BBKU"]),
    "BR": (29, "8n5n10n1a1c", ["00360305", "60701190", "00000000"]),
    "BY": (28, "4c4n16c", ["NBRB", "AKBB"]),
    "CH": (21, "5n12c", ["00762", "00230", "08390", "00767"]),
    "CR": (22, "4n14n", ["0152", "0151"]),
    "CY": (28, "3n5n16c", ["002", "005"]),
    "CZ": (24, "4n6n10n", ["0100", "0300", "0800", "2010", "0600", "5500"]),
    "DE": (22, "8n10n", []),
    "DK": (18, "4n9n1n", []),
    "DO": (28, "4c20n", ["BAGR", "BPDO"]),
    "EE": (20, "2n2n11n1n", ["22", "10", "77"]),
    "EG": (29, "4n4n17n", ["0019", "0003"]),
    "ES": (24, "4n4n1n1n10n", ["2100", "0049", "0182", "2085", "0081", "1465"]),
    "FI": (18, "3n11n", []),
    "FR": (27, "5n5n11c2n", ["30003", "30004", "20041", "10278", "30002", "18206"]),
    "GB": (22, "4a6n8n", ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"]),
    "GE": (22, "2a16n", ["TB", "BG"]),
    "GI": (23, "4a15c", ["NWBK"]),
    "GR": (27, "3n4n16c", ["011", "014", "017", "026"]),
    "GT": (28, "4c20c", []),
    "HR": (21, "7n10n", ["2340009", "2484008", "2360000", "2402006"]),
    "HU": (28, "3n4n1n15n1n", []),
    "IE": (22, "4a6n8n", ["AIBK", "BOFI"]),
    "IL": (23, "3n3n13n", ["010", "012", "011", "020"]),
    "IQ": (23, "4a3n12n", ["NBIQ"]),
    "IS": (26, "4n2n6n10n", []),
    "IT": (27, "1a5n5n12c", []),
    "JO": (30, "4a4n18c", ["CBJO", "ARAB"]),
    "KW": (30, "4a22c", ["NBOK", "CBKU"]),
    "KZ": (20, "3n13c", ["125", "722"]),
    "LB": (28, "4n20c", []),
    "LI": (21, "5n12c", ["08810"]),
    "LT": (20, "5n11n", ["73000", "70440", "40100"]),
    "LU": (20, "3n13c", ["001", "019"]),
    "LV": (21, "4a13c", ["HABA", "UNLA", "RIKO"]),
    "MC": (27, "5n5n11c2n", ["11222"]),
    "MD": (24, "2c18c", ["AG", "MO"]),
    "ME": (22, "3n13n2n", []),
    "MK": (19, "3n10c2n", []),
    "MT": (31, "4a5n18c", ["MALT", "VALL"]),
    "MU": (30, "4a2n2n12n3n3a", ["BOMM", "MCBL"]),
    "NL": (18, "4a10n", ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB"]),
    "NO": (15, "4n6n1n", []),
    "PK": (24, "4a16c", ["SCBL", "HABB", "MEZN", "UNIL"]),
    "PL": (28, "8n16n", []),
    "PS": (29, "4a21c", ["PALS"]),
    "PT": (25, "4n4n11n2n", ["0035", "0007", "0033", "0010", "0018", "0036"]),
    "QA": (29, "4a21c", ["QNBA", "DOHB"]),
    "RO": (24, "4a16c", ["BTRL", "RNCB", "BRDE", "INGB", "BACX"]),
    "RS": (22, "3n13n2n", []),
    "SA": (24, "2n18c", ["80", "10", "20", "45", "55", "60", "65"]),
    "SE": (24, "3n16n1n", ["500", "800", "600", "300"]),
    "SI": (19, "5n8n2n", []),
    "SK": (24, "4n6n10n", ["1100", "0900", "0200", "7500"]),
    "SM": (27, "1a5n5n12c", []),
    "TN": (24, "2n3n13n2n", []),
    "TR": (26, "5n1n16c", ["00010", "00061", "00046", "00064"]),
    "UA": (29, "6n19c", ["305299", "322001", "300528"]),
    "VA": (22, "3n15n", ["001"]),
    "XK": (20, "4n10n2n", []),
}
# countries whose alphanumeric BBAN parts do carry letters in practice
IBAN_LETTERY = {
    "AZ",
    "BG",
    "BH",
    "BY",
    "GI",
    "GT",
    "JO",
    "KW",
    "LB",
    "LV",
    "MD",
    "MT",
    "PK",
    "PS",
    "QA",
    "RO",
}
IBAN_FIXED_CHECK = {
    "PT": "50",
    "SI": "56",
    "RS": "35",
    "ME": "25",
    "MK": "07",
    "BA": "39",
    "TN": "59",
}
for _cc, (_len, _struct, _banks) in IBAN_SPECS.items():
    assert 4 + sum(int(x) for x in re.findall(r"\d+", _struct)) == _len, _cc


def iban_mod(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_check_digits(cc: str, bban: str) -> str:
    return f"{98 - iban_mod(cc + '00' + bban):02d}"


def iban_valid(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return False
    spec = IBAN_SPECS.get(s[:2])
    return bool(spec) and len(s) == spec[0] and iban_mod(s) == 1


def bban_random(rng: random.Random, cc: str) -> str:
    _, struct, banks = IBAN_SPECS[cc]
    letter_share = 0.15 if cc in IBAN_LETTERY else 0.0
    out = []
    for count, cls in re.findall(r"(\d+)([nac])", struct):
        for _ in range(int(count)):
            if cls == "n":
                out.append(rng.choice(DIGITS))
            elif cls == "a":
                out.append(rng.choice(UPPER))
            else:
                out.append(rng.choice(UPPER) if rng.random() < letter_share else rng.choice(DIGITS))
    bban = "".join(out)
    if banks:
        bank = rng.choice(banks)
        bban = bank + bban[len(bank) :]
    if cc == "BE":
        n10 = int(bban[:10])
        bban = bban[:10] + f"{n10 % 97 or 97:02d}"
    return bban


def iban_compact(rng: random.Random, cc: str) -> str:
    bban = bban_random(rng, cc)
    if cc in IBAN_FIXED_CHECK:
        want = IBAN_FIXED_CHECK[cc]
        for last in range(100):
            cand = bban[:-2] + f"{last:02d}"
            if iban_check_digits(cc, cand) == want:
                bban = cand
                break
        else:
            raise AssertionError(cc)
    iban = cc + iban_check_digits(cc, bban) + bban
    assert iban_valid(iban)
    return iban


def fmt_iban(rng: random.Random, compact: str, style: str = "") -> str:
    if not style:
        style = rng.choices(["g", "c", "l", "lc"], [66, 24, 7, 3])[0]
    s = compact if "c" in style else " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return s.lower() if "l" in style else s


def ssn_parts(rng: random.Random) -> tuple[int, int, int]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            return area, rng.randint(1, 99), rng.randint(1, 9999)


def ssn_valid_parts(area: int, group: int, serial: int) -> bool:
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def fmt_ssn(rng: random.Random, parts: tuple[int, int, int], style: str = "") -> str:
    if not style:
        style = rng.choices(["d", "s", "b"], [70, 14, 16])[0]
    a, g, s = f"{parts[0]:03d}", f"{parts[1]:02d}", f"{parts[2]:04d}"
    return {"d": f"{a}-{g}-{s}", "s": f"{a} {g} {s}", "b": f"{a}{g}{s}"}[style]


IPV4_FIRST = [
    2, 5, 8, 12, 23, 24, 31, 37, 41, 45, 46, 50, 51, 62, 66, 68, 71, 73, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85,
    86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 98, 99, 103, 104, 105, 107, 108, 109, 112, 115, 118, 121, 124, 128,
    131, 141, 146, 151, 154, 156, 161, 171, 176, 177, 178, 179, 181, 183, 185, 186, 187, 188, 189, 190, 191,
    193, 194, 195, 196, 197, 200, 201, 202, 206, 207, 209, 211, 212, 213, 217, 218, 220, 222,
]  # fmt: skip
IPV6_PREFIXES = [
    "2a02:810d", "2003:e5", "2a01:cb00", "2600:1700", "2601:646", "2409:4060", "240e:3b4", "2804:14c",
    "2a00:23c7", "2405:201", "2001:4860", "2606:4700", "2a03:2880", "2a01:4f8", "2400:cb00", "2607:f8b0",
    "2a0a:a540", "2806:2f0", "2402:3a80", "2c0f:f7a8",
]  # fmt: skip


def ipv4_global(rng: random.Random) -> str:
    while True:
        ip = ipaddress.IPv4Address(
            f"{rng.choice(IPV4_FIRST)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        )
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def ipv6_global(rng: random.Random, style: str = "") -> str:
    while True:
        prefix = rng.choice(IPV6_PREFIXES).split(":")
        groups = prefix + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(prefix))]
        if rng.random() < 0.45:
            k = rng.randint(4, 6)
            for i in range(k, 7):
                groups[i] = "0"
        ip = ipaddress.IPv6Address(":".join(groups))
        if ip.is_global:
            break
    s = ip.exploded if style == "x" else ip.compressed
    return s.upper() if style == "u" or (not style and rng.random() < 0.1) else s


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------

PTYPES = {"m": PNT.MOBILE, "f": PNT.FIXED_LINE, "t": PNT.TOLL_FREE}
PTYPE_OK = {
    "m": {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE},
    "f": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE},
    "t": {PNT.TOLL_FREE},
}
ARABIC_DIGITS = str.maketrans(DIGITS, "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans(DIGITS, "۰۱۲۳۴۵۶۷۸۹")
FULLWIDTH = str.maketrans(DIGITS + "-", "０１２３４５６７８９－")


def gen_phone(rng: random.Random, region: str, ptype: str) -> phonenumbers.PhoneNumber:
    if phonenumbers.example_number_for_type(region, PTYPES[ptype]) is None:
        ptype = "m" if ptype != "m" else "f"
    ex = phonenumbers.example_number_for_type(region, PTYPES[ptype])
    assert ex is not None, region
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for attempt in range(2000):
        keep = min(len(nsn) - 3, (1 if ptype != "t" else 3) + attempt // 150)
        cand = nsn[:keep] + "".join(rng.choice(DIGITS) for _ in nsn[keep:])
        num = phonenumbers.parse(f"+{cc}{cand}")
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.is_valid_number_for_region(num, region)
            and phonenumbers.number_type(num) in PTYPE_OK[ptype]
        ):
            return num
    raise AssertionError((region, ptype))


def same_number(s: str, region: str, num: phonenumbers.PhoneNumber) -> bool:
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(p) and phonenumbers.format_number(
        p, PNF.E164
    ) == phonenumbers.format_number(num, PNF.E164)


def regroup(rng: random.Random, digits: str) -> str:
    sizes, left = [], len(digits)
    while left > 0:
        size = min(left, rng.choice([2, 3, 3, 4, 4]))
        sizes.append(size)
        left -= size
    if len(sizes) > 1 and sizes[-1] == 1:
        sizes[-2] += 1
        sizes.pop()
    return chunk(digits, sizes, " ")


def phone_variants(
    rng: random.Random, num: phonenumbers.PhoneNumber, region: str
) -> dict[str, list[str]]:
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    ngroups = [g for g in re.split(r"[\s\-.()/]+", nat) if g]
    igroups = [g for g in re.split(r"[\s\-.()/]+", intl[1:]) if g][1:]
    trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
    nanp = cc == "1"
    v = {
        "intl": [intl],
        "nat": [nat],
        "e164": [e164],
        "00": ["00" + intl[1:], "00" + e164[1:]],
        "intlv": [
            intl.replace(" ", "-"),
            "+" + cc + "." + ".".join(igroups),
            f"+{cc} {nsn}",
            f"+{cc} " + " ".join(igroups),
        ],
        "natv": [
            " ".join(ngroups),
            "-".join(ngroups),
            ".".join(ngroups),
            "".join(ngroups),
        ],
        "compact": ["".join(ngroups)],
    }
    if not nanp:
        v["natv"].append(regroup(rng, "".join(ngroups)))
        v["intlv"].append(f"+{cc} " + regroup(rng, nsn))
    if len(igroups) > 1 and len(igroups[0]) <= 4:
        v["intlv"].append(f"+{cc} ({igroups[0]}) " + " ".join(igroups[1:]))
    if trunk == "0" and len(igroups) > 1:
        v["intlv"].append(f"+{cc} (0){igroups[0]} " + " ".join(igroups[1:]))
        v["intlv"].append(f"+{cc} (0) " + " ".join(igroups))
    if len(ngroups) > 1 and ngroups[0].startswith("0") and len(ngroups[0]) <= 5:
        v["natv"].append(f"({ngroups[0]}) " + " ".join(ngroups[1:]))
        if region in ("DE", "AT", "CH"):
            v["natv"].append(f"{ngroups[0]}/{''.join(ngroups[1:])}")
            v["natv"].append(f"{ngroups[0]} / {' '.join(ngroups[1:])}")
    if nanp:
        d = nsn
        v["natv"] += [
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"({d[:3]}){d[3:6]}-{d[6:]}",
        ]
        v["intlv"] += [
            f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}",
            f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
            f"+1.{d[:3]}.{d[3:6]}.{d[6:]}",
        ]
        v["00"] = []
    v["arab"] = [nat.translate(ARABIC_DIGITS)]
    v["fa"] = [nat.translate(PERSIAN_DIGITS)]
    v["fw"] = [nat.translate(FULLWIDTH)]
    out = {}
    for key, cands in v.items():
        seen = []
        for c in cands:
            if c not in seen and same_number(c, region, num):
                seen.append(c)
        out[key] = seen
    return out


PHONE_STYLE_WEIGHTS = {"intl": 22, "nat": 28, "e164": 8, "00": 6, "intlv": 16, "natv": 20}


def fmt_phone(rng: random.Random, num, region: str, style: str = "") -> str:
    variants = phone_variants(rng, num, region)
    if not style or style == "any":
        keys = [k for k in PHONE_STYLE_WEIGHTS if variants[k]]
        style = rng.choices(keys, [PHONE_STYLE_WEIGHTS[k] for k in keys])[0]
    cands = variants.get(style) or variants["intl"]
    return rng.choice(cands)


# ---------------------------------------------------------------------------
# Look-alike generators (never labelled)
# ---------------------------------------------------------------------------


def rand_digits(rng: random.Random, n: int, lead_nonzero: bool = True) -> str:
    s = "".join(rng.choice(DIGITS) for _ in range(n))
    if lead_nonzero and n and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def luhn_bad(rng: random.Random, n: int = 16) -> str:
    d = card_digits(rng, rng.choice(["visa", "mc", "discover"]))
    d = (d + rand_digits(rng, 3, False))[:n] if len(d) < n else d[:n]
    while luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
    return d


def ssn_bad(rng: random.Random) -> str:
    a, g, s = ssn_parts(rng)
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    if kind == "000":
        a = 0
    elif kind == "666":
        a = 666
    elif kind == "9xx":
        a = rng.randint(900, 999)
    elif kind == "g00":
        g = 0
    else:
        s = 0
    assert not ssn_valid_parts(a, g, s)
    return f"{a:03d}-{g:02d}-{s:04d}"


def itin(rng: random.Random) -> str:
    group = rng.choice(
        list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
    )
    return f"9{rng.randint(0, 99):02d}-{group:02d}-{rng.randint(1, 9999):04d}"


def ein(rng: random.Random) -> str:
    return (
        rng.choice(["12", "20", "27", "45", "46", "81", "84", "94", "36", "59"])
        + "-"
        + rand_digits(rng, 7, False)
    )


def routing(rng: random.Random) -> str:
    while True:
        d = f"{rng.choice(list(range(1, 13)) + list(range(21, 33))):02d}" + rand_digits(
            rng, 7, False
        )
        w = [3, 7, 1] * 3
        if sum(int(c) * k for c, k in zip(d, w, strict=True)) % 10 == 0:
            return d


def ean13(rng: random.Random, prefix: str = "") -> str:
    body = prefix + rand_digits(rng, 12 - len(prefix), not prefix)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def upc(rng: random.Random) -> str:
    body = rand_digits(rng, 11, False)
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def isbn13(rng: random.Random) -> str:
    d = ean13(rng, rng.choice(["978", "979"]))
    return f"{d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"


def isin(rng: random.Random) -> str:
    cc = rng.choice(["US", "DE", "FR", "GB", "JP", "CH", "NL"])
    body = cc + "".join(rng.choice(DIGITS if rng.random() < 0.8 else UPPER) for _ in range(9))
    conv = "".join(str(int(c, 36)) for c in body)
    for c in DIGITS:
        if luhn_ok(conv + c):
            return body + c
    raise AssertionError


def imei(rng: random.Random) -> str:
    return luhn_complete(rng.choice(["35", "86", "01", "49", "99"]) + rand_digits(rng, 12, False))


def cidr_block(rng: random.Random) -> str:
    if rng.random() < 0.2:
        prefix = rng.choice(["2a05:d000", "2600:1f00", "2a03:2880", "2c0f:fb50"])
        return f"{prefix}::/{rng.choice([25, 32, 36, 40])}"
    plen = rng.choice([10, 11, 12, 14, 16, 18, 20, 22, 24])
    net = ipaddress.IPv4Network(f"{ipv4_global(rng)}/{plen}", strict=False)
    return str(net)


def ipv4_private(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.168.{rng.randint(0, 5)}.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "127.0.0.1",
            f"169.254.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
            f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ]
    )


def ipv4_doc(rng: random.Random) -> str:
    return rng.choice(["192.0.2", "198.51.100", "203.0.113"]) + f".{rng.randint(1, 254)}"


def ipv6_private(rng: random.Random) -> str:
    h = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    return rng.choice(
        [
            f"fe80::{h[0]}:{h[1]}:{h[2]}:{h[3]}",
            f"fd{rng.randint(0, 255):02x}:{h[0]}:{h[1]}::{h[2]}",
            "::1",
            f"2001:db8:{h[0]}::{h[1]}",
            f"2001:db8::{h[2]}",
        ]
    )


def mac(rng: random.Random) -> str:
    sep = rng.choice([":", ":", "-"])
    return (
        sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6)).upper()
        if sep == "-"
        else ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))
    )


def version(rng: random.Random) -> str:
    v = f"{rng.randint(1, 19)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"
    return v + rng.choice(["", "", "", "-rc.1", "-beta.2", "+build.7"])


def version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 130)}.{rng.randint(0, 9)}.{rng.randint(1000, 19999)}.{rng.randint(0, 300)}"


def mask4(rng: random.Random) -> str:
    last = rand_digits(rng, 4, False)
    return rng.choice(
        [
            f"**** **** **** {last}",
            f"•••• {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"************{last}",
            f"xxxx xxxx xxxx {last}",
            f"{rand_digits(rng, 4)} **** **** {last}",
        ]
    )


def mask_ssn(rng: random.Random) -> str:
    last = rand_digits(rng, 4, False)
    return rng.choice([f"XXX-XX-{last}", f"***-**-{last}", f"xxx-xx-{last}", f"###-##-{last}"])


def track_ups(rng: random.Random) -> str:
    return (
        "1Z"
        + "".join(rng.choice(UPPER + DIGITS) for _ in range(6))
        + "03"
        + rand_digits(rng, 8, False)
    )


def track_usps(rng: random.Random) -> str:
    return chunk(rng.choice(["9400", "9205", "9261"]) + rand_digits(rng, 18, False), [4] * 6, " ")


# national ids (named as such in the texts; never labelled)
def nat_id(rng: random.Random, kind: str) -> str:  # noqa: C901 - flat table of id formats
    d = lambda n: rand_digits(rng, n, False)  # noqa: E731
    if kind == "nino":
        return f"{rng.choice(['AB', 'JG', 'KM', 'NE', 'PR', 'SX'])} {d(2)} {d(2)} {d(2)} {rng.choice('ABCD')}"
    if kind == "sin":
        return chunk(luhn_complete(rng.choice("12345679") + d(7)), [3, 3, 3], " ")
    if kind == "aadhaar":
        return chunk(rng.choice("23456789") + d(11), [4, 4, 4], " ")
    if kind == "pan":
        return (
            "".join(rng.choice(UPPER) for _ in range(3))
            + "P"
            + rng.choice(UPPER)
            + d(4)
            + rng.choice(UPPER)
        )
    if kind == "cnid":
        return (
            rng.choice(["110105", "310104", "440106", "510107"])
            + rng.choice(["1978", "1985", "1992"])
            + f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + d(3)
            + rng.choice(DIGITS + "X")
        )
    if kind == "rrn":
        yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
        return f"{yy:02d}{mm:02d}{dd:02d}-{rng.randint(1, 2)}{d(6)}"
    if kind == "mynumber":
        return chunk(d(12), [4, 4, 4], " ")
    if kind == "dni":
        n = rng.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if kind == "nie":
        n = rng.randint(1000000, 9999999)
        return f"X{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if kind == "nir":
        return f"{rng.randint(1, 2)} {d(2)} {rng.randint(1, 12):02d} {d(2)} {d(3)} {d(3)} {d(2)}"
    if kind == "bsn":
        return d(9)
    if kind == "pnr":
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        return f"{yy:02d}{mm:02d}{dd:02d}-{d(4)}"
    if kind in ("pesel", "tckn", "steuerid"):
        return rng.choice("123456789") + d(10)
    if kind == "snils":
        return f"{d(3)}-{d(3)}-{d(3)} {d(2)}"
    if kind == "nhs":
        return f"{d(3)} {d(3)} {d(4)}"
    if kind == "cpf":
        return f"{d(3)}.{d(3)}.{d(3)}-{d(2)}"
    if kind == "cnpj":
        return f"{d(2)}.{d(3)}.{d(3)}/0001-{d(2)}"
    if kind == "curp":
        letters = "".join(rng.choice(UPPER) for _ in range(4))
        return (
            f"{letters}{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.choice('HM')}"
            + (
                rng.choice(["DF", "JC", "NL", "PL"])
                + "".join(rng.choice(UPPER) for _ in range(3))
                + d(2)
            )
        )
    if kind == "cf":
        u = lambda n: "".join(rng.choice(UPPER) for _ in range(n))  # noqa: E731
        return f"{u(6)}{d(2)}{rng.choice('ABCDEHLMPRST')}{rng.randint(1, 28):02d}{u(1)}{d(3)}{u(1)}"
    raise KeyError(kind)


# ---------------------------------------------------------------------------
# Templates and rendering
# ---------------------------------------------------------------------------


@dataclass
class Template:
    kind: str
    lang: str
    note: str
    text: str
    regions: tuple[str, ...]
    ibans: tuple[str, ...]
    n: int
    names: str
    prose: bool


TEMPLATES: list[Template] = []


def _add(kind, lang, note, text, r, b, n, names, prose):
    text = textwrap.dedent(text).strip("\n")
    TEMPLATES.append(
        Template(
            kind,
            lang,
            note,
            text,
            tuple(r.split()) or ("US",),
            tuple(b.split()),
            n,
            names or lang,
            prose,
        )
    )


def pos(lang, note, text, r="US", b="", n=None, names=None, prose=True):
    # by default two copies; texts carrying the rarer SSN/CARD/IP values get three
    if n is None:
        n = 3 if re.search(r"⟦(S|C|IP[46])[:#⟧]", text) else 2
    _add("positive", lang, note, text, r, b, n, names, prose)


def neg(lang, note, text, r="US", n=3, names=None, prose=True):
    _add("hard_negative", lang, note, text, r, "", n, names, prose)


@dataclass
class Ent:
    entity: str
    text: str
    region: str = ""


@dataclass
class Allowed:
    text: str


TOKEN_RE = re.compile(r"⟦([^⟦⟧]*)⟧")


@dataclass
class Ctx:
    rng: random.Random
    tpl: Template
    persons: dict = field(default_factory=dict)
    cache: dict = field(default_factory=dict)

    def __post_init__(self):
        rng = self.rng
        self.lang = self.tpl.lang
        self.nlang = self.tpl.names
        self.region = rng.choice(self.tpl.regions)
        self.iban_cc = rng.choice(self.tpl.ibans) if self.tpl.ibans else ""
        self.year = rng.randint(2019, 2025)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        styles = DATE_STYLE.get(self.lang, ["dot"] if self.lang in DOT_LANGS else ["slash"])
        self.date_style = rng.choice(styles)
        self.minutes = rng.randint(6 * 60, 21 * 60)
        self.seconds = rng.randint(0, 59)
        self._company = None

    # -- people ----------------------------------------------------------
    def person(self, i: str) -> Person:
        if i not in self.persons:
            firsts, lasts = NAME_TABLE[self.nlang]
            used = {p.first for p in self.persons.values()}
            while True:
                f = self.rng.choice(firsts)
                if f[0] not in used or len(used) >= len(firsts):
                    break
            last = self.rng.choice(lasts)
            if self.nlang in FAMILY_FIRST:
                full = last[0] + ("" if self.nlang in NO_SPACE_NAMES else " ") + f[0]
                if self.nlang == "ja" and self.rng.random() < 0.5:
                    full = last[0] + f[0]
            else:
                full = f"{f[0]} {last[0]}"
            self.persons[i] = Person(f[0], last[0], f[1], last[1], full)
        return self.persons[i]

    def company(self) -> tuple[str, str]:
        if self._company is None:
            p = self.person("co")
            opts = COMPANIES.get(self.nlang) or [
                ("{L} Group", "{l}group." + TLD.get(self.nlang, "com")),
                ("{L} & Co", "{l}-co." + TLD.get(self.nlang, "com")),
            ]
            disp, dom = self.rng.choice(opts)
            self._company = (disp.format(L=p.last), dom.format(l=slug(p.llast)))
        return self._company

    def local_part(self, p: Person) -> str:
        rng = self.rng
        f, l_ = slug(p.lfirst), slug(p.llast)
        pats = [
            f"{f}.{l_}",
            f"{f}{l_}",
            f"{f[0]}{l_}",
            f"{f}_{l_}",
            f"{l_}.{f}",
            f"{f}{rng.randint(1, 99)}",
            f"{f}.{l_}{rng.randint(70, 99)}",
            f"{f[0]}.{l_}",
            f"{l_}{f[0]}{rng.randint(1, 9)}",
            f"{f}-{l_}",
        ]
        return rng.choice(pats)

    def personal_email(self, p: Person, tag: bool = False) -> str:
        rng = self.rng
        if p.email and not tag:
            return p.email
        local = self.local_part(p)
        if tag or rng.random() < 0.07:
            local += "+" + rng.choice(TAGS)
        if rng.random() < 0.04:
            local = local[0].upper() + local[1:]
        if self.nlang == "zh" and rng.random() < 0.35:
            local, dom = str(rng.randint(10000, 2999999999)), "qq.com"
        else:
            dom = rng.choice((DOMAINS.get(self.nlang) or DOMAINS["en"]).split(","))
        email = f"{local}@{dom}"
        if not tag:
            p.email = email
        return email

    def work_email(self, p: Person) -> str:
        dom = self.company()[1]
        if self.rng.random() < 0.12:
            dom = self.rng.choice(["mail.", "eu.", "corp.", "office."]) + dom
        f, l_ = slug(p.lfirst), slug(p.llast)
        local = self.rng.choice([f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}", f"{f[0]}{l_}", f"{f}.{l_}"])
        return f"{local}@{dom}"

    # -- dates -----------------------------------------------------------
    def fmt_date(self, y, m, d, style):
        months = MONTHS[self.lang if style == "long" and self.lang in MONTHS else "en"].split(",")
        yy = f"{y % 100:02d}"
        return {
            "us_short": f"{m}/{d}/{yy}",
            "us": f"{m}/{d}/{y}",
            "en_long": f"{months[m - 1]} {d}, {y}",
            "long": {
                "es": f"{d} de {months[m - 1]} de {y}",
                "pt": f"{d} de {months[m - 1]} de {y}",
                "fr": f"{d} {months[m - 1]} {y}",
                "it": f"{d} {months[m - 1]} {y}",
                "de": f"{d}. {months[m - 1]} {y}",
            }.get(self.lang, f"{months[m - 1]} {d}, {y}"),
            "gb": f"{d:02d}/{m:02d}/{y}",
            "slash": f"{d:02d}/{m:02d}/{y}",
            "slash_nz": f"{d}/{m}/{y}",
            "dot": f"{d:02d}.{m:02d}.{y}",
            "dot_short": f"{d:02d}.{m:02d}.{yy}",
            "dot_sp": f"{d}. {m}. {y}",
            "dot_nz": f"{d}.{m}.{y}",
            "dash_eu": f"{d:02d}-{m:02d}-{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "hu": f"{y}. {m:02d}. {d:02d}.",
            "cjk": f"{y}年{m}月{d}日",
            "jaslash": f"{y}/{m:02d}/{d:02d}",
            "ko": f"{y}년 {m}월 {d}일",
            "kodot": f"{y}. {m}. {d}.",
        }[style]

    def next_time(self, style: str) -> str:
        self.minutes += self.rng.randint(0, 6)
        self.seconds = self.rng.randint(0, 59)
        return self.fmt_time(self.minutes, style)

    def fmt_time(self, minutes: int, style: str) -> str:
        h, m = (minutes // 60) % 24, minutes % 60
        if style == "12":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if style == "12n":
            return f"{(h - 1) % 12 + 1}:{m:02d}"
        if style == "s":
            return f"{h:02d}:{m:02d}:{self.seconds:02d}"
        return f"{h:02d}:{m:02d}"

    def amount(self, style: str) -> str:
        rng = self.rng
        v = (
            rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
            + rng.randint(0, 99) / 100
        )
        whole, cents = int(v), int(round((v - int(v)) * 100))
        en = f"{whole:,}"
        eu = en.replace(",", ".")
        if not style:
            style = {
                "en": "$",
                "de": "€de",
                "fr": "€fr",
                "es": "€",
                "it": "€",
                "nl": "€",
                "pt": "R$",
            }.get(self.lang, "plain")
        return {
            "$": f"${en}.{cents:02d}",
            "£": f"£{en}.{cents:02d}",
            "€": f"{eu},{cents:02d} €",
            "€de": f"{eu},{cents:02d} €",
            "€fr": f"{en.replace(',', ' ')},{cents:02d} €",
            "R$": f"R$ {eu},{cents:02d}",
            "plain": f"{whole}.{cents:02d}",
            "₹": f"₹{en}",
            "¥": f"¥{en}",
            "₩": f"{en}0원",
            "₽": f"{en.replace(',', ' ')} ₽",
        }[style]

    # -- token dispatch --------------------------------------------------
    def token(self, raw: str):
        rng = self.rng
        if raw.startswith("pick:"):
            return rng.choice(raw[5:].split("|"))
        body, _, key = raw.partition("#")
        if key and ("val", body, key) in self.cache:
            return self.cache[("val", body, key)]
        parts = body.split(":")
        head, args = parts[0], parts[1:] + ["", "", ""]
        res = self._token(head, args, key)
        if (
            key
            and not isinstance(res, Ent)
            and not head.startswith("P")
            and head not in ("S", "C", "I")
        ):
            self.cache[("val", body, key)] = res
        return res

    def _cached(self, kind, key, make):
        if not key:
            return make()
        if (kind, key) not in self.cache:
            self.cache[(kind, key)] = make()
        return self.cache[(kind, key)]

    def _token(self, head: str, a: list[str], key: str):  # noqa: C901 - token dispatch table
        rng = self.rng
        # entities
        if head == "P":
            regions = a[0].split("|") if a[0] else [self.region]
            ptype = a[2] or rng.choices(["m", "f"], [68, 32])[0]
            num, region = self._cached(
                "P", key, lambda: (lambda r: (gen_phone(rng, r, ptype), r))(rng.choice(regions))
            )
            return Ent("PHONE", fmt_phone(rng, num, region, a[1]), region)
        if head == "S":
            parts = self._cached("S", key, lambda: ssn_parts(rng))
            return Ent("SSN", fmt_ssn(rng, parts, a[0]))
        if head == "C":
            digits = self._cached("C", key, lambda: card_digits(rng, a[0] or None))
            return Ent("CARD", fmt_card(rng, digits, a[1]))
        if head == "I":
            cc = a[0] or self.iban_cc
            compact = self._cached("I", key, lambda: iban_compact(rng, cc))
            return Ent("IBAN", fmt_iban(rng, compact, a[1]))
        if head == "IP4":
            return Ent("IP", self._cached("IP4", key, lambda: ipv4_global(rng)))
        if head == "IP6":
            return Ent("IP", self._cached("IP6", key, lambda: ipv6_global(rng, a[0])))
        if head.startswith("E") and (
            head[1:2].isdigit() or head in ("E", "Ew", "Er", "Eqq", "Eidn")
        ):
            return Ent("EMAIL", self._cached("E" + head, key, lambda: self._email(head, a)))
        # people / org
        if head[:1] in "nflN" and head[1:].isdigit():
            p = self.person(head[1:])
            return {"n": p.full, "f": p.first, "l": p.last, "N": p.full.upper()}[head[0]]
        if head == "co":
            return self.company()[0]
        if head == "dom":
            return self.company()[1]
        if head == "city":
            return rng.choice((CITIES.get(self.lang) or CITIES["en"]).split(","))
        if head == "CITY":
            return rng.choice((CITIES.get(self.lang) or CITIES["en"]).split(",")).upper()
        if head == "host":
            return rng.choice(
                ["web-01", "web-02", "api-prod-3", "bastion", "vps-" + rand_digits(rng, 4), "nas"]
            )
        if head == "bic":
            cc = self.iban_cc or a[0] or "DE"
            return (
                "".join(rng.choice(UPPER) for _ in range(4))
                + cc
                + rng.choice(["2L", "FF", "MM", "22", "2X"])
                + (rng.choice(["", "XXX"]))
            )
        # dates and times
        if head == "d":
            return self._cached(
                "d", "base", lambda: self.fmt_date(self.year, self.month, self.day, self.date_style)
            )
        if head == "date":
            y, m, d = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
            style = a[0] or self.date_style
            if style == "long" or style == "en_long":
                style = "long" if style == "long" else "en_long"
            return self.fmt_date(y, m, d, style)
        if head == "dob":
            lo, hi = (2008, 2022) if a[1] == "child" else (1942, 2004)
            y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
            return self.fmt_date(y, m, d, a[0] or self.date_style)
        if head == "t":
            return self.next_time(a[0])
        if head == "time":
            return self.fmt_time(rng.randint(0, 24 * 60 - 1), a[0])
        if head == "year":
            return str(self.year)
        if head == "mmyy":
            return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
        if head == "clf":
            self.minutes += rng.randint(0, 3)
            mon = MONTHS["en"].split(",")[self.month - 1][:3]
            return f"{self.day:02d}/{mon}/{self.year}:{self.fmt_time(self.minutes, 's')} +0000"
        if head == "syslog":
            self.minutes += rng.randint(0, 2)
            mon = MONTHS["en"].split(",")[self.month - 1][:3]
            return f"{mon} {self.day:2d} {self.fmt_time(self.minutes, 's')}"
        if head == "dtiso":
            self.minutes += rng.randint(0, 5)
            return (
                f"{self.year}-{self.month:02d}-{self.day:02d}T{self.fmt_time(self.minutes, 's')}Z"
            )
        if head == "dtlog":
            self.minutes += rng.randint(0, 5)
            return f"{self.year}-{self.month:02d}-{self.day:02d} {self.fmt_time(self.minutes, 's')},{rng.randint(0, 999):03d}"
        if head == "dtics":
            return f"{self.year}{self.month:02d}{self.day:02d}T{rng.randint(8, 17):02d}{rng.choice(['00', '30'])}00Z"
        if head == "amt":
            return self.amount(a[0])
        # digits and codes
        if head == "num":
            return rand_digits(rng, int(a[0]))
        if head == "numz":
            return rand_digits(rng, int(a[0]), False)
        if head == "up":
            return "".join(rng.choice(UPPER) for _ in range(int(a[0])))
        if head == "alnum":
            return "".join(rng.choice(UPPER + DIGITS) for _ in range(int(a[0])))
        if head == "hex":
            return "".join(rng.choice("0123456789abcdef") for _ in range(int(a[0])))
        if head == "b64":
            abc = UPPER + UPPER.lower() + DIGITS + "+/"
            return "".join(rng.choice(abc) for _ in range(int(a[0])))
        simple = {
            "luhnbad": lambda: fmt_card(rng, luhn_bad(rng, int(a[0] or 16)), a[1]),
            "imei": lambda: Allowed(
                rng.choice(
                    [
                        lambda s: s,
                        lambda s: chunk(s, [2, 6, 6, 1], " "),
                        lambda s: chunk(s, [2, 6, 6, 1], "-"),
                    ]
                )(imei(rng))
            ),
            "ibanbad": lambda: self._iban_bad(a[0] or self.iban_cc or "DE", a[1]),
            "ssnbad": lambda: ssn_bad(rng),
            "itin": lambda: itin(rng),
            "ein": lambda: ein(rng),
            "routing": lambda: routing(rng),
            "sort": lambda: (
                f"{rng.randint(1, 99):02d}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
            ),
            "zip4": lambda: rand_digits(rng, 5) + "-" + rand_digits(rng, 4, False),
            "ipriv": lambda: ipv4_private(rng),
            "ipdoc": lambda: ipv4_doc(rng),
            "ip6priv": lambda: ipv6_private(rng),
            "cidr": lambda: cidr_block(rng),
            "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "sha1": lambda: f"{rng.getrandbits(160):040x}",
            "sha256": lambda: f"{rng.getrandbits(256):064x}",
            "md5": lambda: f"{rng.getrandbits(128):032x}",
            "git": lambda: f"{rng.getrandbits(28):07x}",
            "isbn": lambda: isbn13(rng),
            "ean": lambda: ean13(
                rng, rng.choice(["400", "500", "590", "690", "870", "789", "460"])
            ),
            "upc": lambda: upc(rng),
            "isin": lambda: isin(rng),
            "ver": lambda: version(rng),
            "ver4": lambda: version4(rng),
            "mac": lambda: mac(rng),
            "mask4": lambda: mask4(rng),
            "maskssn": lambda: mask_ssn(rng),
            "ups": lambda: track_ups(rng),
            "usps": lambda: track_usps(rng),
            "ts": lambda: str(rng.randint(1_500_000_000, 1_800_000_000)),
            "tsms": lambda: str(rng.randint(1_500_000_000_000, 1_800_000_000_000)),
            "flight": lambda: (
                rng.choice(["LH", "BA", "AF", "UA", "DL", "EK", "QR", "TK", "NH", "SQ", "IB", "KL"])
                + rng.choice([" ", ""])
                + str(rng.randint(10, 2999))
            ),
            "coord": lambda: f"{rng.uniform(-60, 65):.6f}, {rng.uniform(-170, 170):.6f}",
            "id": lambda: nat_id(rng, a[0]),
            "boleto": lambda: (
                f"{rand_digits(rng, 5)}.{rand_digits(rng, 5)} {rand_digits(rng, 5)}.{rand_digits(rng, 6)} "
                f"{rand_digits(rng, 5)}.{rand_digits(rng, 6)} {rng.randint(1, 9)} {rand_digits(rng, 14)}"
            ),
        }
        if head in simple:
            return simple[head]()
        raise KeyError(f"unknown token {head!r} in {self.tpl.note!r}")

    def _email(self, head: str, a: list[str]) -> str:
        rng = self.rng
        if head == "Eqq":
            return f"{rng.randint(10000, 2999999999)}@qq.com"
        if head == "Er":
            return f"{a[0] or 'info'}@{self.company()[1]}"
        if head == "Eidn":
            p = self.person(str(rng.randint(50, 99)))
            dom = rng.choice(IDN_DOMAINS[self.lang]).format(l=p.last.lower())
            return f"{rng.choice(['info', 'kontakt', 'post', slug(p.lfirst)])}@{dom}"
        idx = head[1:].rstrip("w")
        p = self.person(idx if idx else str(rng.randint(100, 999)))
        if head.endswith("w"):
            if p.work is None:
                p.work = self.work_email(p)
            return p.work
        return self.personal_email(p, tag=(a[0] == "tag"))

    def _iban_bad(self, cc: str, style: str) -> str:
        good = iban_compact(self.rng, cc)
        i = self.rng.randrange(4, len(good))
        while True:
            ch = good[i]
            if ch.isdigit():
                new = good[:i] + str((int(ch) + self.rng.randint(1, 9)) % 10) + good[i + 1 :]
            else:
                new = (
                    good[:2]
                    + f"{(int(good[2:4]) + self.rng.randint(1, 90)) % 97 + 2:02d}"
                    + good[4:]
                )
            if not iban_valid(new):
                return fmt_iban(self.rng, new, style or "g")


def render(tpl: Template, rng: random.Random):
    ctx = Ctx(rng, tpl)
    out, spans, regions, allow = [], [], [], []
    length, pos_ = 0, 0
    for m in TOKEN_RE.finditer(tpl.text):
        lit = tpl.text[pos_ : m.start()]
        out.append(lit)
        length += len(lit)
        res = ctx.token(m.group(1))
        if isinstance(res, Ent):
            spans.append({"entity": res.entity, "start": length, "end": length + len(res.text)})
            regions.append(res.region)
            s = res.text
        elif isinstance(res, Allowed):
            allow.append((length, length + len(res.text)))
            s = res.text
        else:
            s = res
        out.append(s)
        length += len(s)
        pos_ = m.end()
    out.append(tpl.text[pos_:])
    return "".join(out), spans, regions, allow


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

EMAIL_FULL = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}"
)
EMAIL_FIND = re.compile(r"[A-Za-z0-9._%+-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")
IPV4_FIND = re.compile(r"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9]|\.[0-9]|/[0-9])")
IPV6_FIND = re.compile(
    r"(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:]|/[0-9])"
)
SSN_FIND = re.compile(r"(?<![0-9-])([0-9]{3})-([0-9]{2})-([0-9]{4})(?![0-9]|-[0-9])")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}")


def ip_is_global(s: str) -> bool:
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


def span_valid(entity: str, value: str, region: str) -> bool:
    if entity == "PHONE":
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
        except phonenumbers.NumberParseException:
            return False
    if entity == "CARD":
        d = re.sub(r"[ -]", "", value)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if entity == "IBAN":
        return iban_valid(value)
    if entity == "SSN":
        m = re.fullmatch(r"([0-9]{3})[- ]?([0-9]{2})[- ]?([0-9]{4})", value)
        return bool(m) and ssn_valid_parts(*(int(x) for x in m.groups()))
    if entity == "IP":
        return ip_is_global(value)
    if entity == "EMAIL":
        return bool(EMAIL_FULL.fullmatch(value))
    return False


def luhn_candidates(text: str):
    groups = [(m.start(), m.end()) for m in re.finditer(r"[0-9]+", text)]
    chains, cur = [], []
    for g in groups:
        if cur and g[0] - cur[-1][1] == 1 and text[cur[-1][1]] in " -":
            cur.append(g)
        else:
            if cur:
                chains.append(cur)
            cur = [g]
    if cur:
        chains.append(cur)
    for chain in chains:
        for i in range(len(chain)):
            digits = ""
            for j in range(i, len(chain)):
                digits += text[chain[j][0] : chain[j][1]]
                if len(digits) > 19:
                    break
                if len(digits) >= 13 and luhn_ok(digits):
                    yield chain[i][0], chain[j][1]


def iban_candidates(text: str):
    for m in IBAN_START.finditer(text):
        spec = IBAN_SPECS.get(m.group()[:2].upper())
        if not spec:
            continue
        chars, i = [], m.start()
        while i < len(text) and len(chars) < spec[0]:
            c = text[i]
            if c.isascii() and c.isalnum():
                chars.append(c)
            elif not (
                c == " " and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum()
            ):
                break
            i += 1
        if len(chars) == spec[0] and iban_valid("".join(chars)):
            yield m.start(), i


def problems(  # noqa: C901 - one pass per leftover check
    text: str, spans: list[dict], regions: list[str], allow: list[tuple[int, int]], kind: str
):
    errs = []
    if kind == "positive" and not spans:
        errs.append("positive without spans")
    if kind == "hard_negative" and spans:
        errs.append("negative with spans")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b["start"] < a["end"]:
            errs.append(f"overlap {a} {b}")
    for s, region in zip(spans, regions, strict=True):
        value = text[s["start"] : s["end"]]
        if not value or value != value.strip() or not span_valid(s["entity"], value, region):
            errs.append(f"invalid {s['entity']} {value!r}")

    def covered(start, end, entity=None):
        return any(
            s["start"] < end and start < s["end"] and (entity is None or s["entity"] == entity)
            for s in spans
        )

    for start, end in luhn_candidates(text):
        if not covered(start, end) and not any(a <= start and end <= b for a, b in allow):
            errs.append(f"unlabelled Luhn run {text[start:end]!r}")
    for start, end in iban_candidates(text):
        if not covered(start, end, "IBAN"):
            errs.append(f"unlabelled IBAN {text[start:end]!r}")
    for m in IPV4_FIND.finditer(text):
        if ip_is_global(m.group()) and not covered(m.start(), m.end(), "IP"):
            errs.append(f"unlabelled IPv4 {m.group()!r}")
    for m in IPV6_FIND.finditer(text):
        if ip_is_global(m.group()) and not covered(m.start(), m.end(), "IP"):
            errs.append(f"unlabelled IPv6 {m.group()!r}")
    for m in EMAIL_FIND.finditer(text):
        if not covered(m.start(), m.end(), "EMAIL"):
            errs.append(f"unlabelled e-mail {m.group()!r}")
    for m in SSN_FIND.finditer(text):
        if ssn_valid_parts(*(int(x) for x in m.groups())) and not covered(
            m.start(), m.end(), "SSN"
        ):
            errs.append(f"unlabelled SSN {m.group()!r}")
    return errs


# ---------------------------------------------------------------------------
# The texts
# ---------------------------------------------------------------------------
# ---- English: chats, mail, contacts ---------------------------------------
pos(
    "en",
    "WhatsApp export, new number on its own line, no cue word",
    """
    [⟦d⟧, ⟦t:12⟧] ⟦f1⟧: hey it's ⟦f1⟧, new phone 🙂 save this one
    [⟦d⟧, ⟦t:12⟧] ⟦f1⟧: ⟦P::any:m⟧
    [⟦d⟧, ⟦t:12⟧] ⟦f2⟧: got it! deleting the old one
    """,
    r="US CA",
    n=3,
)
pos(
    "en",
    "iMessage thread, plumber's number after 'his number is'",
    """
    ⟦f1⟧: Can you call the plumber? His number is ⟦P⟧
    Me: which one, the guy from last time?
    ⟦f1⟧: yes ⟦f2⟧. he said text first, he's on a job till 3
    """,
    r="US CA",
)
pos(
    "en",
    "e-mail signature with office number (ext. not labelled) and work address",
    """
    Thanks,

    ⟦n1⟧
    ⟦pick:Senior Account Manager|Operations Lead|Office Manager|Director of Sales⟧ | ⟦co⟧
    Office: ⟦P::any:f⟧ ext. ⟦num:3⟧
    ⟦E1w⟧
    """,
    r="US CA",
)
pos(
    "en",
    "reply with quoted header and fax number in the quote",
    """
    Sounds good, see you Thursday.

    On ⟦pick:Mon|Tue|Wed|Thu|Fri⟧, ⟦date:en_long⟧ at ⟦time:12⟧, ⟦n2⟧ <⟦E2⟧> wrote:
    > Hi ⟦f1⟧,
    > Could you send me the signed lease? You can also fax it to ⟦P::any:f⟧.
    > Best, ⟦f2⟧
    """,
    r="US",
)
pos(
    "en",
    "forwarded e-mail headers with several addresses and a cell number",
    """
    ---------- Forwarded message ---------
    From: ⟦n1⟧ <⟦E1⟧>
    Date: ⟦date:en_long⟧
    Subject: Re: pickup schedule
    To: ⟦n2⟧ <⟦E2⟧>

    See below, her cell is ⟦P::any:m⟧ if you need to reach her.
    """,
    r="US GB",
)
pos(
    "en",
    "calendar invite (ICS) with organizer/attendee mailto and toll-free dial-in",
    """
    BEGIN:VCALENDAR
    BEGIN:VEVENT
    DTSTART:⟦dtics⟧
    SUMMARY:⟦pick:Quarterly review|Vendor onboarding|Parent-teacher conference⟧
    ORGANIZER;CN=⟦n1⟧:mailto:⟦E1w⟧
    ATTENDEE;CN=⟦n2⟧;ROLE=REQ-PARTICIPANT:mailto:⟦E2⟧
    DESCRIPTION:Dial-in: ⟦P:US:intl:t⟧\\nAccess code: ⟦num:3⟧ ⟦num:3⟧ ⟦num:3⟧#
    LOCATION:Conference Room ⟦pick:B|4C|Oak⟧
    END:VEVENT
    END:VCALENDAR
    """,
    r="US",
    n=2,
)
pos(
    "en",
    "Zoom invite: one-tap string with commas and dial-by-location list",
    """
    ⟦n1⟧ is inviting you to a scheduled Zoom meeting.

    Topic: ⟦pick:Weekly sync|Budget review|Interview loop⟧
    Meeting ID: ⟦num:11#m⟧
    Passcode: ⟦num:6⟧

    One tap mobile
    ⟦P:US:e164:f#a⟧,,⟦num:11#m⟧# US

    Dial by your location
    • ⟦P:US:intl:f#a⟧ US (⟦pick:New York|San Jose|Chicago|Houston⟧)
    """,
    r="US",
    n=2,
)
pos(
    "en",
    "voicemail transcript, number said twice in different formats",
    """
    [Voicemail transcript] Hi, this is ⟦f1⟧ from ⟦co⟧, um, calling about your appointment on ⟦pick:Tuesday|Thursday|Friday⟧. If you could give me a call back at ⟦P::nat#1⟧, again that's ⟦P::natv#1⟧, thanks, bye.
    """,
    r="US CA",
)
pos(
    "en",
    "classified car ad, text-only phone",
    """
    ⟦pick:2012 Honda Civic|2015 Toyota Corolla|2009 Ford F-150|2014 Subaru Outback⟧ – ⟦num:3⟧k miles, clean title, new tires. $⟦num:1⟧,⟦numz:3⟧ OBO.
    Text ⟦P::natv⟧ no calls after 9pm. Serious buyers only!!
    """,
    r="US",
)
pos(
    "en",
    "social post about a lost dog with phone in the text",
    """
    LOST DOG 🐶 near ⟦pick:Lincoln Park|Riverside|Maple Grove|the old mill⟧!! Answers to "⟦pick:Buddy|Luna|Max|Bella⟧", brown lab mix, red collar. Please call or text ⟦P::any:m⟧ any time 🙏 #lostdog #⟦pick:chicago|austin|denver|toronto⟧
    """,
    r="US CA",
    n=1,
)
pos(
    "en",
    "CRM note with direct line + extension and work e-mail",
    """
    ⟦d⟧ – call w/ ⟦n1⟧ (⟦co⟧). Interested in annual plan, wants demo w/ IT next wk. Direct: ⟦P::any:f⟧ x⟦num:3⟧. Follow up via ⟦E1w⟧. Budget approx ⟦amt:$⟧.
    """,
    r="US CA GB AU",
)
pos(
    "en",
    "Zelle/Venmo request in a group chat (e-mail and phone as payment handles)",
    """
    ⟦f1⟧: ok everyone owes ⟦amt:$⟧ for the cabin 🏕️
    ⟦f1⟧: zelle ⟦E1⟧ or venmo/phone ⟦P::natv:m⟧
    ⟦f2⟧: sent!
    ⟦f3⟧: will do tonight
    """,
    r="US",
)
pos(
    "en",
    "UK text message, mobile with 07 trunk prefix",
    """
    Hiya it's ⟦f1⟧ from the school run group, this is my new mobile ⟦P:GB:nat:m⟧ x
    """,
    r="GB",
)
pos(
    "en",
    "UK GP surgery letter with Tel/Fax number, NHS number look-alike",
    """
    ⟦pick:Riverside|Park Lane|Elm Tree⟧ Medical Practice
    Tel/Fax: ⟦P:GB:intlv:f⟧

    Dear ⟦n1⟧,
    NHS number: ⟦id:nhs⟧
    Your blood test results are ready. Please ring reception to book a follow-up.
    """,
    r="GB",
)
pos(
    "en",
    "Australian tradie ad with mobile and ABN look-alike",
    """
    Reliable local handyman – no job too small! Call ⟦f1⟧ on ⟦P:AU:nat:m⟧.
    Fully insured. ABN ⟦num:2⟧ ⟦num:3⟧ ⟦num:3⟧ ⟦num:3⟧
    """,
    r="AU",
)
pos(
    "en",
    "Irish and NZ numbers in a flat-share chat",
    """
    ⟦f1⟧: landlord's number ⟦P:IE::m⟧ – he's grand, just slow to reply
    ⟦f2⟧: my cousin in Auckland says her old agent is on ⟦P:NZ::m⟧ if you're looking there
    """,
    r="IE",
    n=1,
)
pos(
    "en",
    "Nigerian Telegram group, local and international mobile",
    """
    ⟦f1⟧ ⟦l1⟧:
    Good morning house 🙏 Anyone that needs the tailor should call Mama ⟦f2⟧ on ⟦P:NG:nat:m⟧ or WhatsApp ⟦P:NG:intlv:m⟧. She's very good and fast.
    """,
    r="NG",
    names="ng",
    n=1,
)
pos(
    "en",
    "Ghana/Kenya church group announcement with two numbers",
    """
    ANNOUNCEMENT: Youth retreat registration closes Friday. Contact Bro. ⟦f1⟧ ⟦P:GH::m⟧ or Sis. ⟦f2⟧ ⟦P:KE::m⟧. God bless!
    """,
    r="GH",
    names="ng",
    n=1,
)
pos(
    "en",
    "Indian job-application e-mail with Mob: and Email: cues",
    """
    Dear Sir/Madam,

    PFA my updated resume for the post of ⟦pick:Software Engineer|Data Analyst|Accounts Executive⟧.

    Regards,
    ⟦n1⟧
    Mob: ⟦P:IN:any:m⟧
    Email: ⟦E1⟧
    """,
    r="IN",
    names="in",
)
pos(
    "en",
    "Singapore marketplace listing, HP number",
    """
    Selling ⟦pick:IKEA study table|baby stroller|office chair⟧, good condition, self collect at ⟦pick:Tampines|Jurong East|Bishan⟧ MRT. HP: ⟦P:SG::m⟧ (WhatsApp only)
    """,
    r="SG",
    n=1,
)
pos(
    "en",
    "Kenyan M-Pesa style SMS, compact mobile after an upper-case name",
    """
    ⟦up:3⟧⟦num:2⟧⟦up:3⟧⟦num:1⟧⟦up:1⟧ Confirmed. Ksh⟦num:1⟧,⟦numz:3⟧.00 sent to ⟦N1⟧ ⟦P:KE:compact:m⟧ on ⟦date:slash_nz⟧ at ⟦time:12⟧. New M-PESA balance is Ksh⟦num:2⟧,⟦numz:3⟧.00.
    """,
    r="KE",
    names="sw",
    n=1,
)
pos(
    "en",
    "office directory note with Manila, KL and Hong Kong numbers",
    """
    Manila office: ⟦P:PH::f⟧ (landline) / ⟦P:PH::m⟧ (Globe)
    KL office: ⟦P:MY::f⟧
    Hong Kong desk: ⟦P:HK::f⟧
    """,
    r="PH",
    n=1,
)
pos(
    "en",
    "Canadian pharmacy reminder SMS with toll-free number",
    """
    ⟦pick:Shoppers|Rexall|London Drugs⟧ Pharmacy: your prescription is ready for pickup. Questions? Call ⟦P:CA:any:t⟧ or your store at ⟦P:CA:natv:f⟧.
    """,
    r="CA",
    n=1,
)
pos(
    "en",
    "emergency contacts list in notes, names then numbers with no cue",
    """
    EMERGENCY CONTACTS
    ⟦n1⟧ (mom)  ⟦P::any:m⟧
    ⟦n2⟧ (neighbor)  ⟦P::any:m⟧
    Dr. ⟦l3⟧  ⟦P::any:f⟧
    """,
    r="US",
    n=1,
)
pos(
    "en",
    "South African WhatsApp, 0xx cell number",
    """
    Howzit ⟦f2⟧! ⟦f1⟧ here, this is my new cell ⟦P:ZA::m⟧. Braai on Saturday still on?
    """,
    r="ZA",
    names="af",
    n=1,
)
pos(
    "en",
    "Messenger chat, Pakistani and Bangladeshi numbers for a delivery",
    """
    ⟦f1⟧: the courier guy in Lahore is ⟦P:PK::m⟧
    ⟦f1⟧: and for Dhaka use ⟦P:BD:intl:m⟧
    ⟦f2⟧: thanks, will share with the team
    """,
    r="PK",
    names="in",
    n=1,
)
pos(
    "en",
    "Puerto Rico dentist reminder with local number",
    """
    Reminder: ⟦f1⟧, you have a cleaning on ⟦date:us⟧ at ⟦time:12⟧. To reschedule call ⟦P:PR:natv:f⟧. Reply STOP to opt out.
    """,
    r="PR",
    names="es",
    n=2,
)

# ---- English: US forms with SSNs ---------------------------------------
pos(
    "en",
    "OCR of a W-2, SSN under box label, EIN look-alike",
    """
    Form W-2 Wage and Tax Statement ⟦year⟧
    a Employee's social security number
    ⟦S:d⟧
    b Employer identification number (EIN)
    ⟦ein⟧
    c Employer's name, address, and ZIP code
    ⟦co⟧
    ⟦num:3⟧ ⟦pick:Main St|Oak Ave|Industrial Pkwy⟧, ⟦pick:Columbus, OH|Tulsa, OK|Fresno, CA⟧ ⟦zip4⟧
    e Employee's first name and initial   Last name
    ⟦f1⟧ ⟦pick:A.|J.|M.|R.⟧ ⟦l1⟧
    1 Wages, tips, other compensation ⟦amt:plain⟧   2 Federal income tax withheld ⟦amt:plain⟧
    """,
    r="US",
    n=3,
)
pos(
    "en",
    "OCR of a Form 1040 header, taxpayer and spouse SSNs (spaced and dashed)",
    """
    Form 1040 U.S. Individual Income Tax Return ⟦year⟧
    Your first name and middle initial ⟦f1⟧   Last name ⟦l1⟧   Your social security number ⟦S:s⟧
    If joint return, spouse's first name and middle initial ⟦f2⟧   Last name ⟦l1⟧   Spouse's social security number ⟦S⟧
    Home address (number and street) ⟦num:4⟧ ⟦pick:Maple Dr|Cedar Ln|Elm St⟧   Apt. no. ⟦num:2⟧
    """,
    r="US",
)
pos(
    "en",
    "payroll CSV export with ssn column (dashed and bare)",
    """
    employee_id,first_name,last_name,ssn,hire_date,dept
    E⟦num:5⟧,⟦f1⟧,⟦l1⟧,⟦S:d⟧,⟦date:iso⟧,⟦pick:OPS|HR|FIN|IT⟧
    E⟦num:5⟧,⟦f2⟧,⟦l2⟧,⟦S:d⟧,⟦date:iso⟧,⟦pick:OPS|HR|FIN|IT⟧
    E⟦num:5⟧,⟦f3⟧,⟦l3⟧,⟦S:b⟧,⟦date:iso⟧,⟦pick:OPS|HR|FIN|IT⟧
    E⟦num:5⟧,⟦f4⟧,⟦l4⟧,⟦S:d⟧,⟦date:iso⟧,⟦pick:OPS|HR|FIN|IT⟧
    """,
    r="US",
)
pos(
    "en",
    "rental application form: SSN, cell and e-mail",
    """
    RENTAL APPLICATION
    Applicant name: ⟦n1⟧        Date of birth: ⟦dob:us⟧
    Social Security #: ⟦S⟧      Driver's License #: ⟦up:1⟧⟦num:7⟧
    Current address: ⟦num:4⟧ ⟦pick:W 5th St|Park Blvd|Lakeview Rd⟧, Apt ⟦num:1⟧⟦pick:A|B|C⟧
    Phone (cell): ⟦P:US⟧     E-mail: ⟦E1⟧
    Current landlord: ⟦n2⟧
    Monthly rent: ⟦amt:$⟧
    """,
    r="US",
)
pos(
    "en",
    "medical intake form: SS# cue, member id look-alike, emergency phone",
    """
    PATIENT REGISTRATION
    Name (Last, First): ⟦l1⟧, ⟦f1⟧
    DOB: ⟦dob:us⟧   Sex: ⟦pick:F|M⟧
    SS#: ⟦S⟧
    Primary insurance: ⟦pick:Aetna|Blue Cross Blue Shield|UnitedHealthcare|Cigna⟧  Member ID: ⟦up:3⟧⟦num:9⟧  Group #: ⟦num:6⟧
    Emergency contact: ⟦n2⟧ (⟦pick:spouse|mother|brother|friend⟧) ⟦P:US⟧
    """,
    r="US",
)
pos(
    "en",
    "school enrollment form with optional parent SSN",
    """
    ⟦pick:Lincoln|Roosevelt|Jefferson⟧ Elementary – Student Enrollment Form
    Student: ⟦n3⟧   Grade: ⟦pick:K|1|2|3|4|5⟧
    Parent/Guardian 1: ⟦n1⟧   SSN (optional, for free lunch program): ⟦S⟧
    Home phone ⟦P:US::f⟧
    Parent/Guardian 2: ⟦n2⟧
    """,
    r="US",
    n=2,
)
pos(
    "en",
    "couple's chat, bare 9-digit SSN after 'whats your social'",
    """
    ⟦f2⟧: babe whats your social again? filling out the insurance thing
    ⟦f1⟧: ⟦S:b⟧
    ⟦f1⟧: dont save it in your notes lol
    """,
    r="US",
    n=3,
)
pos(
    "en",
    "to-do note with dentist phone and SSN for HR, account number look-alike",
    """
    TODO ⟦d⟧
    - call dentist re: crown ⟦P::natv:f⟧
    - HR needs my SSN for the 401k rollover → ⟦S⟧
    - pay water bill (acct ⟦num:8⟧)
    - pick up dry cleaning
    """,
    r="US",
)
pos(
    "en",
    "bank call transcript: SSN spoken with spaces, callback number",
    """
    Agent: Thank you for calling ⟦pick:First National|Pinnacle|Heritage⟧ Bank, can I have your full name?
    Caller: ⟦n1⟧.
    Agent: And for verification, your Social Security number?
    Caller: Sure, it's ⟦S:s⟧.
    Agent: Thank you. And the best number to reach you?
    Caller: ⟦P:US:natv⟧.
    """,
    r="US",
)
pos(
    "en",
    "benefits enrollment dependents table with SSN column",
    """
    DEPENDENT INFORMATION
    Name                 Relationship   DOB          SSN
    ⟦n2⟧         Spouse         ⟦dob:us⟧   ⟦S:d⟧
    ⟦n3⟧         Child          ⟦dob:us:child⟧   ⟦S:d⟧
    ⟦n4⟧         Child          ⟦dob:us:child⟧   ⟦S⟧
    """,
    r="US",
)
pos(
    "en",
    "mortgage application excerpt: borrower and co-borrower SSNs",
    """
    Uniform Residential Loan Application
    Borrower: ⟦n1⟧   Social Security Number ⟦S⟧   Home Phone ⟦P:US:nat:f⟧
    Co-Borrower: ⟦n2⟧   Social Security Number ⟦S⟧
    Loan amount: ⟦amt:$⟧   Loan #: ⟦num:10⟧
    """,
    r="US",
)
pos(
    "en",
    "Form I-9 section 1 OCR: spaced SSN, e-mail and telephone",
    """
    Section 1. Employee Information and Attestation
    Last Name ⟦l1⟧  First Name ⟦f1⟧  Middle Initial ⟦pick:A|K|L|T⟧
    Date of Birth ⟦dob:us⟧  U.S. Social Security Number ⟦S:s⟧
    Employee's E-mail Address ⟦E1⟧  Employee's Telephone Number ⟦P:US:nat⟧
    """,
    r="US",
)
pos(
    "en",
    "tax preparer SMS and reply listing family SSNs after first names",
    """
    ⟦f2⟧ (⟦co⟧): Hi ⟦f1⟧, to e-file I still need your daughter's SSN and your husband's. Reply here or call ⟦P:US⟧.
    ⟦f1⟧: ⟦f3⟧ ⟦S⟧, ⟦f4⟧ ⟦S⟧
    ⟦f2⟧ (⟦co⟧): Perfect, thank you!
    """,
    r="US",
)
pos(
    "en",
    "tab-separated client list pasted from a spreadsheet, SSN column",
    """
    Client\tSSN\tFiling status\tRefund
    ⟦n1⟧\t⟦S:d⟧\tMFJ\t⟦amt:$⟧
    ⟦n2⟧\t⟦S:d⟧\tSingle\t⟦amt:$⟧
    ⟦n3⟧\t⟦S:b⟧\tHOH\t⟦amt:$⟧
    """,
    r="US",
)
pos(
    "en",
    "notes app list of kids' SSNs, no cue per line",
    """
    Kids SSNs
    ⟦f2⟧ - ⟦S⟧
    ⟦f3⟧ - ⟦S⟧
    (passport numbers are in the blue folder)
    """,
    r="US",
)
pos(
    "en",
    "HR e-mail about a new hire with SSN and personal e-mail",
    """
    Subject: New hire paperwork – ⟦n1⟧

    Hi team, please set up ⟦f1⟧ in ADP. SSN: ⟦S⟧, start date ⟦date:us⟧, personal email ⟦E1⟧.
    Thanks, ⟦f2⟧
    """,
    r="US",
)
pos(
    "en",
    "background check consent form with Social Security No.",
    """
    AUTHORIZATION FOR BACKGROUND CHECK
    Full legal name: ⟦n1⟧
    Other names used: none
    Social Security No.: ⟦S⟧
    Date of birth: ⟦dob:us⟧
    Email: ⟦E1⟧
    """,
    r="US",
)
pos(
    "en",
    "markdown table of household members with SSN column",
    """
    | Name | SSN | Relationship |
    |------|-----|--------------|
    | ⟦n1⟧ | ⟦S:d⟧ | self |
    | ⟦n2⟧ | ⟦S:d⟧ | spouse |
    | ⟦n3⟧ | ⟦S:d⟧ | child |
    """,
    r="US",
)
pos(
    "en",
    "assistant question with own SSN and an invalid SSN-shaped typo (unlabelled)",
    """
    my SSN is ⟦S:d⟧ but my employer keeps putting ⟦ssnbad⟧ on my W-2, how do I get them to fix it?
    """,
    r="US",
)
pos(
    "en",
    "student loan form: borrower SSN (spaced)",
    """
    Borrower's Social Security Number: ⟦S:s⟧
    Reference 1: ⟦n2⟧ (⟦pick:aunt|coworker|neighbor⟧)
    Loan period: ⟦date:us⟧ – ⟦date:us⟧
    """,
    r="US",
)
pos(
    "en",
    "insurance claim form: SSN/TIN with policy and claim numbers nearby",
    """
    CLAIM FORM
    Insured: ⟦n1⟧   Insured SSN/TIN: ⟦S⟧
    Policy No.: ⟦up:2⟧⟦num:8⟧   Claim #: ⟦num:10⟧
    Date of loss: ⟦date:us⟧   Contact phone: ⟦P:US⟧
    """,
    r="US",
)
pos(
    "en",
    "bank account opening checklist with soc. sec. no. and masked card",
    """
    New account – ⟦n1⟧
    soc. sec. no. ⟦S⟧
    debit card issued: ⟦mask4⟧
    """,
    r="US",
)
pos(
    "en",
    "daycare emergency form with parent SSN and cell number",
    """
    ⟦pick:Little Sprouts|Sunshine|Happy Hearts⟧ Daycare – Emergency Card
    Child: ⟦n3⟧
    Parent: ⟦n1⟧  Cell: ⟦P:US:natv⟧
    Parent SSN (for tax statement): ⟦S⟧
    Authorized pick-up: ⟦n2⟧
    """,
    r="US",
)
pos(
    "en",
    "voice-note transcript giving SSN digits with spaces and no keyword",
    """
    [voice note 0:14] ok so for mom's form, her social is ⟦S:s⟧, date of birth ⟦dob:us⟧, and the doctor's office is ⟦P:US:nat:f⟧
    """,
    r="US",
)

# ---- English: cards ------------------------------------------------------
pos(
    "en",
    "support ticket: declined card number, order id and callback phone",
    """
    Ticket #⟦num:6⟧ – Payment declined
    Customer: ⟦n1⟧ <⟦E1⟧>
    Description: Customer says card ⟦C⟧ was declined twice at checkout (order ⟦up:2⟧-⟦num:7⟧). Asked to call back at ⟦P⟧ after 5pm.
    Priority: Medium
    """,
    r="US CA GB",
)
pos(
    "en",
    "payment details form with card, expiry, CVV and billing ZIP",
    """
    Payment details
    Cardholder name: ⟦n1⟧
    Card number: ⟦C⟧
    Expiry: ⟦mmyy⟧   CVV: ⟦num:3⟧
    Billing ZIP: ⟦num:5⟧
    """,
    r="US",
)
pos(
    "en",
    "chat where a friend sends a compact card number for a booking",
    """
    ⟦f1⟧: can u send me ur card for the airbnb, mine keeps getting rejected
    ⟦f2⟧: ⟦C::c⟧ ⟦mmyy⟧ ⟦num:3⟧
    ⟦f2⟧: delete after pls
    """,
    r="US",
    n=3,
)
pos(
    "en",
    "hotel credit card authorization form (OCR)",
    """
    CREDIT CARD AUTHORIZATION FORM
    Guest name: ⟦n1⟧   Confirmation #: ⟦num:9⟧
    Card type: ☐ Visa ☐ MasterCard ☐ Amex ☐ Discover
    Card Number ⟦C⟧   Exp ⟦mmyy⟧   CVV ⟦num:3⟧
    Cardholder signature ________________
    """,
    r="US GB",
)
pos(
    "en",
    "personal notes listing cards, one masked (unlabelled)",
    """
    cards
    amex gold ⟦C:amex⟧ exp ⟦mmyy⟧
    chase ⟦C:visa⟧
    costco citi ⟦mask4⟧ (new one coming)
    """,
    r="US",
)
pos(
    "en",
    "fraud dispute e-mail quoting the full card number",
    """
    Hello,

    I would like to dispute three charges on my card ⟦C⟧ dated ⟦date:us⟧ for ⟦amt:$⟧ at "⟦pick:ONLINE MKTPLACE|TRAVEL SVC|GAMESTORE⟧". I did not authorize them.
    Please reply to this e-mail (⟦E1⟧).

    ⟦n1⟧
    """,
    r="US CA",
)
pos(
    "en",
    "transactions CSV export with a card_number column",
    """
    txn_id,date,card_number,amount,merchant
    ⟦num:8⟧,⟦date:iso⟧,⟦C::c⟧,⟦amt:plain⟧,⟦pick:GROCERY OUTLET|SHELL OIL|UBER TRIP|NETFLIX.COM⟧
    ⟦num:8⟧,⟦date:iso⟧,⟦C::c⟧,⟦amt:plain⟧,⟦pick:TARGET|WALGREENS|AMAZON MKTP|SPOTIFY⟧
    ⟦num:8⟧,⟦date:iso⟧,⟦C::c⟧,⟦amt:plain⟧,⟦pick:STARBUCKS|CVS|DELTA AIR|HOME DEPOT⟧
    """,
    r="US",
    n=2,
)
pos(
    "en",
    "payment gateway debug log leaking PANs (JSON lines)",
    """
    {"ts":"⟦dtiso⟧","level":"DEBUG","event":"charge.attempt","pan":"⟦C::c⟧","amount":⟦num:4⟧,"currency":"USD"}
    {"ts":"⟦dtiso⟧","level":"DEBUG","event":"charge.attempt","pan":"⟦C::c⟧","amount":⟦num:3⟧,"currency":"USD"}
    {"ts":"⟦dtiso⟧","level":"WARN","event":"charge.declined","request_id":"⟦uuid⟧"}
    """,
    r="US",
    n=2,
)
pos(
    "en",
    "Nigerian shopping chat with Verve card",
    """
    ⟦f1⟧: abeg use my card pay for the generator, ⟦C:verve⟧ expiry ⟦mmyy⟧, I'll send OTP
    ⟦f2⟧: ok 👍
    """,
    r="NG",
    names="ng",
    n=2,
)
pos(
    "en",
    "subscription signup confirmation listing card and e-mail",
    """
    Welcome to ⟦pick:StreamPlus|FitClub|CloudBox⟧!
    Account email: ⟦E1:tag⟧
    Payment method: ⟦pick:Diners Club|Discover|JCB|Mastercard⟧ ⟦C⟧ (will be charged monthly)
    Order number ⟦num:3⟧-⟦num:7⟧
    """,
    r="US",
)

# ---- English: IPs, logs, config -----------------------------------------
pos(
    "en",
    "nginx access log with IPv4 and IPv6 clients",
    """
    ⟦IP4⟧ - - [⟦clf⟧] "GET /index.html HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
    ⟦IP4⟧ - - [⟦clf⟧] "POST /api/login HTTP/1.1" 401 89 "-" "python-requests/2.31.0"
    ⟦IP6⟧ - - [⟦clf⟧] "GET /favicon.ico HTTP/2.0" 404 0 "https://⟦dom⟧/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
    """,
    r="US",
)
pos(
    "en",
    "sshd auth log: repeated attacker IP, ports not labelled",
    """
    ⟦syslog⟧ ⟦host⟧ sshd[⟦num:5⟧]: Failed password for invalid user admin from ⟦IP4#1⟧ port ⟦num:5⟧ ssh2
    ⟦syslog⟧ ⟦host⟧ sshd[⟦num:5⟧]: Failed password for root from ⟦IP4#1⟧ port ⟦num:5⟧ ssh2
    ⟦syslog⟧ ⟦host⟧ sshd[⟦num:5⟧]: Accepted publickey for deploy from ⟦IP4⟧ port ⟦num:5⟧ ssh2: ED25519 SHA256:⟦b64:43⟧
    ⟦syslog⟧ ⟦host⟧ sshd[⟦num:5⟧]: Connection closed by ⟦IP6⟧ port ⟦num:5⟧ [preauth]
    """,
    r="US",
)
pos(
    "en",
    "bash history with ssh/ping/curl/ufw targets (user@IP, only IP labelled)",
    """
      501  ssh -i ~/.ssh/id_ed25519 ubuntu@⟦IP4⟧
      502  ping -c 4 ⟦IP4⟧
      503  sudo ufw allow from ⟦IP4⟧ to any port 22
      504  curl -s https://ipinfo.io/⟦IP4⟧/json | jq .
      505  git status
    """,
    r="US",
)
pos(
    "en",
    "chat asking to whitelist home and office IPs, private LAN address unlabelled",
    """
    ⟦f1⟧: can you whitelist my home IP? it's ⟦IP4⟧ (the router itself is ⟦ipriv⟧ obviously)
    ⟦f2⟧: done. also added the office one, ⟦IP4⟧
    """,
    r="US",
)
pos(
    "en",
    "security alert e-mail: new sign-in IP and recipient address",
    """
    New sign-in to your account

    We noticed a new sign-in on ⟦date:en_long⟧ at ⟦time:12⟧ (UTC).
    Device: ⟦pick:Chrome on Windows|Safari on iPhone|Firefox on Linux⟧
    IP address: ⟦IP4⟧
    If this wasn't you, reset your password now.

    This message was sent to ⟦E1⟧.
    """,
    r="US",
)
pos(
    "en",
    "fail2ban log banning several IPs",
    """
    ⟦dtlog⟧ fail2ban.actions [⟦num:4⟧]: NOTICE [sshd] Ban ⟦IP4⟧
    ⟦dtlog⟧ fail2ban.actions [⟦num:4⟧]: NOTICE [nginx-botsearch] Ban ⟦IP4⟧
    ⟦dtlog⟧ fail2ban.actions [⟦num:4⟧]: NOTICE [sshd] Unban ⟦IP4⟧
    """,
    r="US",
    n=2,
)
pos(
    "en",
    "application JSON log with client_ip and numeric user id",
    """
    {"ts":"⟦dtiso⟧","level":"warn","msg":"rate limit exceeded","client_ip":"⟦IP4⟧","user_id":⟦num:7⟧,"path":"/v2/search","retry_after":30}
    """,
    r="US",
)
pos(
    "en",
    "firewall CSV export, public sources labelled, private destinations not",
    """
    src_ip,dst_ip,dst_port,action
    ⟦IP4⟧,⟦ipriv⟧,443,ALLOW
    ⟦IP4⟧,⟦ipriv⟧,22,DENY
    ⟦IP6⟧,⟦ip6priv⟧,443,ALLOW
    """,
    r="US",
)
pos(
    "en",
    "ISP support ticket with WAN IPv6 and LAN gateway",
    """
    Subject: IPv6 not working since ⟦date:us⟧

    My router shows WAN IPv6 ⟦IP6⟧ but devices only get link-local addresses. LAN gateway is 192.168.0.1. Account holder ⟦n1⟧.
    """,
    r="US CA",
)
pos(
    "en",
    "raw e-mail headers: Received line with bracketed IP, Return-Path and From",
    """
    Return-Path: <⟦E1⟧>
    Received: from mail-⟦hex:6⟧.⟦dom⟧ (mail-⟦hex:6⟧.⟦dom⟧ [⟦IP4⟧])
            by mx.google.com with ESMTPS id ⟦alnum:12⟧;
            ⟦pick:Mon|Tue|Wed⟧, ⟦num:2⟧ ⟦pick:Jan|Feb|Mar⟧ ⟦year⟧ ⟦time:s⟧ -0800 (PST)
    From: ⟦n1⟧ <⟦E1⟧>
    """,
    r="US",
)
pos(
    "en",
    "reverse-proxy request headers with X-Forwarded-For chain",
    """
    GET /checkout HTTP/1.1
    Host: shop.⟦dom⟧
    X-Forwarded-For: ⟦IP4⟧, ⟦IP4⟧, ⟦ipriv⟧
    User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)
    """,
    r="US",
)
pos(
    "en",
    "INI config with sender address, SMS number and allowed IP",
    """
    [mail]
    smtp_host = smtp.⟦dom⟧
    smtp_port = 587
    from_address = ⟦Er:noreply⟧

    [alerts]
    sms_to = ⟦P::e164:m⟧
    allowed_ip = ⟦IP4⟧
    """,
    r="US GB DE",
)
pos(
    "en",
    "Apache combined log line with IPv6 client and referer",
    """
    ⟦IP6⟧ - ⟦f1⟧ [⟦clf⟧] "GET /account/settings HTTP/1.1" 200 2331 "https://⟦dom⟧/login" "Mozilla/5.0 (X11; Linux x86_64)"
    """,
    r="US",
)
pos(
    "en",
    "Discord-style chat sharing a game server IP with port",
    """
    ⟦f1⟧: server's back up, connect to ⟦IP4⟧:25565
    ⟦f2⟧: ty!! is the old ⟦ipdoc⟧ one dead?
    ⟦f1⟧: yeah that was just the example from the docs lol
    """,
    r="US",
)
pos(
    "en",
    "cloud audit log with sourceIPAddress and principal e-mail",
    """
    {"eventTime":"⟦dtiso⟧","eventName":"ConsoleLogin","sourceIPAddress":"⟦IP4⟧","userIdentity":{"type":"IAMUser","userName":"⟦f1⟧","email":"⟦E1w⟧"},"responseElements":{"ConsoleLogin":"Success"}}
    """,
    r="US",
)

# ---- English: e-mail heavy ------------------------------------------------
pos(
    "en",
    "party RSVP note listing guests' e-mails",
    """
    RSVPs so far:
    ✔ ⟦n1⟧ – ⟦E1⟧ (+1)
    ✔ ⟦n2⟧ – ⟦E2⟧
    ? ⟦n3⟧ – ⟦E3⟧ (maybe)
    """,
    r="US",
    n=1,
)
pos(
    "en",
    "mailing list footer with unsubscribe and plus-tagged address",
    """
    You are receiving this because you signed up as ⟦E1:tag⟧.
    Questions? Write to ⟦Er:support⟧. ⟦co⟧, ⟦num:3⟧ ⟦pick:Market St|Pine Ave⟧, ⟦city⟧.
    """,
    r="US",
    n=1,
)
pos(
    "en",
    "Signal group message with e-mail addresses for a shared doc",
    """
    ⟦f1⟧: I'll share the budget sheet, what emails should I use?
    ⟦f2⟧: ⟦E2⟧
    ⟦f3⟧: work one pls ⟦E3w⟧
    """,
    r="US",
    n=1,
)

# ---- Spanish ---------------------------------------------------------------
pos(
    "es",
    "WhatsApp familiar (EE. UU.): número de seguro social enviado por chat",
    """
    [⟦d⟧ ⟦t⟧] ⟦f1⟧: Mija, mándame tu número de seguro social para lo de los taxes
    [⟦d⟧ ⟦t⟧] ⟦f2⟧: ⟦S⟧
    [⟦d⟧ ⟦t⟧] ⟦f1⟧: gracias 🙏 y el de tu esposo?
    [⟦d⟧ ⟦t⟧] ⟦f2⟧: ⟦S:b⟧
    """,
    r="US",
    n=3,
)
pos(
    "es",
    "solicitud de empleo (EE. UU.) con Número de Seguro Social y teléfono",
    """
    SOLICITUD DE EMPLEO
    Nombre completo: ⟦n1⟧
    Número de Seguro Social: ⟦S⟧
    Teléfono: ⟦P:US:natv⟧
    Puesto deseado: ⟦pick:cocinero|ayudante general|recepcionista|chofer⟧
    """,
    r="US",
)
pos(
    "es",
    "registro de paciente en clínica comunitaria: N.º de Seguro Social",
    """
    Registro de paciente
    Nombre: ⟦n1⟧   Fecha de nacimiento: ⟦dob:us⟧
    N.º de Seguro Social: ⟦S:s⟧
    Seguro médico: Medicaid   ID de miembro: ⟦up:2⟧⟦num:7⟧⟦up:1⟧
    Celular: ⟦P:US:nat:m⟧
    """,
    r="US",
)
pos(
    "es",
    "nota con 'social' sin guiones, ITIN del esposo (no etiquetado) y celular",
    """
    Datos para la aplicación de ⟦f1⟧:
    - social: ⟦S:b⟧
    - ITIN del esposo: ⟦itin⟧
    - cel ⟦P:US⟧
    - dirección nueva pendiente
    """,
    r="US",
)
pos(
    "es",
    "correo de oficina de impuestos pidiendo confirmar el SSN",
    """
    Estimada Sra. ⟦l1⟧:

    Para completar su declaración necesitamos confirmar su número de Seguro Social (⟦S⟧) y el de su hijo ⟦f3⟧ (⟦S⟧). Puede llamarnos al ⟦P:US:nat:f⟧ o responder a ⟦Er:impuestos⟧.

    Atentamente,
    ⟦co⟧
    """,
    r="US",
)
pos(
    "es",
    "transcripción de llamada: seguro social con espacios y teléfono",
    """
    Agente: ¿Me confirma su número de seguro social?
    Cliente: Sí, es el ⟦S:s⟧.
    Agente: Gracias. ¿Y un teléfono de contacto?
    Cliente: ⟦P:US:natv⟧, es mi celular.
    """,
    r="US",
)
pos(
    "es",
    "CSV de empleados con columna seguro_social",
    """
    nombre,seguro_social,fecha_ingreso
    ⟦n1⟧,⟦S:d⟧,⟦date:iso⟧
    ⟦n2⟧,⟦S:d⟧,⟦date:iso⟧
    ⟦n3⟧,⟦S:b⟧,⟦date:iso⟧
    """,
    r="US",
)
pos(
    "es",
    "formulario W-2PR de Puerto Rico con Número de Seguro Social del empleado",
    """
    Comprobante de Retención – Formulario 499R-2/W-2PR ⟦year⟧
    Número de Seguro Social del Empleado: ⟦S⟧
    Nombre del empleado: ⟦n1⟧
    Teléfono del patrono: ⟦P:PR:nat:f⟧
    Número de identificación patronal: ⟦ein⟧
    """,
    r="PR",
)
pos(
    "es",
    "WhatsApp en España: móvil del fontanero sin prefijo",
    """
    [⟦d⟧ ⟦t⟧] ⟦f1⟧: Oye, te paso el móvil de mi primo por si necesitas fontanero: ⟦P:ES::m⟧
    [⟦d⟧ ⟦t⟧] ⟦f2⟧: Genial, gracias!! Le escribo mañana
    """,
    r="ES",
)
pos(
    "es",
    "factura española con CIF (no etiquetado), teléfono e IBAN",
    """
    FACTURA N.º ⟦year⟧/⟦num:4⟧
    ⟦co⟧ – CIF B⟦num:8⟧
    Tel. ⟦P:ES::f⟧
    Concepto: reforma de baño – ⟦amt:€⟧
    Forma de pago: transferencia bancaria
    IBAN: ⟦I:ES⟧
    """,
    r="ES",
    b="ES",
)
pos(
    "es",
    "chat mexicano: celular de la señora de la limpieza",
    """
    ⟦f1⟧: ya tienes el cel de la señora de la limpieza?
    ⟦f2⟧: sí, es el ⟦P:MX::m⟧, se llama doña ⟦f3⟧
    ⟦f1⟧: mil gracias
    """,
    r="MX",
)
pos(
    "es",
    "mensaje argentino por un alquiler, celular con 15",
    """
    Hola! Soy ⟦f1⟧, te escribo por el depto en alquiler en ⟦pick:Palermo|Belgrano|Caballito⟧. Mi cel es ⟦P:AR:nat:m⟧ (WhatsApp ⟦P:AR:intl:m⟧). Saludos
    """,
    r="AR",
    n=1,
)
pos(
    "es",
    "volante de domicilios en Colombia con celular y fijo",
    """
    🍔 Domicilios: 📞 ⟦P:CO::m⟧ / ⟦P:CO::f⟧
    Horario: lunes a sábado 8 a.m. – 6 p.m.
    Pedido mínimo $⟦num:2⟧.000
    """,
    r="CO",
    n=1,
)
pos(
    "es",
    "firma de correo en Chile con Cel",
    """
    Saludos cordiales,
    ⟦n1⟧
    Jefa de Proyectos | ⟦co⟧
    Cel: ⟦P:CL::m⟧
    ⟦E1w⟧
    """,
    r="CL",
)
pos(
    "es",
    "aviso clasificado en Perú con celular y correo",
    """
    Vendo departamento en ⟦pick:Miraflores|San Isidro|Surco⟧, 3 dorm., 2 baños. Informes al ⟦P:PE::m⟧ o escribir a ⟦E1⟧
    """,
    r="PE",
)
pos(
    "es",
    "chat en España: tarjeta para reservar el hotel",
    """
    ⟦f1⟧: Te paso la tarjeta para reservar el hotel: ⟦C⟧, caduca ⟦mmyy⟧
    ⟦f2⟧: Vale, ya está. Te mando la confirmación al correo
    """,
    r="ES",
)
pos(
    "es",
    "cuota de la peña: Bizum al móvil o transferencia al IBAN",
    """
    Para la cuota de la peña: ⟦amt:€⟧ por Bizum al ⟦P:ES:natv:m⟧ o transferencia a ⟦I:ES⟧ (titular ⟦n1⟧). Fecha límite ⟦date⟧.
    """,
    r="ES",
    b="ES",
)
pos(
    "es",
    "respuesta con encabezado citado en español",
    """
    Perfecto, nos vemos el lunes.

    El ⟦date:long⟧, a las ⟦time⟧, ⟦n2⟧ <⟦E2⟧> escribió:
    > Hola ⟦f1⟧, te confirmo la cita. Cualquier cosa llámame al ⟦P:ES::m⟧.
    """,
    r="ES MX",
)
pos(
    "es",
    "solicitud de crédito en México con CURP y RFC (no etiquetados)",
    """
    Solicitud de crédito
    Nombre: ⟦n1⟧
    CURP: ⟦id:curp⟧
    RFC: ⟦up:4⟧⟦num:6⟧⟦alnum:3⟧
    Teléfono celular: ⟦P:MX:natv:m⟧
    Correo: ⟦E1⟧
    """,
    r="MX",
)

# ---- Portuguese ----------------------------------------------------------
pos(
    "pt",
    "grupo de WhatsApp no Brasil: número novo com DDD entre parênteses",
    """
    ⟦f1⟧: Gente, o número novo da ⟦f2⟧ é ⟦P:BR::m⟧, ela perdeu o celular 😩
    ⟦f3⟧: salvei!
    """,
    r="BR",
    n=3,
)
pos(
    "pt",
    "chaves Pix (e-mail e celular) e CPF no comprovante (não etiquetado)",
    """
    Pix: ⟦E1⟧ (⟦n1⟧) ou chave celular ⟦P:BR:e164:m⟧. Manda o comprovante aqui, por favor. CPF ⟦id:cpf⟧
    """,
    r="BR",
)
pos(
    "pt",
    "mensagem com cartão Elo/Hipercard para reserva",
    """
    Oi, segue o cartão pra você fazer a reserva: ⟦C:elo⟧ val ⟦mmyy⟧. Qualquer coisa me liga ⟦P:BR:natv:m⟧
    """,
    r="BR",
)
pos(
    "pt",
    "fatura portuguesa com NIF (não etiquetado), IBAN PT50 e telefone",
    """
    Fatura n.º FT ⟦year⟧/⟦num:4⟧
    ⟦co⟧ – NIF ⟦num:9⟧
    Total a pagar: ⟦amt:€⟧
    IBAN: ⟦I:PT⟧
    Telefone: ⟦P:PT::f⟧
    """,
    r="PT",
    b="PT",
)
pos(
    "pt",
    "SMS de professora em Portugal com telemóvel",
    """
    Olá, sou a ⟦f1⟧, professora da turma ⟦pick:3.º A|4.º B|2.º C⟧. O meu telemóvel é ⟦P:PT::m⟧, liguem se houver algum problema.
    """,
    r="PT",
)
pos(
    "pt",
    "dados para transferência internacional (IBAN BR)",
    """
    Dados bancários para transferência internacional:
    Beneficiário: ⟦n1⟧
    IBAN: ⟦I:BR⟧
    SWIFT: ⟦bic⟧
    """,
    r="BR",
    b="BR",
    n=2,
)

# ---- French --------------------------------------------------------------
pos(
    "fr",
    "SMS : nouveau numéro de portable au format 06 xx xx xx xx",
    """
    Salut c'est ⟦f1⟧, j'ai changé de numéro : ⟦P:FR::m⟧. Bisous
    """,
    r="FR",
    n=3,
)
pos(
    "fr",
    "signature d'e-mail avec Port.",
    """
    Cordialement,

    ⟦n1⟧
    Responsable administrative
    ⟦co⟧
    Port. : ⟦P:FR:intlv:m⟧
    ⟦E1w⟧
    """,
    r="FR",
)
pos(
    "fr",
    "RIB OCR : titulaire, IBAN FR76 et BIC",
    """
    RELEVÉ D'IDENTITÉ BANCAIRE
    Titulaire : ⟦N1⟧
    Domiciliation : ⟦pick:BNP PARIBAS|CREDIT AGRICOLE|LA BANQUE POSTALE|SOCIETE GENERALE⟧ ⟦pick:LYON|NANTES|RENNES⟧
    IBAN : ⟦I:FR⟧
    BIC : ⟦bic⟧
    """,
    r="FR",
    b="FR",
)
pos(
    "fr",
    "message belge pour le loyer : IBAN BE et GSM",
    """
    Bonjour, pour le loyer de ⟦pick:mars|avril|mai⟧ : virement sur ⟦I:BE⟧ au nom de ⟦n1⟧. En cas de souci : ⟦P:BE::m⟧.
    """,
    r="BE",
    b="BE",
)
pos(
    "fr",
    "cabinet suisse : secrétariat par téléphone",
    """
    Pour toute question, contactez notre secrétariat au ⟦P:CH::f⟧ (lundi–jeudi, 8 h–12 h).
    """,
    r="CH",
)
pos(
    "fr",
    "petite annonce : contact de préférence par SMS",
    """
    Vends canapé d'angle très bon état, ⟦num:3⟧ €. À récupérer sur place (⟦pick:Lyon 7e|Nantes|Lille⟧). Contact ⟦P:FR:natv:m⟧ de préférence par SMS.
    """,
    r="FR",
)
pos(
    "fr",
    "WhatsApp : numéros au Maroc et au Sénégal",
    """
    Salam, c'est ⟦f1⟧. Mon numéro WhatsApp : ⟦P:MA::m⟧
    Et pour mon frère à Dakar : ⟦P:SN:intl:m⟧
    """,
    r="MA",
    names="fr",
    n=1,
)
pos(
    "fr",
    "réservation au Québec : téléphone et courriel",
    """
    Pour réserver, appelez au ⟦P:CA:natv:f⟧ ou écrivez à ⟦Er:reservations⟧.
    """,
    r="CA",
    n=1,
)
pos(
    "fr",
    "note de paiement par carte bancaire",
    """
    Paiement cantine : carte n° ⟦C⟧ expirant fin ⟦mmyy⟧ (celle de ⟦f2⟧)
    """,
    r="FR",
)
pos(
    "fr",
    "réponse avec en-tête cité en français",
    """
    Merci, c'est noté.

    Le ⟦date:long⟧ à ⟦time⟧, ⟦n2⟧ <⟦E2⟧> a écrit :
    > Bonjour ⟦f1⟧, je vous confirme le rendez-vous. Mon portable : ⟦P:FR::m⟧.
    """,
    r="FR",
)

# ---- German ----------------------------------------------------------------
pos(
    "de",
    "WhatsApp-Gruppe: Schlüsseldienst (Festnetz) und Handynummer ohne Stichwort",
    """
    [⟦d⟧, ⟦t:s⟧] ⟦f1⟧: Hier die Nummer vom Schlüsseldienst ⟦P:DE::f⟧
    [⟦d⟧, ⟦t:s⟧] ⟦f2⟧: Danke! Hat ⟦f3⟧ auch eine Handynummer?
    [⟦d⟧, ⟦t:s⟧] ⟦f1⟧: ⟦P:DE:natv:m⟧
    """,
    r="DE",
    n=3,
)
pos(
    "de",
    "Impressum mit Telefax, E-Mail und USt-IdNr. (nicht markiert)",
    """
    Impressum
    ⟦co⟧
    ⟦pick:Hauptstraße|Bahnhofstraße|Gartenweg⟧ ⟦num:2⟧
    ⟦num:5⟧ ⟦city⟧
    Telefax: ⟦P:DE:intlv:f⟧
    E-Mail: ⟦Er:info⟧
    USt-IdNr.: DE⟦num:9⟧
    Handelsregister: HRB ⟦num:5⟧, Amtsgericht ⟦city⟧
    """,
    r="DE",
)
pos(
    "de",
    "Rechnung: Bankverbindung mit IBAN und BIC",
    """
    Bitte überweisen Sie den Betrag von ⟦amt:€de⟧ bis zum ⟦date⟧ auf folgendes Konto:
    Kontoinhaber: ⟦n1⟧
    IBAN: ⟦I:DE⟧
    BIC: ⟦bic⟧
    Verwendungszweck: Rechnung ⟦num:6⟧
    """,
    r="DE",
    b="DE",
    n=3,
)
pos(
    "de",
    "österreichische Nachricht mit neuer Handynummer",
    """
    Servus ⟦f2⟧, meine neue Nummer: ⟦P:AT::m⟧. lg ⟦f1⟧
    """,
    r="AT",
    n=1,
)
pos(
    "de",
    "Schweizer E-Mail-Gruss mit Natel und Adresse",
    """
    Grüezi ⟦f2⟧

    Bei Fragen erreichen Sie mich unter ⟦P:CH:nat:m⟧ oder ⟦E1w⟧.

    Freundliche Grüsse
    ⟦n1⟧
    """,
    r="CH",
)
pos(
    "de",
    "Kleinanzeige mit Telefon (auch WhatsApp)",
    """
    Verkaufe Kinderfahrrad 20 Zoll, ⟦num:2⟧ € VB. Abholung in ⟦city⟧. Tel. ⟦P:DE:natv:m⟧ (gerne auch WhatsApp)
    """,
    r="DE",
)
pos(
    "de",
    "Antwort mit zitiertem Kopf (Am … schrieb …)",
    """
    Passt, danke!

    Am ⟦date⟧ um ⟦time⟧ schrieb ⟦n2⟧ <⟦E2⟧>:
    > Hallo ⟦f1⟧, anbei der Vertrag. Rückfragen gern unter ⟦P:DE:nat:f⟧.
    """,
    r="DE",
)
pos(
    "de",
    "Notiz mit Kreditkarte und Prüfziffer",
    """
    Kreditkarte (Papa): ⟦C:mc⟧ gültig bis ⟦mmyy⟧ Prüfziffer ⟦num:3⟧
    """,
    r="DE",
)
pos(
    "de",
    "Steuer-Notiz: Steuer-ID (nicht markiert) und IBAN kompakt",
    """
    Steuererklärung ⟦year⟧
    Steuer-ID: ⟦id:steuerid⟧
    Erstattung auf: ⟦I:DE:c⟧
    Rückfragen Finanzamt: ⟦P:DE::f⟧
    """,
    r="DE",
    b="DE",
)
pos(
    "de",
    "SEPA-Lastschriftmandat mit Gläubiger-ID (nicht markiert) und IBAN",
    """
    SEPA-Lastschriftmandat
    Gläubiger-Identifikationsnummer: DE⟦num:2⟧ZZZ0000⟦num:7⟧
    Mandatsreferenz: ⟦num:10⟧
    Name des Zahlungspflichtigen: ⟦n1⟧
    IBAN: ⟦I:DE⟧
    """,
    r="DE",
    b="DE AT",
)
pos(
    "de",
    "Vereins-Rundmail mit IDN-Domain und Mobilnummer",
    """
    Liebe Mitglieder, Anmeldungen zum Sommerfest bitte an ⟦Eidn⟧ oder telefonisch bei ⟦f1⟧ (⟦P:DE:any:m⟧).
    """,
    r="DE",
    n=2,
)

# ---- Italian ---------------------------------------------------------------
pos(
    "it",
    "chat WhatsApp: numero dell'idraulico",
    """
    ⟦f1⟧: Ciao! Mi passi il numero dell'idraulico?
    ⟦f2⟧: Certo, ⟦P:IT::m⟧ si chiama ⟦f3⟧
    """,
    r="IT",
    n=1,
)
pos(
    "it",
    "fattura con IBAN, P.IVA (non marcata) e telefono",
    """
    Coordinate bancarie: IBAN ⟦I:IT⟧ intestato a ⟦co⟧ – P.IVA ⟦num:11⟧
    Per info: ⟦P:IT:nat:f⟧
    """,
    r="IT",
    b="IT",
)
pos(
    "it",
    "annuncio d'affitto con cellulare",
    """
    Affittasi monolocale arredato zona ⟦pick:Navigli|Porta Romana|Trastevere⟧, ⟦num:3⟧ €/mese. Chiamare ore pasti al ⟦P:IT::m⟧.
    """,
    r="IT",
)
pos(
    "it",
    "firma e-mail con Cell.",
    """
    Cordiali saluti
    ⟦n1⟧
    Ufficio Acquisti – ⟦co⟧
    Cell. ⟦P:IT::m⟧
    ⟦E1w⟧
    """,
    r="IT",
)
pos(
    "it",
    "modulo con codice fiscale (non marcato) e carta di credito",
    """
    Codice fiscale: ⟦id:cf⟧
    Carta n. ⟦C⟧ scad. ⟦mmyy⟧
    """,
    r="IT",
)

# ---- Dutch -----------------------------------------------------------------
pos(
    "nl",
    "WhatsApp: nieuw 06-nummer",
    """
    ⟦f1⟧: Nieuwe nummer van ⟦f2⟧: ⟦P:NL:natv:m⟧
    ⟦f3⟧: top, dank je
    """,
    r="NL",
    n=1,
)
pos(
    "nl",
    "betaalverzoek in groepsapp: IBAN t.n.v. en telefoon",
    """
    Hoi allemaal, graag ⟦amt:€⟧ overmaken naar ⟦I:NL⟧ t.n.v. ⟦n1⟧ o.v.v. 'cadeau ⟦f2⟧'. Vragen? Bel ⟦P:NL::m⟧
    """,
    r="NL",
    b="NL",
    n=3,
)
pos(
    "nl",
    "Vlaamse e-mailhandtekening met GSM",
    """
    Met vriendelijke groeten,
    ⟦n1⟧
    ⟦co⟧
    GSM ⟦P:BE:intlv:m⟧
    ⟦E1w⟧
    """,
    r="BE",
)
pos(
    "nl",
    "Marktplaats-advertentie: bellen of appen",
    """
    Te koop: ⟦pick:kinderwagen|bureaustoel|eettafel⟧, z.g.a.n. Ophalen in ⟦pick:Utrecht|Zwolle|Haarlem⟧. Bellen of appen: ⟦P:NL::m⟧
    """,
    r="NL",
    n=1,
)

# ---- Central and Eastern Europe ----------------------------------------------
pos(
    "pl",
    "odpowiedź na ogłoszenie z numerem komórki i e-mailem",
    """
    Dzień dobry, w sprawie ogłoszenia proszę o kontakt pod numerem ⟦P:PL::m⟧ lub mailowo: ⟦E1⟧. Pozdrawiam, ⟦n1⟧
    """,
    r="PL",
)
pos(
    "pl",
    "dane do przelewu: numer konta IBAN i PESEL (nieoznaczony)",
    """
    Dane do przelewu:
    ⟦n1⟧
    Nr konta: ⟦I:PL⟧
    Tytuł: czynsz ⟦pick:styczeń|luty|marzec⟧
    PESEL (do umowy): ⟦id:pesel⟧
    """,
    r="PL",
    b="PL",
)
pos(
    "pl",
    "czat z numerem karty do zapłaty za bilety",
    """
    ⟦f1⟧: zapłać moją kartą za bilety, ⟦C⟧, ważna do ⟦mmyy⟧
    ⟦f2⟧: ok, zrobione 👍
    """,
    r="PL",
)
pos(
    "cs",
    "kontakt na instalatéra v e-mailu",
    """
    Dobrý den, posílám kontakt na instalatéra: ⟦P:CZ::m⟧ (pan ⟦l1⟧). S pozdravem ⟦f2⟧
    """,
    r="CZ",
    n=1,
)
pos(
    "cs",
    "platební údaje: IBAN, variabilní symbol a kontakty",
    """
    Platba převodem na účet ⟦I:CZ⟧, variabilní symbol ⟦num:10⟧. Dotazy na ⟦P:CZ:intl:f⟧.
    """,
    r="CZ",
    b="CZ",
)
pos(
    "sk",
    "správa s novým číslom a IBAN",
    """
    Ahoj, tu je moje nové číslo ⟦P:SK::m⟧. Peniaze mi pošli na ⟦I:SK⟧. Vďaka!
    """,
    r="SK",
    b="SK",
)
pos(
    "ro",
    "mesaj pentru programare cu număr de mobil",
    """
    Bună ziua, vă rog să mă sunați la ⟦P:RO::m⟧ pentru programare. Mulțumesc, ⟦n1⟧
    """,
    r="RO",
    n=1,
)
pos(
    "ro",
    "date pentru plată: cont IBAN și CUI (nemarcat)",
    """
    Date pentru plată:
    Beneficiar: ⟦co⟧
    Cont IBAN: ⟦I:RO⟧
    Banca: ⟦pick:BCR|BRD|Banca Transilvania|ING Bank⟧
    CUI: RO⟦num:8⟧
    """,
    r="RO",
    b="RO",
)
pos(
    "hu",
    "új telefonszám üzenetben (06-os előtag)",
    """
    Szia! Az új számom: ⟦P:HU::m⟧, a régit már nem használom.
    """,
    r="HU",
    n=1,
)
pos(
    "hu",
    "átutalási kérés IBAN-nal és vezetékes számmal",
    """
    Kérem, az összeget a ⟦I:HU⟧ számlaszámra utalja. Kérdés esetén: ⟦P:HU:nat:f⟧
    """,
    r="HU",
    b="HU",
)
pos(
    "uk",
    "повідомлення з новим номером",
    """
    Привіт! Мій новий номер ⟦P:UA::m⟧, старий більше не працює.
    """,
    r="UA",
    n=1,
)
pos(
    "uk",
    "реквізити для оплати: IBAN та РНОКПП (не позначено)",
    """
    Реквізити: отримувач ⟦n1⟧, IBAN ⟦I:UA⟧, РНОКПП ⟦num:10⟧. Призначення платежу: оплата за навчання.
    """,
    r="UA",
    b="UA",
)
pos(
    "uk",
    "прохання скинути гроші на карту",
    """
    Скинь на карту ⟦C⟧ (⟦pick:Монобанк|ПриватБанк⟧), дякую! Якщо що — дзвони ⟦P:UA:intl:m⟧
    """,
    r="UA",
)
pos(
    "ru",
    "Telegram: номер мастера в формате 8 (9xx)",
    """
    ⟦f1⟧ ⟦l1⟧, [⟦d⟧ ⟦t⟧]
    Вот номер мастера по ремонту: ⟦P:RU::m⟧, зовут ⟦f3⟧
    ⟦f2⟧ ⟦l2⟧, [⟦d⟧ ⟦t⟧]
    спасибо!
    """,
    r="RU",
    n=3,
)
pos(
    "ru",
    "реквизиты для перевода: карта Мир, телефон для СБП, ИНН (не размечен)",
    """
    Реквизиты для перевода:
    Получатель: ⟦n1⟧
    Номер карты: ⟦C:mir⟧
    Телефон для СБП: ⟦P:RU:intlv:m⟧
    ИНН: ⟦num:12⟧
    """,
    r="RU",
)
pos(
    "ru",
    "подпись письма: тел. с добавочным (не размечен) и e-mail",
    """
    С уважением,
    ⟦n1⟧
    менеджер по продажам
    ⟦co⟧
    тел.: ⟦P:RU:nat:f⟧, доб. ⟦num:3⟧
    ⟦E1w⟧
    """,
    r="RU",
)
pos(
    "ru",
    "объявление на Авито с телефоном",
    """
    Продаю ⟦pick:велосипед|диван|детскую коляску⟧, состояние отличное, ⟦num:4⟧ ₽. Звонить по тел. ⟦P:RU:natv:m⟧, ⟦f1⟧.
    """,
    r="RU",
)
pos(
    "ru",
    "школьная рассылка с адресом на кириллическом домене",
    """
    Уважаемые родители! Заявления принимаются по адресу ⟦Eidn⟧ до ⟦date⟧. Телефон приёмной: ⟦P:RU:nat:f⟧.
    """,
    r="RU",
    n=2,
)
pos(
    "kk",
    "Қазақстан: хабарлама нөмірмен",
    """
    Сәлеметсіз бе! Менің нөмірім: ⟦P:KZ::m⟧. WhatsApp-қа жазыңыз. ⟦f1⟧
    """,
    r="KZ",
    n=1,
)
pos(
    "bg",
    "съобщение с мобилен телефон",
    """
    Здравейте, обадете се на ⟦P:BG::m⟧ за повече информация. Поздрави, ⟦n1⟧
    """,
    r="BG",
    n=1,
)
pos(
    "bg",
    "банкова сметка IBAN и ЕИК (не е маркиран)",
    """
    Банкова сметка: ⟦I:BG⟧
    Банка: ⟦pick:УниКредит Булбанк|ДСК|Пощенска банка⟧
    ЕИК: ⟦num:9⟧
    """,
    r="BG",
    b="BG",
)
pos(
    "sr",
    "порука са бројем мобилног и рачуном",
    """
    Здраво, ево мог броја: ⟦P:RS::m⟧. Уплату пошаљи на рачун ⟦I:RS⟧, прималац ⟦n1⟧.
    """,
    r="RS",
    b="RS",
)
pos(
    "hr",
    "poruka s brojem mobitela",
    """
    Bok! Javi se na ⟦P:HR::m⟧ kad stigneš.
    """,
    r="HR",
)
pos(
    "hr",
    "podaci za uplatu: IBAN, poziv na broj i OIB (neoznačen)",
    """
    Podaci za uplatu: IBAN ⟦I:HR⟧, model HR01, poziv na broj ⟦num:6⟧-⟦num:4⟧, OIB ⟦num:11⟧
    """,
    r="HR",
    b="HR",
)
pos(
    "sl",
    "rezervacija: telefon in TRR",
    """
    Pozdravljeni, za rezervacijo pokličite ⟦P:SI::m⟧. TRR: ⟦I:SI⟧
    """,
    r="SI",
    b="SI",
)
pos(
    "lt",
    "telefono numeris ir sąskaita pavedimui",
    """
    Sveiki, mano telefono numeris ⟦P:LT::m⟧. Sąskaita pavedimui: ⟦I:LT⟧. Ačiū!
    """,
    r="LT",
    b="LT",
)
pos(
    "lv",
    "tālrunis un konta numurs",
    """
    Labdien! Zvaniet pa tālruni ⟦P:LV::m⟧. Konta numurs: ⟦I:LV⟧
    """,
    r="LV",
    b="LV",
)
pos(
    "et",
    "uus number ja kontonumber",
    """
    Tere! Minu uus number on ⟦P:EE::m⟧. Arve palun saata e-postiga, kontonumber ⟦I:EE⟧.
    """,
    r="EE",
    b="EE",
)

# ---- Nordic ------------------------------------------------------------------
pos(
    "sv",
    "sms med nytt mobilnummer",
    """
    Hej! Det här är ⟦f1⟧s nya nummer: ⟦P:SE::m⟧. Spara gärna 😊
    """,
    r="SE",
    n=1,
)
pos(
    "sv",
    "betalning via IBAN eller Swish (mobilnummer)",
    """
    Betala till ⟦I:SE⟧ eller Swish ⟦P:SE:natv:m⟧. Skriv ditt namn som meddelande.
    """,
    r="SE",
    b="SE",
)
pos(
    "no",
    "melding med mobilnummer",
    """
    Hei, ring meg på ⟦P:NO::m⟧ når du er fremme. Hilsen ⟦f1⟧
    """,
    r="NO",
    n=1,
)
pos(
    "no",
    "faktura med kontonummer (ikke merket), IBAN, KID og telefon",
    """
    Faktura ⟦num:5⟧ fra ⟦co⟧
    Kontonummer: ⟦num:4⟧.⟦num:2⟧.⟦num:5⟧
    IBAN: ⟦I:NO⟧
    KID: ⟦num:12⟧
    Telefon ⟦P:NO:nat:f⟧
    """,
    r="NO",
    b="NO",
)
pos(
    "da",
    "MobilePay-besked med mobilnummer",
    """
    Hej ⟦f2⟧! Du kan MobilePay mig på ⟦P:DK::m⟧ 🙂 /⟦f1⟧
    """,
    r="DK",
)
pos(
    "da",
    "e-mailsignatur med tlf. og IBAN",
    """
    Med venlig hilsen
    ⟦n1⟧
    ⟦co⟧
    Tlf. ⟦P:DK:intlv:f⟧
    IBAN: ⟦I:DK⟧
    """,
    r="DK",
    b="DK",
)
pos(
    "fi",
    "viesti uudesta numerosta",
    """
    Moi! Uusi numeroni on ⟦P:FI::m⟧. Terveisin ⟦f1⟧
    """,
    r="FI",
    n=1,
)
pos(
    "fi",
    "lasku: saajan tilinumero, viitenumero ja yhteystiedot",
    """
    Lasku ⟦num:6⟧
    Saaja: ⟦co⟧
    Saajan tilinumero: ⟦I:FI⟧
    Viitenumero: ⟦num:4⟧ ⟦num:5⟧
    Eräpäivä: ⟦date⟧
    Yhteystiedot: ⟦P:FI:nat:f⟧
    """,
    r="FI",
    b="FI",
)
pos(
    "is",
    "skilaboð með símanúmeri, kennitala (ekki merkt) og reikningur",
    """
    Sæl ⟦f2⟧, hringdu í mig í síma ⟦P:IS::m⟧ þegar þú getur. Kennitala: ⟦num:6⟧-⟦num:4⟧, reikningur ⟦I:IS⟧. Kveðja, ⟦f1⟧
    """,
    r="IS",
    b="IS",
)

# ---- Greek, Turkish ------------------------------------------------------------
pos(
    "el",
    "μήνυμα με νέο κινητό",
    """
    Γεια σου ⟦f2⟧! Το καινούργιο μου κινητό είναι ⟦P:GR::m⟧. Τα λέμε!
    """,
    r="GR",
    n=1,
)
pos(
    "el",
    "στοιχεία πληρωμής: IBAN, τηλέφωνο και ΑΦΜ (χωρίς σήμανση)",
    """
    Στοιχεία πληρωμής:
    Δικαιούχος: ⟦n1⟧
    IBAN: ⟦I:GR⟧
    Τράπεζα: ⟦pick:Εθνική Τράπεζα|Πειραιώς|Alpha Bank|Eurobank⟧
    Τηλ. επικοινωνίας: ⟦P:GR:nat:f⟧
    ΑΦΜ: ⟦num:9⟧
    """,
    r="GR",
    b="GR",
)
pos(
    "el",
    "Κύπρος: τηλέφωνο και IBAN για ενοίκιο",
    """
    Καλησπέρα, για το ενοίκιο: IBAN ⟦I:CY⟧. Για οτιδήποτε: ⟦P:CY::m⟧.
    """,
    r="CY",
    b="CY",
    n=2,
)
pos(
    "tr",
    "ilan mesajı, 0 ile başlayan cep numarası",
    """
    Merhaba, ilan için yazıyorum. Numaram ⟦P:TR::m⟧, akşam 6'dan sonra arayabilirsiniz.
    """,
    r="TR",
    n=3,
)
pos(
    "tr",
    "ödeme bilgileri: IBAN ve TC Kimlik No (işaretlenmedi)",
    """
    Ödeme bilgileri:
    Alıcı: ⟦n1⟧
    IBAN: ⟦I:TR⟧
    Açıklama: ⟦pick:Kira|Aidat|Depozito⟧ ⟦pick:Ocak|Şubat|Mart⟧
    TC Kimlik No: ⟦id:tckn⟧
    """,
    r="TR",
    b="TR",
)
pos(
    "tr",
    "kart numarası, son kullanma ve CVV içeren sipariş notu",
    """
    Kart numarası: ⟦C:troy⟧ Son kullanma: ⟦mmyy⟧ CVV: ⟦num:3⟧
    """,
    r="TR",
)

# ---- Middle East -------------------------------------------------------------
pos(
    "ar",
    "واتساب: رقم جوال جديد بدون كلمة دالة قبل الرقم",
    """
    السلام عليكم، هذا رقمي الجديد ⟦P:SA::m⟧ احفظه لو سمحت
    """,
    r="SA",
    n=3,
)
pos(
    "ar",
    "بيانات التحويل: آيبان سعودي ورقم تواصل دولي",
    """
    بيانات التحويل:
    اسم المستفيد: ⟦n1⟧
    رقم الآيبان: ⟦I:SA⟧
    البنك: ⟦pick:مصرف الراجحي|البنك الأهلي|بنك الرياض⟧
    للتواصل: ⟦P:SA:intl:m⟧
    """,
    r="SA",
    b="SA",
)
pos(
    "ar",
    "إعلان في الإمارات: هاتف وبريد إلكتروني",
    """
    للحجز والاستفسار يرجى الاتصال على ⟦P:AE::m⟧ أو المراسلة عبر البريد ⟦Er:info⟧
    """,
    r="AE",
)
pos(
    "ar",
    "مجموعة عائلية في مصر: رقم الدكتور ورقم العيادة",
    """
    يا جماعة رقم الدكتور ⟦f1⟧ الجديد ⟦P:EG::m⟧ والعيادة ⟦P:EG::f⟧
    """,
    r="EG",
    n=1,
)
pos(
    "ar",
    "رقم جوال بالأرقام العربية الهندية",
    """
    رقم جوالي: ⟦P:SA:arab:m⟧ — اتصل بعد العصر
    """,
    r="SA",
    n=2,
)
pos(
    "ar",
    "رقم الحساب الدولي (IBAN) في الأردن وقطر والكويت والإمارات",
    """
    رقم الحساب الدولي (IBAN): ⟦I⟧
    اسم صاحب الحساب: ⟦n1⟧
    """,
    r="JO",
    b="JO QA KW AE BH",
    n=3,
)
pos(
    "ar",
    "المغرب: اتصل بي على رقم الجوال",
    """
    مرحبا، اتصل بي على ⟦P:MA::m⟧ بعد الساعة الخامسة
    """,
    r="MA",
)
pos(
    "he",
    "הודעה עם מספר נייד חדש",
    """
    היי, זה המספר החדש שלי: ⟦P:IL::m⟧. תשמרו 🙂
    """,
    r="IL",
    n=3,
)
pos(
    "he",
    "פרטי העברה: IBAN וטלפון בינלאומי",
    """
    פרטי העברה: בנק ⟦pick:לאומי|הפועלים|דיסקונט⟧, IBAN ⟦I:IL⟧, על שם ⟦n1⟧. לשאלות: ⟦P:IL:intl:m⟧
    """,
    r="IL",
    b="IL",
)
pos(
    "fa",
    "پیام با شماره موبایل جدید",
    """
    سلام، شماره جدید من ⟦P:IR::m⟧ هست. لطفا ذخیره کنید.
    """,
    r="IR",
)
pos(
    "fa",
    "شماره تماس با ارقام فارسی",
    """
    شماره تماس: ⟦P:IR:fa:m⟧ (فقط پیامک)
    """,
    r="IR",
    n=2,
)

# ---- South Asia ----------------------------------------------------------------
pos(
    "hi",
    "नया मोबाइल नंबर सेव करने का संदेश",
    """
    नमस्ते, मेरा नया नंबर ⟦P:IN::m⟧ है। कृपया सेव कर लें।
    """,
    r="IN",
    n=3,
)
pos(
    "hi",
    "फ़ॉर्म निर्देश: आधार (अचिह्नित) और मोबाइल",
    """
    आधार नंबर ⟦id:aadhaar⟧ और मोबाइल ⟦P:IN:intlv:m⟧ दोनों फ़ॉर्म में भरें।
    """,
    r="IN",
)
pos(
    "hi",
    "भुगतान के लिए RuPay कार्ड नंबर",
    """
    भैया, टिकट के लिए मेरा कार्ड नंबर ⟦C:rupay⟧ है, एक्सपायरी ⟦mmyy⟧। OTP मैं भेज दूँगा।
    """,
    r="IN",
)
pos(
    "bn",
    "নতুন নম্বর ও বিকাশ",
    """
    আমার নতুন নম্বর ⟦P:BD::m⟧, বিকাশও এই নম্বরে।
    """,
    r="BD",
    n=1,
)
pos(
    "bn",
    "যোগাযোগের তথ্য: ফোন ও ইমেইল",
    """
    যোগাযোগ: ⟦P:BD:intl:m⟧, ইমেইল: ⟦E1⟧
    """,
    r="BD",
)
pos(
    "ur",
    "نیا نمبر اور جاز کیش",
    """
    السلام علیکم، میرا نیا نمبر ⟦P:PK::m⟧ ہے۔ جاز کیش بھی اسی پر ہے۔
    """,
    r="PK",
    n=1,
)
pos(
    "ur",
    "بینک تفصیلات: IBAN اور اکاؤنٹ ٹائٹل",
    """
    بینک تفصیلات: IBAN ⟦I:PK⟧، اکاؤنٹ ٹائٹل ⟦n1⟧
    """,
    r="PK",
    b="PK",
)
pos(
    "ta",
    "புதிய கைபேசி எண் (இந்தியா / இலங்கை)",
    """
    வணக்கம், என் புதிய எண் ⟦P::m⟧. நன்றி!
    """,
    r="IN LK",
)

# ---- Southeast Asia --------------------------------------------------------
pos(
    "th",
    "ข้อความแจ้งเบอร์ใหม่",
    """
    สวัสดีค่ะ เบอร์ใหม่ของ⟦f1⟧คือ ⟦P:TH::m⟧ นะคะ
    """,
    r="TH",
    n=1,
)
pos(
    "th",
    "ประกาศร้าน: โทรศัพท์และอีเมล",
    """
    ติดต่อสอบถาม โทร ⟦P:TH:nat:f⟧ หรืออีเมล ⟦Er:contact⟧
    """,
    r="TH",
)
pos(
    "vi",
    "tin nhắn với số điện thoại",
    """
    Chào anh, em là ⟦f1⟧. SĐT của em: ⟦P:VN::m⟧, anh cần gì cứ gọi nhé.
    """,
    r="VN",
    n=1,
)
pos(
    "vi",
    "thông tin chuyển khoản: số tài khoản (không gắn nhãn) và điện thoại",
    """
    Thông tin chuyển khoản: STK ⟦num:10⟧ – Vietcombank – ⟦N1⟧. Liên hệ: ⟦P:VN:intl:m⟧
    """,
    r="VN",
)
pos(
    "id",
    "pemesanan lewat WA",
    """
    Halo kak, untuk pemesanan bisa WA ke ⟦P:ID:natv:m⟧ ya. Terima kasih 🙏
    """,
    r="ID",
    n=1,
)
pos(
    "id",
    "transfer ke rekening (tidak ditandai), konfirmasi via WA",
    """
    Transfer ke rekening BCA ⟦num:10⟧ a.n. ⟦n1⟧, konfirmasi ke ⟦P:ID::m⟧.
    """,
    r="ID",
)
pos(
    "ms",
    "nombor telefon untuk WhatsApp",
    """
    Assalamualaikum, nombor telefon saya ⟦P:MY::m⟧. Boleh WhatsApp bila-bila masa.
    """,
    r="MY",
    n=1,
)
pos(
    "ms",
    "pertanyaan: telefon pejabat (format antarabangsa)",
    """
    Untuk sebarang pertanyaan, sila hubungi ⟦P:MY:intl:f⟧ (Isnin–Jumaat).
    """,
    r="MY",
)
pos(
    "tl",
    "numero ng kaibigan sa chat",
    """
    Ate, eto na yung number ni ⟦f2⟧: ⟦P:PH::m⟧. Text mo na lang siya ha
    """,
    r="PH",
    n=1,
)
pos(
    "tl",
    "GCash sa compact na numero",
    """
    Pwede po bang i-GCash na lang sa ⟦P:PH:compact:m⟧? Salamat po!
    """,
    r="PH",
)

# ---- Africa ------------------------------------------------------------------
pos(
    "sw",
    "ujumbe wenye namba mpya (Kenya / Tanzania / Uganda)",
    """
    Habari! Namba yangu mpya ni ⟦P::m⟧. Nitumie ujumbe ukifika.
    """,
    r="KE TZ UG",
    n=3,
)
pos(
    "sw",
    "tuma pesa kwa M-Pesa",
    """
    Tuma pesa kwa M-Pesa namba ⟦P:TZ::m⟧ jina ⟦N1⟧. Asante!
    """,
    r="TZ",
)
pos(
    "am",
    "አዲስ ስልክ ቁጥር",
    """
    ሰላም፣ አዲሱ ስልክ ቁጥሬ ⟦P:ET::m⟧ ነው። እባክህ አስቀምጠው።
    """,
    r="ET",
)
pos(
    "af",
    "nuwe selnommer",
    """
    Hallo, my nuwe selnommer is ⟦P:ZA::m⟧. Stuur gerus 'n WhatsApp.
    """,
    r="ZA",
    n=1,
)

# ---- East Asia -------------------------------------------------------------------
pos(
    "zh",
    "微信聊天：新手机号，微信同号",
    """
    ⟦n1⟧：我的新手机号是⟦P:CN:natv:m⟧，微信同号
    ⟦n2⟧：好的，已保存
    """,
    r="CN",
    n=3,
)
pos(
    "zh",
    "名片信息：手机、邮箱",
    """
    联系人：⟦n1⟧
    手机：⟦P:CN::m⟧
    邮箱：⟦E1⟧
    地址：⟦pick:北京市朝阳区|上海市浦东新区|广州市天河区⟧⟦num:2⟧号
    """,
    r="CN",
)
pos(
    "zh",
    "代交学费：银联卡号",
    """
    帮我交一下学费，卡号 ⟦C:unionpay⟧，户名⟦n1⟧，谢谢！
    """,
    r="CN",
)
pos(
    "zh",
    "有问题发邮箱或打电话（QQ邮箱）",
    """
    有问题发我邮箱 ⟦Eqq⟧ 或者打 ⟦P:CN::m⟧
    """,
    r="CN",
)
pos(
    "zh",
    "身份证号（不标注）与手机号",
    """
    身份证号 ⟦id:cnid⟧
    手机 ⟦P:CN:nat:m⟧
    """,
    r="CN",
)
pos(
    "zh",
    "台灣 LINE 訊息：手機號碼",
    """
    我換手機了，新號碼 ⟦P:TW::m⟧，LINE 也是用這支
    """,
    r="TW",
    names="zt",
)
pos(
    "zh",
    "香港：查詢電話與 WhatsApp",
    """
    如有查詢，請致電 ⟦P:HK::f⟧ 或 WhatsApp ⟦P:HK:intl:m⟧。
    """,
    r="HK",
    names="zt",
    n=1,
)
pos(
    "ja",
    "ビジネスメール：電話・メール",
    """
    ⟦n1⟧様

    いつもお世話になっております。⟦co⟧の⟦l2⟧です。
    見積書を添付いたします。

    電話：⟦P:JP:nat:f⟧
    メール：⟦E2w⟧
    """,
    r="JP",
)
pos(
    "ja",
    "LINE：電話番号変わったよ",
    """
    ⟦f1⟧：電話番号変わったよ！⟦P:JP:natv:m⟧
    ⟦f2⟧：了解〜登録しとく
    """,
    r="JP",
    n=3,
)
pos(
    "ja",
    "全角数字の連絡先",
    """
    連絡先　⟦P:JP:fw:m⟧（⟦l1⟧）
    """,
    r="JP",
    n=2,
)
pos(
    "ja",
    "カード番号（JCB）と有効期限",
    """
    カード番号：⟦C:jcb⟧　有効期限：⟦mmyy⟧
    """,
    r="JP",
)
pos(
    "ko",
    "연락처와 이메일",
    """
    ⟦n1⟧님 연락처: ⟦P:KR::m⟧
    이메일: ⟦E1⟧
    """,
    r="KR",
)
pos(
    "ko",
    "카카오톡 대화: 번호 공유",
    """
    [⟦n1⟧] [오후 ⟦t:12n⟧] 제 번호 ⟦P:KR:natv:m⟧ 이에요
    [⟦n2⟧] [오후 ⟦t:12n⟧] 넵 저장했어요!
    """,
    r="KR",
    n=3,
)
pos(
    "ko",
    "계좌(비표시)와 문의 전화",
    """
    계좌 ⟦num:3⟧-⟦num:6⟧-⟦num:5⟧ (⟦pick:국민|신한|우리⟧은행) ⟦n1⟧ / 문의 ⟦P:KR:nat:f⟧
    """,
    r="KR",
)
pos(
    "ko",
    "결제 카드 번호",
    """
    결제할 카드 번호 ⟦C⟧ 유효기간 ⟦mmyy⟧ 입니다
    """,
    r="KR",
)

# ---- Catalan --------------------------------------------------------------------
pos(
    "ca",
    "missatge amb mòbil i correu",
    """
    Hola! Us passo el mòbil de la ⟦f2⟧: ⟦P:ES::m⟧. Si no contesta, envieu-li un correu a ⟦E2⟧.
    """,
    r="ES",
)

# ---- More cards, IBANs, IPs and SSNs without phone numbers --------------------
pos(
    "en",
    "browser export of saved payment methods (CSV)",
    """
    name_on_card,card_number,expiration_month,expiration_year,nickname
    ⟦n1⟧,⟦C::c⟧,⟦pick:01|03|06|09|11⟧,⟦pick:2026|2027|2028|2029⟧,⟦pick:Personal|Travel|Groceries⟧
    ⟦n1⟧,⟦C::c⟧,⟦pick:02|05|08|12⟧,⟦pick:2027|2028|2030⟧,⟦pick:Work|Backup|⟧
    """,
)
pos(
    "en",
    "OCR of a handwritten mail-order form with an Amex number",
    """
    ORDER FORM – please print clearly
    Name ⟦n1⟧   Qty ⟦num:1⟧   Item # ⟦num:5⟧
    Card # ⟦C:amex:s⟧   Exp ⟦mmyy⟧
    Signature ⟦f1⟧ ⟦l1⟧
    """,
    n=2,
)
pos(
    "es",
    "chat mexicano: datos de la tarjeta para pagar la colegiatura",
    """
    ⟦f1⟧: pásame los datos de tu tarjeta para pagar la colegiatura
    ⟦f2⟧: ⟦C⟧ vence ⟦mmyy⟧ cvv ⟦num:3⟧
    """,
    r="MX",
    n=2,
)
pos(
    "pt",
    "nota pessoal com cartões (Nubank, Itaú, Hipercard)",
    """
    cartões
    Nubank ⟦C:mc⟧ venc. ⟦mmyy⟧
    Itaú ⟦C:visa⟧
    Hipercard ⟦C:hipercard⟧ (não usar)
    """,
    r="BR",
    n=1,
)
pos(
    "de",
    "E-Mail an ein Hotel mit Kreditkarte zur Garantie",
    """
    Sehr geehrte Damen und Herren,

    zur Garantie meiner Reservierung (Buchungsnr. ⟦num:8⟧) hier meine Kreditkarte: ⟦C:visa⟧, gültig bis ⟦mmyy⟧.

    Mit freundlichen Grüßen
    ⟦n1⟧
    """,
    r="DE",
    n=2,
)
pos(
    "fr",
    "note : carte bancaire pour les achats en ligne",
    """
    Carte Bleue de ⟦f2⟧ pour les courses en ligne : ⟦C:visa⟧ – exp. ⟦mmyy⟧ – crypto ⟦num:3⟧
    """,
    r="FR",
    n=2,
)
pos(
    "ru",
    "просьба перевести на карту",
    """
    Переведи на карту Сбера ⟦C:mir⟧, я потом верну 🙏
    """,
    r="RU",
    n=2,
)
pos(
    "ar",
    "نموذج الدفع: اسم حامل البطاقة ورقمها",
    """
    نموذج الدفع
    اسم حامل البطاقة: ⟦n1⟧
    رقم البطاقة: ⟦C⟧
    تاريخ الانتهاء: ⟦mmyy⟧
    """,
    r="SA",
    n=2,
)
pos(
    "zh",
    "信用卡信息：卡号、有效期、安全码",
    """
    信用卡号：⟦C⟧ 有效期 ⟦mmyy⟧ 安全码 ⟦num:3⟧
    """,
    r="CN",
    n=2,
)
pos(
    "id",
    "nomor kartu kredit untuk pemesanan tiket",
    """
    Ini nomor kartu kredit buat pesan tiket: ⟦C⟧, berlaku s/d ⟦mmyy⟧
    """,
    r="ID",
    n=2,
)
pos(
    "vi",
    "số thẻ để thanh toán",
    """
    Số thẻ: ⟦C⟧ – hết hạn ⟦mmyy⟧. Em thanh toán giúp chị nhé.
    """,
    r="VN",
    n=2,
)
pos(
    "cs",
    "číslo karty pro platbu",
    """
    Zaplať to prosím mou kartou: ⟦C⟧, platnost ⟦mmyy⟧.
    """,
    r="CZ",
    n=2,
)
pos(
    "en",
    "conference fee payment details with IBANs from many smaller countries",
    """
    Registration fee: ⟦amt:€⟧. Please pay by bank transfer to IBAN ⟦I⟧ (beneficiary: ⟦n1⟧), quoting your registration ID ⟦up:3⟧-⟦num:5⟧.
    """,
    b="AZ GE MD AL ME MK BA XK KZ BY LU MT GI LI MC SM AD VA MU CR DO GT IQ PS BH LB",
    n=5,
)
pos(
    "it",
    "chat: IBAN in minuscolo e compatto per la caparra",
    """
    eccoti l'iban per la caparra ⟦I:IT:lc⟧ intestato a ⟦n1⟧
    """,
    r="IT",
)
pos(
    "es",
    "chat: cuenta IBAN compacta para un pago",
    """
    te paso mi cuenta ⟦I:ES:c⟧ a nombre de ⟦n1⟧, cuando puedas 😊
    """,
    r="ES",
)
pos(
    "de",
    "Chat: öffentliche IP zum Freischalten",
    """
    ⟦f1⟧: Kannst du meine IP in der Firewall freischalten? ⟦IP4⟧
    ⟦f2⟧: erledigt, probier mal
    """,
    r="DE",
    n=2,
)
pos(
    "zh",
    "服务器信息：IP 和端口",
    """
    服务器IP：⟦IP4⟧，端口 22，用户名 root，密码晚点发你
    """,
    r="CN",
    n=2,
)
pos(
    "ru",
    "IPv6-адрес для белого списка",
    """
    Добавь, пожалуйста, мой адрес в белый список: ⟦IP6⟧ (домашний, статический)
    """,
    r="RU",
    n=2,
)
pos(
    "en",
    "OCR of a W-4: social security number box",
    """
    Form W-4 (⟦year⟧) Employee's Withholding Certificate
    Step 1: (a) First name and middle initial ⟦f1⟧   Last name ⟦l1⟧   (b) Social security number ⟦S:d⟧
    Address ⟦num:4⟧ ⟦pick:Elm St|Birch Ln|Sunset Blvd⟧   City or town, state, and ZIP code ⟦pick:Dayton, OH|Mesa, AZ|Erie, PA⟧ ⟦num:5⟧
    """,
)
pos(
    "en",
    "text to a landlord sending SSN for the credit check",
    """
    Hi ⟦f2⟧, here's my SSN for the credit check: ⟦S⟧. Let me know if you need pay stubs too. – ⟦f1⟧
    """,
)
pos(
    "en",
    "OCR of a 1099-NEC: recipient TIN is an SSN, payer TIN is an EIN",
    """
    Form 1099-NEC   Nonemployee Compensation   ⟦year⟧
    PAYER'S TIN ⟦ein⟧   RECIPIENT'S TIN ⟦S:d⟧
    RECIPIENT'S name ⟦n1⟧
    1 Nonemployee compensation $ ⟦amt:plain⟧
    """,
)
pos(
    "es",
    "formulario W-9 en español con número de seguro social",
    """
    Formulario W-9 (SP) – Solicitud y certificación del número de identificación del contribuyente
    Nombre: ⟦n1⟧
    Número de seguro social: ⟦S⟧
    o Número de identificación del empleador: —
    """,
    r="US",
)
pos(
    "en",
    "Social Security Administration letter quoting the SSN (spaced)",
    """
    SOCIAL SECURITY ADMINISTRATION
    Date: ⟦date:en_long⟧
    ⟦N1⟧
    Your Social Security number: ⟦S:s⟧
    We are writing about your application for benefits. Claim number: ⟦up:1⟧⟦num:6⟧
    """,
)

# ---- Structured formats, repeated over many locales -----------------------------
LOCALES = [
    ("de", "DE", "DE"), ("fr", "FR", "FR"), ("es", "ES", "ES"), ("it", "IT", "IT"), ("nl", "NL", "NL"),
    ("pl", "PL", "PL"), ("ru", "RU", "KZ"), ("ja", "JP", "GB"), ("zh", "CN", "GB"), ("ko", "KR", "DE"),
    ("pt", "BR", "BR"), ("sv", "SE", "SE"), ("tr", "TR", "TR"), ("ar", "AE", "AE"), ("he", "IL", "IL"),
    ("el", "GR", "GR"), ("hi", "IN", "GB"), ("vi", "VN", "FR"), ("th", "TH", "DE"), ("id", "ID", "NL"),
    ("en", "GB", "GB"), ("en", "AU", "GB"), ("en", "US", "IE"), ("cs", "CZ", "CZ"), ("ro", "RO", "RO"),
    ("hu", "HU", "HU"), ("fi", "FI", "FI"), ("da", "DK", "DK"), ("no", "NO", "NO"), ("uk", "UA", "UA"),
    ("pt", "PT", "PT"), ("es", "MX", "ES"), ("es", "AR", "ES"), ("de", "CH", "CH"), ("de", "AT", "AT"),
    ("fr", "BE", "BE"), ("en", "SG", "GB"), ("en", "NZ", "GB"), ("en", "IE", "IE"), ("af", "ZA", "GB"),
    ("ms", "MY", "GB"), ("tl", "PH", "GB"), ("bn", "BD", "GB"), ("ur", "PK", "PK"), ("sw", "KE", "GB"),
    ("zt", "TW", "GB"), ("zt", "HK", "GB"), ("fr", "LU", "LU"), ("en", "MT", "MT"), ("hr", "HR", "HR"),
    ("sk", "SK", "SK"), ("bg", "BG", "BG"), ("lt", "LT", "LT"), ("sr", "RS", "RS"), ("sl", "SI", "SI"),
]  # fmt: skip
CSV_HEAD = {
    "de": ("Name;E-Mail;Telefon", ";"),
    "fr": ("Nom;Courriel;Téléphone", ";"),
    "es": ("Nombre,Correo,Teléfono", ","),
    "it": ("Nome;Email;Telefono", ";"),
    "nl": ("Naam;E-mail;Telefoon", ";"),
    "pl": ("Imię i nazwisko;E-mail;Telefon", ";"),
    "pt": ("Nome;E-mail;Telefone", ";"),
    "ja": ("氏名,メール,電話", ","),
    "zh": ("姓名,邮箱,电话", ","),
    "ru": ("ФИО;Email;Телефон", ";"),
}
STRUCTURED = [
    (
        "vCard 3.0 with cell and fax numbers",
        """
        BEGIN:VCARD
        VERSION:3.0
        N:⟦l1⟧;⟦f1⟧;;;
        FN:⟦n1⟧
        ORG:⟦co⟧
        TEL;TYPE=CELL:⟦P::intl:m⟧
        TEL;TYPE=FAX:⟦P::nat:f⟧
        EMAIL;TYPE=INTERNET:⟦E1w⟧
        END:VCARD
        """,
        6,
    ),
    (
        "JSON user record with e-mail, E.164 phone and signup IP",
        """
        {
          "id": ⟦num:7⟧,
          "name": "⟦n1⟧",
          "email": "⟦E1⟧",
          "phone": "⟦P::e164:m⟧",
          "signup_ip": "⟦IP4⟧",
          "last_login": "⟦dtiso⟧",
          "marketing_opt_in": ⟦pick:true|false⟧
        }
        """,
        8,
    ),
    (
        "YAML contact list with international and national mobiles",
        """
        contacts:
          - name: ⟦n1⟧
            mobile: "⟦P::intl:m⟧"
            email: ⟦E1⟧
          - name: ⟦n2⟧
            mobile: "⟦P::nat:m⟧"
            email: ⟦E2⟧
        """,
        3,
    ),
    (
        "contacts CSV export with localized header",
        None,
        4,
    ),
    (
        "spreadsheet pasted as TSV: name, phone, IBAN",
        """
        ⟦n1⟧\t⟦P::any:m⟧\t⟦I⟧
        ⟦n2⟧\t—\t⟦I::c⟧
        """,
        5,
    ),
    (
        "XML customer record with card number and IPv6 of last login",
        """
        <customer id="⟦num:6⟧">
          <name>⟦n1⟧</name>
          <email>⟦E1⟧</email>
          <phone type="mobile">⟦P::intl:m⟧</phone>
          <payment>
            <card>⟦C::c⟧</card>
            <expiry>⟦mmyy⟧</expiry>
          </payment>
          <lastLoginIp>⟦IP6⟧</lastLoginIp>
        </customer>
        """,
        6,
    ),
]
for _k, (_note, _text, _count) in enumerate(STRUCTURED):
    for _j in range(_count):
        _lang, _region, _iban = LOCALES[(_k * 11 + _j * 5) % len(LOCALES)]
        _names = _lang
        if _lang == "zt":
            _lang = "zh"
        if _text is None:
            _head, _sep = CSV_HEAD.get(_lang, ("Name,Email,Phone", ","))
            _row = _sep.join(["⟦n{i}⟧", "⟦E{i}⟧", "⟦P::any⟧"])
            _body = _head + "\n" + "\n".join(_row.format(i=i) for i in (1, 2))
        else:
            _body = _text
        pos(_lang, _note, _body, r=_region, b=_iban, n=1, names=_names, prose=False)

# ---------------------------------------------------------------------------
# Hard negatives (no spans)
# ---------------------------------------------------------------------------
neg(
    "en",
    "order confirmation: 3-7-7 order number, UPS tracking, amounts",
    """
    Thanks for your order!
    Order #⟦num:3⟧-⟦num:7⟧-⟦num:7⟧
    Placed on ⟦date:en_long⟧
    Subtotal: ⟦amt:$⟧   Shipping: FREE
    Estimated delivery: ⟦date:en_long⟧
    Tracking: ⟦ups⟧
    """,
)
neg(
    "en",
    "USPS tracking number in groups of four, ZIP+4",
    """
    USPS Tracking® ⟦usps⟧
    Status: In Transit to Next Facility
    ⟦date:en_long⟧, ⟦time:12⟧
    Distribution center ⟦pick:NASHVILLE TN|DES MOINES IA|SPOKANE WA⟧ ⟦zip4⟧
    """,
)
neg(
    "en",
    "invoice with customer/PO numbers, EIN and routing number named as such",
    """
    INVOICE ⟦up:3⟧-⟦year⟧-⟦numz:5⟧
    Customer No.: ⟦num:8⟧
    PO Number: ⟦num:10⟧
    Amount due: ⟦amt:$⟧ by ⟦date:us⟧
    Federal EIN: ⟦ein⟧
    Remit via ACH – ABA routing ⟦routing⟧, account ending ⟦num:4⟧
    """,
)
neg(
    "en",
    "release notes with versions, build number, commit and SHA-256",
    """
    ## v⟦ver⟧ (⟦date:iso⟧)
    - Fix crash when the cache directory is missing
    - Bump libfoo to ⟦ver⟧
    - Drop support for Windows ⟦ver4⟧
    Build ⟦num:5⟧ · commit ⟦git⟧
    SHA256: ⟦sha256⟧
    """,
)
neg(
    "en",
    "git log --oneline with short hashes and PR numbers",
    """
    ⟦git⟧ Merge pull request #⟦num:4⟧ from feature/login-throttle
    ⟦git⟧ Fix off-by-one in pagination
    ⟦git⟧ Update CHANGELOG for ⟦ver⟧
    ⟦git⟧ Revert "Bump timeout to 30s"
    """,
)
neg(
    "en",
    "Python snippet testing a Luhn function on a failing 16-digit number",
    """
    def luhn(n: str) -> bool:
        total = 0
        for i, ch in enumerate(reversed(n)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        return total % 10 == 0

    assert not luhn("⟦luhnbad:16:c⟧")
    """,
)
neg(
    "en",
    "maths homework with large powers and decimals",
    """
    Q3. Solve 3x² + 12x − 36 = 0 → x = 2 or x = −6.
    Q4. 2^40 = 1099511627776 and 2^10 = 1024.
    Q5. ⟦num:3⟧ × ⟦num:4⟧ = ? (show your work)
    """,
)
neg(
    "en",
    "meeting point with GPS coordinates",
    """
    Meet at the trailhead: ⟦coord⟧
    Backup spot ⟦coord⟧ (parking lot B). Bring ⟦num:2⟧ L of water.
    """,
)
neg(
    "en",
    "flight itinerary: flight number, booking reference, e-ticket, frequent flyer",
    """
    Flight ⟦flight⟧ · ⟦date:en_long⟧ · dep ⟦time⟧ arr ⟦time⟧
    Booking reference: ⟦up:6⟧
    E-ticket number: ⟦num:3⟧-⟦num:10⟧
    Seat ⟦num:2⟧⟦pick:A|C|F|K⟧ · Frequent flyer no. ⟦up:2⟧ ⟦num:9⟧
    """,
)
neg(
    "en",
    "library record with ISBN-13 and EAN barcode",
    """
    Title: ⟦pick:The Silent Orchard|Rivers of Glass|A Short History of Maps⟧
    ISBN ⟦isbn⟧ · EAN ⟦ean⟧
    Call no. ⟦num:3⟧.⟦num:2⟧ ⟦up:3⟧ · Due back ⟦date:us⟧
    """,
)
neg(
    "en",
    "product listing with UPC, SKU and model number",
    """
    UPC ⟦upc⟧ | SKU ⟦up:3⟧-⟦num:5⟧ | Model ⟦up:2⟧⟦num:4⟧⟦up:1⟧ | Price ⟦amt:$⟧
    """,
)
neg(
    "en",
    "phone resale post with IMEI and serial number, no contact number",
    """
    Selling iPhone ⟦pick:12|13|14|15⟧ ⟦pick:128GB|256GB⟧, unlocked, battery ⟦num:2⟧%. IMEI: ⟦imei⟧ Serial: ⟦up:2⟧⟦alnum:8⟧. Pickup only, message me here.
    """,
)
neg(
    "en",
    "card-terminal receipt with masked PAN, auth code and reference",
    """
    ⟦pick:CORNER MARKET|BLUE BOTTLE CAFE|CITY HARDWARE⟧
    ⟦date:us⟧ ⟦time:12⟧
    VISA ************⟦num:4⟧
    AUTH CODE: ⟦alnum:6⟧
    TOTAL ⟦amt:$⟧
    Ref ⟦num:12⟧
    """,
)
neg(
    "en",
    "benefits statement with masked SSN and employer EIN",
    """
    Your SSN on file: ⟦maskssn⟧
    Employer EIN: ⟦ein⟧
    Plan ID ⟦num:3⟧ · Member since ⟦year⟧
    """,
)
neg(
    "en",
    "sample form with an invalid SSN-shaped example",
    """
    SAMPLE – DO NOT USE
    Social Security Number: ⟦ssnbad⟧ (example only)
    Date: ⟦date:us⟧
    """,
)
neg(
    "en",
    "developer note listing invalid SSN test fixtures",
    """
    Validation fixtures – all of these must be rejected:
    ⟦ssnbad⟧, ⟦ssnbad⟧, ⟦ssnbad⟧, ⟦ssnbad⟧
    Masked form is OK: ⟦maskssn⟧
    """,
)
neg(
    "en",
    "ITIN letter (ITIN named, starts with 9)",
    """
    Your Individual Taxpayer Identification Number (ITIN) is ⟦itin⟧. Use it on your ⟦year⟧ return.
    Notice CP565 · ⟦date:en_long⟧
    """,
)
neg(
    "en",
    "wire instructions with routing number and SWIFT, masked account",
    """
    Domestic wires: ABA Routing ⟦routing⟧
    Account: ****⟦num:4⟧
    International: SWIFT ⟦up:4⟧US⟦up:2⟧
    Reference: invoice ⟦num:6⟧
    """,
)
neg(
    "en",
    "UK sort code and reference on a payment note",
    """
    Pay by bank transfer: sort code ⟦sort⟧, reference ⟦up:4⟧⟦num:4⟧. Payments take 2 working days.
    """,
)
neg(
    "en",
    "mailing labels with ZIP+4 codes",
    """
    ⟦num:4⟧ ⟦pick:Birch Rd|Summit Ave|Harbor Way⟧, ⟦pick:Eugene, OR|Boise, ID|Albany, NY⟧ ⟦zip4⟧
    ⟦num:3⟧ ⟦pick:2nd St|Lake Dr|Mill Rd⟧, ⟦pick:Reno, NV|Macon, GA|Flint, MI⟧ ⟦zip4⟧
    """,
)
neg(
    "en",
    "UK and Canadian national ids named as such",
    """
    National Insurance number: ⟦id:nino⟧
    Canadian SIN (for the T4): ⟦id:sin⟧
    """,
)
neg(
    "en",
    "home router notes with private and loopback addresses",
    """
    Router admin: http://⟦ipriv⟧
    DHCP range 192.168.1.100 – 192.168.1.200
    DNS 10.0.0.53, subnet mask 255.255.255.0
    Local dev server: 127.0.0.1:8000
    """,
)
neg(
    "en",
    "docker-compose snippet with private network addresses",
    """
    networks:
      backend:
        ipam:
          config:
            - subnet: 172.20.0.0/16
    services:
      db:
        networks:
          backend:
            ipv4_address: 172.20.0.⟦num:1⟧
    """,
)
neg(
    "en",
    "security-group rules with CIDR network blocks",
    """
    Inbound rules:
    TCP 443  0.0.0.0/0
    TCP 22   ⟦cidr⟧
    TCP 5432 10.0.0.0/16
    TCP 8443 ⟦cidr⟧
    """,
)
neg(
    "en",
    "health-check log with loopback and private addresses only",
    """
    127.0.0.1 - - [⟦clf⟧] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
    ⟦ipriv⟧ - - [⟦clf⟧] "GET /metrics HTTP/1.1" 200 5121 "-" "Prometheus/2.51.0"
    """,
)
neg(
    "en",
    "networking tutorial using documentation address ranges",
    """
    In this example the server is ⟦ipdoc⟧ and the client ⟦ipdoc⟧; over IPv6 they use 2001:db8::10 and 2001:db8::20.
    """,
)
neg(
    "en",
    "ifconfig output: link-local IPv6, private IPv4, MAC",
    """
    en0: flags=8863<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST> mtu 1500
        ether ⟦mac⟧
        inet6 ⟦ip6priv⟧ prefixlen 64 scopeid 0x6
        inet 10.0.1.⟦num:2⟧ netmask 0xffffff00 broadcast 10.0.1.255
    """,
)
neg(
    "en",
    "API JSON response with UUID, timestamps and amounts",
    """
    {"request_id":"⟦uuid⟧","status":"ok","amount":⟦num:4⟧.⟦num:2⟧,"currency":"EUR","created":"⟦dtiso⟧","ttl":3600}
    """,
)
neg(
    "en",
    "checksums of downloaded files",
    """
    md5  ⟦md5⟧  ubuntu-⟦ver⟧.iso
    sha1 ⟦sha1⟧  ubuntu-⟦ver⟧.iso
    """,
)
neg(
    "en",
    "gift card and loyalty numbers that fail the Luhn check",
    """
    Gift card: ⟦luhnbad:16⟧  PIN ⟦num:4⟧
    Loyalty card ⟦luhnbad:16:c⟧ – balance ⟦num:3⟧ points
    """,
)
neg(
    "en",
    "QA note: Luhn-failing numbers that the checkout must reject",
    """
    These card-shaped numbers should be rejected by the form (bad check digit): ⟦luhnbad:16⟧, ⟦luhnbad:16:h⟧, ⟦luhnbad:16:c⟧
    """,
)
neg(
    "en",
    "football match stats",
    """
    Final score 3–1 · attendance ⟦num:2⟧,⟦numz:3⟧ · possession 58% / 42% · shots 14 (6 on target) · corners 7
    """,
)
neg(
    "en",
    "sales CSV with only numbers and regions",
    """
    region,units,revenue,margin
    North,⟦num:4⟧,⟦num:5⟧.⟦num:2⟧,0.31
    South,⟦num:4⟧,⟦num:5⟧.⟦num:2⟧,0.27
    West,⟦num:3⟧,⟦num:5⟧.⟦num:2⟧,0.35
    """,
)
neg(
    "en",
    "ISIN and WKN of holdings",
    """
    Holdings: ⟦isin⟧ (⟦num:2⟧ shares) · ⟦isin⟧ (⟦num:3⟧ shares) · WKN ⟦up:1⟧⟦num:5⟧
    """,
)
neg(
    "en",
    "IT asset inventory with serial numbers and MAC addresses",
    """
    asset_tag,serial,mac,location
    IT-⟦num:5⟧,⟦up:3⟧⟦alnum:7⟧,⟦mac⟧,Floor ⟦num:1⟧
    IT-⟦num:5⟧,⟦up:3⟧⟦alnum:7⟧,⟦mac⟧,Floor ⟦num:1⟧
    """,
)
neg(
    "en",
    "one-time code and parcel locker notice",
    """
    Your one-time code is ⟦num:6⟧. Parcel locker #⟦num:3⟧ at ⟦pick:Main St Station|Oak Plaza⟧, collect by ⟦time⟧ on ⟦date:us⟧.
    """,
)
neg(
    "en",
    "Android/Chrome/Windows version strings",
    """
    Chrome ⟦ver4⟧ on Windows ⟦ver4⟧; app ⟦ver⟧ (build ⟦num:6⟧)
    """,
)
neg(
    "en",
    "event timestamps in epoch seconds and milliseconds",
    """
    created_at=⟦ts⟧ updated_at_ms=⟦tsms⟧ ttl=86400 retries=3
    """,
)
neg(
    "en",
    "invoice number formatted like a phone number",
    """
    Invoice INV-⟦num:3⟧-⟦num:3⟧-⟦num:4⟧ is now overdue by ⟦num:2⟧ days. Amount: ⟦amt:$⟧.
    """,
)
neg(
    "en",
    "legal and scripture references",
    """
    See ⟦pick:26 U.S.C. § 6109|42 U.S.C. § 1983|15 U.S.C. § 78j(b)|29 C.F.R. § 825.220⟧; Fed. R. Civ. P. ⟦pick:12(b)(6)|56(a)|26(b)(1)⟧; ⟦pick:John 3:16|Psalm 23:1–4|Rom 8:28|Matt 5:9⟧; ⟦pick:ISO 8601|ISO 3166-1|RFC 5322|RFC 3339⟧, p. ⟦num:2⟧.
    """,
)
neg(
    "en",
    "chemistry notes with CAS numbers and constants",
    """
    ⟦pick:Water CAS 7732-18-5|Ethanol CAS 64-17-5|Acetone CAS 67-64-1|Glucose CAS 50-99-7⟧. N_A = 6.02214076×10²³ mol⁻¹. Yield ⟦num:2⟧.⟦num:1⟧% at ⟦num:3⟧.15 K, sample ⟦up:2⟧-⟦num:4⟧.
    """,
)
neg(
    "en",
    "Slack message with @mentions and a CSS snippet",
    """
    @channel deploy at 17:00, cc @⟦f1⟧ @devops-team
    ```css
    @media (max-width: 768px) { .btn { padding: 12px 24px; } }
    ```
    """,
)
neg(
    "en",
    "code using an SSN regex and a masked example",
    """
    const SSN_RE = /^\\d{3}-\\d{2}-\\d{4}$/;
    console.log(mask("⟦maskssn⟧"));  // never log the real value
    """,
)
neg(
    "en",
    "insurance policy summary with policy, group and claim numbers",
    """
    Policy no. POL-⟦year⟧-⟦numz:8⟧ · Group ⟦num:6⟧ · Claim ⟦num:3⟧-⟦num:6⟧-⟦num:2⟧ · Deductible ⟦amt:$⟧
    """,
)
neg(
    "en",
    "lottery numbers and weather summary",
    """
    Winning numbers: ⟦pick:04 11 23 35 42|02 19 27 33 48|07 08 15 31 44⟧ + ⟦numz:2⟧. Tomorrow: ⟦num:2⟧.⟦num:1⟧°C, humidity ⟦num:2⟧%, wind ⟦num:2⟧ km/h NW, pressure 10⟦numz:2⟧ hPa.
    """,
)
neg(
    "en",
    "mod-97-failing IBAN in a validation error message",
    """
    Error: the IBAN "⟦ibanbad:GB⟧" is not valid (check digits do not match). Please check and try again.
    """,
)
neg(
    "en",
    "support ticket about an IMEI-blocked phone, ticket number",
    """
    Ticket #⟦num:7⟧: customer's handset is blacklisted. IMEI 1: ⟦imei⟧, IMEI 2: ⟦imei⟧. Escalated to carrier ⟦date:us⟧.
    """,
)
neg(
    "en",
    "meeting notes with room numbers, dates and times only",
    """
    Sync ⟦date:en_long⟧, Room 4-117, ⟦time⟧–⟦time⟧. Action items: Q3 budget (due ⟦date:us⟧), hire 2 FTEs, review v⟦ver⟧.
    """,
)
# ---- hard negatives in other languages ----------------------------------------
neg(
    "de",
    "Bestellbestätigung: Bestell-, Kunden- und Sendungsnummer",
    """
    Bestellnummer: ⟦num:3⟧-⟦num:7⟧
    Kundennummer: ⟦num:8⟧
    Rechnungsdatum: ⟦date⟧
    Gesamtbetrag: ⟦amt:€de⟧
    Sendungsnummer: ⟦num:14⟧
    """,
)
neg(
    "de",
    "Beispiel-IBAN mit falscher Prüfziffer",
    """
    Beispiel (ungültig, nur zur Veranschaulichung): ⟦ibanbad:DE⟧ – bitte tragen Sie Ihre eigene IBAN ein.
    """,
)
neg(
    "de",
    "Kontoauszug mit maskierter Kontonummer und Buchungsreferenzen",
    """
    Kontoauszug Nr. ⟦num:1⟧/⟦year⟧ · Konto ****⟦num:4⟧
    ⟦date⟧ SEPA-Lastschrift Ref. ⟦alnum:16⟧ −⟦amt:€de⟧
    ⟦date⟧ Kartenzahlung Mastercard •••• ⟦num:4⟧ −⟦amt:€de⟧
    """,
)
neg(
    "de",
    "Steuer-ID und Rentenversicherungsnummer ausdrücklich benannt",
    """
    Steuerliche Identifikationsnummer: ⟦id:steuerid⟧
    Versicherungsnummer (RV): ⟦num:2⟧ ⟦num:6⟧ ⟦up:1⟧ ⟦num:3⟧
    """,
)
neg(
    "de",
    "Fahrplan und Termine",
    """
    Linie 42 ab Hbf 07:15, 07:35, 07:55; Termin Zahnarzt ⟦date⟧ um ⟦time⟧; Zimmer 3.14
    """,
)
neg(
    "fr",
    "facture : n° de facture, n° client, référence contrat",
    """
    Facture n° ⟦up:2⟧⟦num:8⟧ du ⟦date⟧
    N° client : ⟦num:9⟧
    Montant TTC : ⟦amt:€fr⟧
    Référence contrat : ⟦num:3⟧ ⟦num:3⟧ ⟦num:3⟧
    """,
)
neg(
    "fr",
    "numéro de sécurité sociale français nommé comme tel",
    """
    N° de sécurité sociale : ⟦id:nir⟧ (carte Vitale)
    """,
)
neg(
    "fr",
    "IBAN d'exemple invalide dans une notice",
    """
    Format attendu : ⟦ibanbad:FR⟧ (exemple fictif, clé incorrecte).
    """,
)
neg(
    "es",
    "pedido con número de pedido, cliente, importe y NIF",
    """
    Nº de pedido: ⟦num:10⟧
    Nº de cliente: ⟦num:7⟧
    Fecha: ⟦date⟧
    Importe: ⟦amt:€⟧
    NIF: ⟦id:dni⟧ · NIE del cónyuge: ⟦id:nie⟧
    """,
)
neg(
    "es",
    "número de caso y tarjeta enmascarada",
    """
    Su caso ⟦num:3⟧-⟦num:2⟧-⟦num:5⟧ ha sido registrado. Tarjeta terminada en ⟦num:4⟧. Referencia de pago ⟦num:12⟧.
    """,
)
neg(
    "pt",
    "pedido com boleto, CNPJ e vencimento",
    """
    Pedido nº ⟦num:9⟧
    Linha digitável: ⟦boleto⟧
    CNPJ: ⟦id:cnpj⟧
    Vencimento ⟦date⟧ · Valor R$ ⟦num:3⟧,⟦num:2⟧
    """,
)
neg(
    "it",
    "ordine con numero d'ordine, P.IVA e codice cliente",
    """
    Numero ordine ⟦num:10⟧ – P.IVA ⟦num:11⟧ – Codice cliente ⟦num:6⟧ – Codice fiscale ⟦id:cf⟧
    """,
)
neg(
    "nl",
    "bestelling met KvK- en btw-nummer",
    """
    Bestelnummer ⟦num:10⟧, KvK-nummer ⟦num:8⟧, btw-nummer NL⟦num:9⟧B01.
    BSN (alleen voor de belastingdienst): ⟦id:bsn⟧
    """,
)
neg(
    "pl",
    "zamówienie z NIP i REGON",
    """
    Nr zamówienia: ⟦num:9⟧ | NIP: ⟦num:3⟧-⟦num:3⟧-⟦num:2⟧-⟦num:2⟧ | REGON ⟦num:9⟧ | PESEL: ⟦id:pesel⟧
    """,
)
neg(
    "cs",
    "objednávka s IČO a DIČ",
    """
    Číslo objednávky ⟦num:10⟧, IČO ⟦num:8⟧, DIČ CZ⟦num:8⟧, datum ⟦date⟧
    """,
)
neg(
    "sv",
    "order med OCR-nummer, bankgiro och personnummer",
    """
    Ordernummer ⟦num:8⟧, OCR ⟦num:12⟧, Bankgiro ⟦num:3⟧-⟦num:4⟧. Personnummer: ⟦id:pnr⟧
    """,
)
neg(
    "ru",
    "заказ с трек-номером, ОГРН и СНИЛС",
    """
    Заказ № ⟦num:8⟧ от ⟦date⟧. Трек-номер: ⟦up:2⟧⟦num:9⟧RU. Сумма: ⟦num:4⟧ ₽.
    ОГРН ⟦num:13⟧, СНИЛС ⟦id:snils⟧
    """,
)
neg(
    "ru",
    "маскированная карта и номер договора",
    """
    Оплата картой *⟦num:4⟧ прошла успешно. Договор № ⟦num:2⟧-⟦num:6⟧/⟦year⟧.
    """,
)
neg(
    "tr",
    "sipariş ve vergi numarası",
    """
    Sipariş No: ⟦num:10⟧ | Vergi No: ⟦num:10⟧ | Tutar: ⟦num:3⟧,⟦num:2⟧ TL | TC Kimlik: ⟦id:tckn⟧
    """,
)
neg(
    "el",
    "παραγγελία με ΑΦΜ",
    """
    Αρ. παραγγελίας: ⟦num:8⟧, ΑΦΜ: ⟦num:9⟧, Ποσό: ⟦num:2⟧,⟦num:2⟧ €
    """,
)
neg(
    "zh",
    "淘宝订单：订单号、快递单号、金额",
    """
    订单号：⟦num:19⟧
    下单时间：⟦date⟧ ⟦time:s⟧
    实付款：¥⟦num:3⟧.00
    快递单号：SF⟦num:12⟧
    """,
)
neg(
    "zh",
    "身份证号码被明确标注（中国身份证）",
    """
    居民身份证号码：⟦id:cnid⟧（仅用于实名认证）
    """,
)
neg(
    "ja",
    "注文確認：注文番号、郵便番号、お届け予定日",
    """
    ご注文番号：⟦num:3⟧-⟦num:7⟧-⟦num:7⟧
    お届け予定日：⟦date⟧
    お届け先：〒⟦num:3⟧-⟦numz:4⟧
    """,
)
neg(
    "ja",
    "マイナンバーの記載",
    """
    個人番号（マイナンバー）：⟦id:mynumber⟧
    """,
)
neg(
    "ko",
    "주문번호와 사업자등록번호",
    """
    주문번호 ⟦num:14⟧ / 결제금액 ⟦amt:₩⟧ / 사업자등록번호 ⟦num:3⟧-⟦num:2⟧-⟦num:5⟧
    """,
)
neg(
    "ko",
    "주민등록번호 명시",
    """
    주민등록번호: ⟦id:rrn⟧ (본인 확인용)
    """,
)
neg(
    "ar",
    "طلب شراء: رقم الطلب وتاريخ التسليم والمبلغ",
    """
    رقم الطلب: ⟦num:9⟧ — تاريخ التسليم المتوقع: ⟦date⟧ — المبلغ: ⟦num:3⟧ ر.س
    """,
)
neg(
    "he",
    "הזמנה: מספר הזמנה, תאריך וסכום",
    """
    מספר הזמנה: ⟦num:8⟧, תאריך: ⟦date⟧, סכום: ₪⟦num:3⟧
    """,
)
neg(
    "hi",
    "ऑर्डर आईडी, PNR और PAN",
    """
    ऑर्डर आईडी: OD⟦num:18⟧
    PNR: ⟦num:10⟧
    PAN: ⟦id:pan⟧
    """,
)
neg(
    "th",
    "หมายเลขคำสั่งซื้อและยอดเงิน",
    """
    หมายเลขคำสั่งซื้อ ⟦num:15⟧ ยอดชำระ ⟦num:3⟧ บาท วันที่ ⟦date⟧
    """,
)
neg(
    "vi",
    "mã đơn hàng và tổng tiền",
    """
    Mã đơn hàng: ⟦up:2⟧⟦num:10⟧, tổng tiền ⟦num:3⟧.000đ, giao ngày ⟦date⟧
    """,
)
neg(
    "id",
    "nomor resi dan total belanja",
    """
    No. Resi: JP⟦num:10⟧ · Total Rp⟦num:3⟧.⟦numz:3⟧ · Estimasi tiba ⟦date⟧
    """,
)
neg(
    "ms",
    "nombor invois dan tarikh",
    """
    No. Invois: INV/⟦year⟧/⟦numz:5⟧ · Jumlah RM⟦num:3⟧.⟦num:2⟧ · Tarikh akhir ⟦date⟧
    """,
)
neg(
    "tl",
    "reference number ng bayad",
    """
    Ref. No. ⟦num:13⟧ · Halaga: ₱⟦num:1⟧,⟦numz:3⟧.00 · Petsa: ⟦date⟧
    """,
)
neg(
    "sw",
    "nambari ya agizo na tarehe",
    """
    Nambari ya agizo: ⟦num:8⟧, jumla TSh ⟦num:2⟧,⟦numz:3⟧, tarehe ⟦date⟧
    """,
)
neg(
    "hu",
    "rendelési szám és adószám",
    """
    Rendelésszám: ⟦num:9⟧ · Adószám: ⟦num:8⟧-⟦num:1⟧-⟦num:2⟧ · Dátum: ⟦date⟧
    """,
)
neg(
    "ro",
    "comandă și cod fiscal",
    """
    Comanda nr. ⟦num:8⟧ din ⟦date⟧ · CUI RO⟦num:8⟧ · Total ⟦num:3⟧,⟦num:2⟧ lei
    """,
)
neg(
    "uk",
    "замовлення і номер ТТН",
    """
    Замовлення № ⟦num:8⟧, ТТН ⟦num:14⟧, сума ⟦num:3⟧ грн, дата ⟦date⟧
    """,
)
neg(
    "fi",
    "tilausnumero ja viitenumero",
    """
    Tilausnumero ⟦num:8⟧ · viitenumero ⟦num:4⟧ ⟦num:5⟧ · summa ⟦num:2⟧,⟦num:2⟧ €
    """,
)
neg(
    "da",
    "ordrenummer og CVR",
    """
    Ordrenummer ⟦num:8⟧ · CVR ⟦num:8⟧ · Beløb ⟦num:3⟧,⟦num:2⟧ kr.
    """,
)
neg(
    "no",
    "ordre og organisasjonsnummer",
    """
    Ordre ⟦num:8⟧ · Org.nr. ⟦num:3⟧ ⟦num:3⟧ ⟦num:3⟧ · Forfall ⟦date⟧
    """,
)


# ---------------------------------------------------------------------------
# Build, self-check, write
# ---------------------------------------------------------------------------


def build() -> tuple[list[dict], int]:
    rng = random.Random(SEED)
    records, retries, seen = [], 0, []
    seen_texts: set[str] = set()
    for tpl in TEMPLATES:
        for _ in range(tpl.n):
            for _attempt in range(300):
                text, spans, regions, allow = render(tpl, rng)
                errs = problems(text, spans, regions, allow, tpl.kind)
                if not errs and text not in seen_texts:
                    break
                retries += 1
            else:
                raise AssertionError(f"{tpl.note}: {errs}")
            seen_texts.add(text)
            seen.append(text)
            phone_regions = sorted(
                {r for r, s in zip(regions, spans, strict=True) if s["entity"] == "PHONE"}
            )
            note = f"{tpl.note} ({LANG_NAMES[tpl.lang]})"
            if phone_regions:
                note += f" [phone regions: {', '.join(phone_regions)}]"
            order = sorted(range(len(spans)), key=lambda i: spans[i]["start"])
            records.append(
                {
                    "text": text,
                    "spans": [spans[i] for i in order],
                    "kind": tpl.kind,
                    "note": note,
                    "_regions": [regions[i] for i in order],
                    "_allow": allow,
                    "_lang": tpl.lang,
                    "_prose": tpl.prose,
                }
            )
    rng.shuffle(records)
    return records, retries


def self_check(records: list[dict]) -> None:
    assert len({r["text"] for r in records}) == len(records), "duplicate texts"
    for r in records:
        assert list(r)[:4] == ["text", "spans", "kind", "note"]
        assert r["kind"] in ("positive", "hard_negative")
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["note"]
        for s in r["spans"]:
            assert list(s) == ["entity", "start", "end"] and s["entity"] in ENTITIES
            assert 0 <= s["start"] < s["end"] <= len(r["text"])
        errs = problems(r["text"], r["spans"], r["_regions"], r["_allow"], r["kind"])
        assert not errs, (r["note"], errs)


def main() -> None:
    records, retries = build()
    self_check(records)
    with OUT_PATH.open("w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            public = {k: r[k] for k in ("text", "spans", "kind", "note")}
            fh.write(json.dumps(public, ensure_ascii=False) + "\n")
    kinds = Counter(r["kind"] for r in records)
    ents = Counter(s["entity"] for r in records for s in r["spans"])
    regions = sorted(
        {
            g
            for r in records
            for g, s in zip(r["_regions"], r["spans"], strict=True)
            if s["entity"] == "PHONE"
        }
    )
    prose_langs = sorted({r["_lang"] for r in records if r["_prose"]})
    all_langs = sorted({r["_lang"] for r in records})
    print(f"wrote {len(records)} texts to {OUT_PATH.name} (regenerated {retries} draws)")
    print("kinds:", dict(sorted(kinds.items())))
    print("spans:", {e: ents[e] for e in ENTITIES}, "total", sum(ents.values()))
    print(f"phone regions: {len(regions)}")
    print(f"languages: {len(prose_langs)} with prose ({len(all_langs)} incl. structured-only)")


if __name__ == "__main__":
    main()
