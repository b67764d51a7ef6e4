#!/usr/bin/env python3
"""Twelfth personal-data (PII) evaluation set: ~800 multilingual texts.

Entities: EMAIL, PHONE, CARD, IBAN, IP, SSN.  About 550 positives (texts with
gold spans) and 250 hard negatives (no spans, but full of look-alikes: order
ids, tracking numbers, ISBNs, dates, versions, hashes, private IPs, invalid
cards/IBANs/SSNs, national ids of other countries, postal codes, ...).

This set was written blind: without reading the detector, its tests, its docs
or any earlier evaluation set.  Everything comes from the author's knowledge
of how people write personal data around the world.

Deterministic: random.Random(20261206), no other randomness.  Run with

    /work/main/.venv/bin/python benchmarks/twelfth/make_personal_data_twelfth.py

It writes personal_data_twelfth.jsonl next to this file, runs self-checks
(bounds, overlap, Luhn, mod-97, SSN rules, ipaddress.is_global, e-mail shape,
phonenumbers.is_possible_number per intended region, no Luhn-valid runs in
hard negatives) and prints counts.
"""
import ipaddress
import json
import os
import random
import re

import phonenumbers

SEED = 20261206
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "personal_data_twelfth.jsonl")

LABEL = {"P": "PHONE", "E": "EMAIL", "C": "CARD", "B": "IBAN", "I": "IP", "S": "SSN"}
TOK = re.compile(r"\[\[([A-Za-z]+?)(\d?)\]\]")

# ----------------------------------------------------------------------------
# languages: name, chat call template, phone label, e-mail label, order-number negative
LANG = {
    "en": ("English", "Hi, it's me, call me back on [[P]] when you get a sec.", "Tel", "Email", "Your order [[N]] has shipped and should arrive on Tuesday."),
    "fr": ("French", "Salut, rappelle-moi au [[P]] dès que tu peux.", "Tél.", "Courriel", "Votre commande n° [[N]] a bien été expédiée."),
    "es": ("Spanish", "Hola, llámame al [[P]] cuando puedas, porfa.", "Tel.", "Correo", "Su pedido n.º [[N]] ha sido enviado."),
    "ca": ("Catalan", "Bon dia! Truca'm al [[P]] aquesta tarda.", "Tel.", "Correu", "La teva comanda núm. [[N]] ja és de camí."),
    "pt": ("Portuguese", "Oi, me liga no [[P]] mais tarde?", "Tel.", "E-mail", "Seu pedido nº [[N]] foi enviado."),
    "nl": ("Dutch", "Hoi, bel me even terug op [[P]].", "Tel.", "E-mail", "Uw bestelling [[N]] is verzonden."),
    "de": ("German", "Hallo, ruf mich bitte unter [[P]] zurück.", "Tel.", "E-Mail", "Ihre Bestellung Nr. [[N]] wurde versandt."),
    "it": ("Italian", "Ciao, richiamami al [[P]] appena puoi.", "Tel.", "E-mail", "Il tuo ordine n. [[N]] è stato spedito."),
    "sv": ("Swedish", "Hej! Ring mig på [[P]] när du har tid.", "Tel", "E-post", "Din order [[N]] har skickats."),
    "nb": ("Norwegian", "Hei, ring meg på [[P]] i kveld.", "Tlf", "E-post", "Ordrenummer [[N]] er sendt."),
    "da": ("Danish", "Hej, ring til mig på [[P]] i morgen.", "Tlf.", "E-mail", "Din ordre [[N]] er afsendt."),
    "fi": ("Finnish", "Moi, soita mulle numeroon [[P]].", "Puh.", "Sähköposti", "Tilauksesi [[N]] on lähetetty."),
    "is": ("Icelandic", "Hæ, hringdu í mig í síma [[P]].", "Sími", "Netfang", "Pöntun nr. [[N]] hefur verið send."),
    "pl": ("Polish", "Cześć, zadzwoń do mnie pod numer [[P]].", "Tel.", "E-mail", "Twoje zamówienie nr [[N]] zostało wysłane."),
    "cs": ("Czech", "Ahoj, zavolej mi na [[P]], prosím.", "Tel.", "E-mail", "Vaše objednávka č. [[N]] byla odeslána."),
    "sk": ("Slovak", "Ahoj, zavolaj mi na číslo [[P]].", "Tel.", "E-mail", "Vaša objednávka č. [[N]] bola odoslaná."),
    "hu": ("Hungarian", "Szia, hívj fel a [[P]] számon.", "Tel.", "E-mail", "A(z) [[N]] számú rendelését feladtuk."),
    "ro": ("Romanian", "Salut, sună-mă la [[P]] când poți.", "Tel.", "E-mail", "Comanda dumneavoastră nr. [[N]] a fost expediată."),
    "bg": ("Bulgarian", "Здрасти, обади ми се на [[P]].", "Тел.", "Имейл", "Поръчка № [[N]] е изпратена."),
    "el": ("Greek", "Γεια, πάρε με τηλέφωνο στο [[P]].", "Τηλ.", "Email", "Η παραγγελία σας αρ. [[N]] απεστάλη."),
    "hr": ("Croatian", "Bok, nazovi me na [[P]].", "Tel.", "E-pošta", "Vaša narudžba br. [[N]] je poslana."),
    "sl": ("Slovenian", "Živjo, pokliči me na [[P]].", "Tel.", "E-pošta", "Vaše naročilo št. [[N]] je bilo odposlano."),
    "sr": ("Serbian", "Здраво, позови ме на [[P]].", "Тел.", "Е-пошта", "Ваша поруџбина бр. [[N]] је послата."),
    "uk": ("Ukrainian", "Привіт, передзвони мені на [[P]].", "Тел.", "Ел. пошта", "Ваше замовлення № [[N]] відправлено."),
    "ru": ("Russian", "Привет, перезвони мне по номеру [[P]].", "Тел.", "Эл. почта", "Ваш заказ № [[N]] передан в доставку."),
    "lt": ("Lithuanian", "Labas, paskambink man [[P]].", "Tel.", "El. paštas", "Jūsų užsakymas Nr. [[N]] išsiųstas."),
    "lv": ("Latvian", "Sveiki, piezvani man uz [[P]].", "Tālr.", "E-pasts", "Jūsu pasūtījums Nr. [[N]] ir nosūtīts."),
    "et": ("Estonian", "Tere, helista mulle numbril [[P]].", "Tel", "E-post", "Teie tellimus nr [[N]] on teele saadetud."),
    "tr": ("Turkish", "Merhaba, beni [[P]] numarasından arar mısın?", "Tel", "E-posta", "[[N]] numaralı siparişiniz kargoya verildi."),
    "he": ("Hebrew", "היי, תתקשר אליי למספר [[P]] בבקשה.", "טל׳", "דוא״ל", "הזמנה מספר [[N]] נשלחה."),
    "ar": ("Arabic", "مرحبا، اتصل بي على الرقم [[P]] من فضلك.", "هاتف", "البريد الإلكتروني", "تم شحن طلبك رقم [[N]]."),
    "sw": ("Swahili", "Habari, nipigie kwa [[P]] jioni hii.", "Simu", "Barua pepe", "Oda yako namba [[N]] imetumwa."),
    "af": ("Afrikaans", "Hallo, bel my asseblief by [[P]].", "Tel", "E-pos", "Jou bestelling nr. [[N]] is gestuur."),
    "am": ("Amharic", "ሰላም፣ በዚህ ቁጥር ይደውሉልኝ፦ [[P]]", "ስልክ", "ኢሜይል", "የትዕዛዝ ቁጥር [[N]] ተልኳል።"),
    "hi": ("Hindi", "नमस्ते, कृपया मुझे [[P]] पर कॉल करें।", "फ़ोन", "ईमेल", "आपका ऑर्डर नंबर [[N]] भेज दिया गया है।"),
    "ur": ("Urdu", "السلام علیکم، مجھے [[P]] پر کال کریں۔", "فون", "ای میل", "آپ کا آرڈر نمبر [[N]] روانہ کر دیا گیا ہے۔"),
    "bn": ("Bengali", "হ্যালো, আমাকে [[P]] নম্বরে ফোন করুন।", "ফোন", "ইমেইল", "আপনার অর্ডার নম্বর [[N]] পাঠানো হয়েছে।"),
    "si": ("Sinhala", "ආයුබෝවන්, කරුණාකර [[P]] අංකයට අමතන්න.", "දුරකථන", "ඊමේල්", "ඔබගේ ඇණවුම් අංකය [[N]] යවා ඇත."),
    "ne": ("Nepali", "नमस्ते, मलाई [[P]] मा फोन गर्नुहोस्।", "फोन", "इमेल", "तपाईंको अर्डर नम्बर [[N]] पठाइएको छ।"),
    "zh": ("Chinese (Simplified)", "你好，有事请打我电话 [[P]]。", "电话", "邮箱", "您的订单号 [[N]] 已发货。"),
    "zh-Hant": ("Chinese (Traditional)", "你好，有需要請致電 [[P]]。", "電話", "電郵", "訂單編號 [[N]] 已出貨。"),
    "ja": ("Japanese", "お世話になっております。折り返し [[P]] までお電話ください。", "電話", "メール", "ご注文番号 [[N]] の商品を発送しました。"),
    "ko": ("Korean", "안녕하세요, [[P]]로 연락 주세요.", "전화", "이메일", "주문번호 [[N]] 상품이 발송되었습니다."),
    "ms": ("Malay", "Hai, sila hubungi saya di [[P]].", "Tel", "E-mel", "Pesanan anda no. [[N]] telah dihantar."),
    "th": ("Thai", "สวัสดีครับ โทรหาผมได้ที่ [[P]] นะครับ", "โทร", "อีเมล", "คำสั่งซื้อหมายเลข [[N]] ถูกจัดส่งแล้ว"),
    "vi": ("Vietnamese", "Chào bạn, gọi cho mình theo số [[P]] nhé.", "ĐT", "Email", "Đơn hàng số [[N]] đã được giao cho đơn vị vận chuyển."),
    "tl": ("Tagalog", "Hi po, tawagan niyo ako sa [[P]].", "Tel", "Email", "Naipadala na ang order mo na [[N]]."),
    "id": ("Indonesian", "Halo, tolong hubungi saya di [[P]] ya.", "Telp", "Surel", "Pesanan Anda nomor [[N]] sudah dikirim."),
    "fa": ("Persian", "سلام، لطفاً با شماره [[P]] با من تماس بگیرید.", "تلفن", "ایمیل", "سفارش شما به شماره [[N]] ارسال شد."),
    "kk": ("Kazakh", "Сәлем, маған [[P]] нөміріне хабарласыңыз.", "Тел.", "Эл. пошта", "Сіздің № [[N]] тапсырысыңыз жіберілді."),
    "ka": ("Georgian", "გამარჯობა, დამირეკეთ ნომერზე [[P]].", "ტელ.", "ელ-ფოსტა", "თქვენი შეკვეთა № [[N]] გაიგზავნა."),
    "hy": ("Armenian", "Բարև, զանգահարեք ինձ [[P]] համարով։", "Հեռ.", "Էլ. փոստ", "Ձեր № [[N]] պատվերն ուղարկված է։"),
    "az": ("Azerbaijani", "Salam, mənə [[P]] nömrəsinə zəng edin.", "Tel.", "E-poçt", "[[N]] nömrəli sifarişiniz göndərildi."),
    "mt": ("Maltese", "Bongu, ċempilli fuq [[P]] jekk jogħġbok.", "Tel.", "Email", "L-ordni tiegħek nru [[N]] intbagħtet."),
}

# phone patterns: '#' any digit, 'N' digit 2-9, everything else literal
PH = {
    "US": ("en", ["(212) N##-####", "415-N##-####", "+1 312 N##-####", "1 (646) N##-####", "617.N##.####", "+1-202-N##-####"]),
    "CA": ("fr", ["(514) N##-####", "+1 438 N##-####", "416-N##-####", "1-604-N##-####"]),
    "MX": ("es", ["55 #### ####", "+52 55 #### ####", "+52 81 #### ####", "(33) #### ####"]),
    "BR": ("pt", ["(11) 9####-####", "+55 21 9####-####", "(11) 3###-####", "+55 (31) 9####-####", "011 9####-####"]),
    "AR": ("es", ["+54 9 11 ####-####", "011 4###-####", "+54 351 ###-####", "(011) 15-####-####"]),
    "CL": ("es", ["+56 9 #### ####", "(2) 2### ####", "+56 2 2### ####"]),
    "CO": ("es", ["+57 3## ### ####", "310 ### ####", "(601) ### ####"]),
    "PE": ("es", ["+51 9## ### ###", "(01) ### ####", "9## ### ###"]),
    "EC": ("es", ["+593 9# ### ####", "09# ### ####"]),
    "UY": ("es", ["+598 9# ### ###", "09# ### ###"]),
    "VE": ("es", ["+58 412-###-####", "0414-###-####"]),
    "GB": ("en", ["020 7### ####", "+44 20 7### ####", "07### ######", "+44 (0)161 ### ####", "0113 ### ####", "+44 7### ######"]),
    "IE": ("en", ["+353 1 ### ####", "087 ### ####", "(01) ### ####", "+353 86 ### ####"]),
    "FR": ("fr", ["01 ## ## ## ##", "06 ## ## ## ##", "+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##", "07.##.##.##.##", "0033 4 ## ## ## ##"]),
    "BE": ("nl", ["+32 2 ### ## ##", "0475 ## ## ##", "02/### ## ##", "+32 475 ## ## ##"]),
    "NL": ("nl", ["020 ### ####", "06-########", "+31 6 ########", "+31 (0)10 ### ####", "0031 20 ### ####"]),
    "LU": ("fr", ["+352 621 ### ###", "+352 691 ### ###"]),
    "DE": ("de", ["030 ########", "(089) #######", "+49 171 #######", "0151 ########", "+49 (0)40 ########", "0221/#######", "0049 30 ########", "+49 30 ######-##"]),
    "AT": ("de", ["+43 1 #######", "0664 #######", "(0316) ######", "+43 664 ### ####"]),
    "CH": ("de", ["044 ### ## ##", "+41 79 ### ## ##", "079 ### ## ##", "+41 (0)22 ### ## ##", "0041 44 ### ## ##"]),
    "IT": ("it", ["06 ########", "+39 333 ### ####", "345 ### ####", "+39 02 #### ####", "0039 347 #######"]),
    "ES": ("es", ["91 ### ## ##", "6## ## ## ##", "+34 6## ### ###", "0034 91 ### ## ##", "6## ### ###"]),
    "AD": ("ca", ["+376 3## ###", "+376 8## ###"]),
    "PT": ("pt", ["+351 21 ### ####", "91# ### ###", "+351 96# ### ###", "22# ### ###"]),
    "SE": ("sv", ["08-### ## ##", "070-### ## ##", "+46 70 ### ## ##", "031-## ## ##"]),
    "NO": ("nb", ["+47 9## ## ###", "22 ## ## ##", "9## ## ###", "4## ## ###"]),
    "DK": ("da", ["+45 ## ## ## ##", "## ## ## ##"]),
    "FI": ("fi", ["+358 40 ### ####", "050 ### ####", "09 ### ####", "044 ### ####"]),
    "IS": ("is", ["+354 ### ####", "6## ####", "5## ####"]),
    "PL": ("pl", ["+48 5## ### ###", "22 ### ## ##", "6## ### ###", "(22) ### ## ##", "0048 5## ### ###"]),
    "CZ": ("cs", ["+420 6## ### ###", "6## ### ###", "7## ### ###", "2## ### ###"]),
    "SK": ("sk", ["+421 9## ### ###", "09## ### ###", "02/### ### ##"]),
    "HU": ("hu", ["+36 1 ### ####", "06 30 ### ####", "+36 20 ### ####", "06-1-###-####"]),
    "RO": ("ro", ["+40 7## ### ###", "07## ### ###", "021 ### ####"]),
    "BG": ("bg", ["+359 88 ### ####", "02 ### ####", "0888 ### ###"]),
    "GR": ("el", ["+30 21# ### ####", "69# ### ####", "210 ### ####"]),
    "CY": ("el", ["+357 99 ######", "22 ######"]),
    "HR": ("hr", ["+385 91 ### ####", "01/### ####", "098 ### ###"]),
    "SI": ("sl", ["+386 41 ### ###", "01 ### ## ##", "040 ### ###"]),
    "RS": ("sr", ["+381 6# ### ####", "011/###-####", "06# ###-####"]),
    "UA": ("uk", ["+380 ## ### ## ##", "(044) ###-##-##", "050 ### ## ##", "067-###-##-##"]),
    "RU": ("ru", ["+7 (495) ###-##-##", "8 (9##) ###-##-##", "+7 9## ###-##-##", "8-812-###-##-##"]),
    "BY": ("ru", ["+375 29 ###-##-##", "8 (017) ###-##-##"]),
    "LT": ("lt", ["+370 6## #####", "8 6## #####", "(8 5) ### ####"]),
    "LV": ("lv", ["+371 2### ####", "67## ####"]),
    "EE": ("et", ["+372 5### ####", "6## ####"]),
    "TR": ("tr", ["+90 5## ### ## ##", "0 (212) ### ## ##", "05## ### ## ##", "0216 ### ## ##"]),
    "IL": ("he", ["+972 5#-###-####", "03-###-####", "05#-###-####", "+972-2-###-####"]),
    "AE": ("ar", ["+971 5# ### ####", "04 ### ####", "05# ### ####"]),
    "SA": ("ar", ["+966 5# ### ####", "05# ### ####", "011 ### ####"]),
    "QA": ("ar", ["+974 #### ####", "5### ####", "+974 4### ####"]),
    "KW": ("ar", ["+965 #### ####", "9### ####"]),
    "JO": ("ar", ["+962 7 #### ####", "07# ### ####"]),
    "LB": ("ar", ["+961 3 ### ###", "01 ### ###", "+961 71 ### ###"]),
    "EG": ("ar", ["+20 1# #### ####", "01# #### ####", "(02) #### ####"]),
    "MA": ("fr", ["+212 6## ## ## ##", "06 ## ## ## ##", "05 22 ## ## ##"]),
    "TN": ("ar", ["+216 ## ### ###", "2# ### ###"]),
    "DZ": ("fr", ["+213 5## ## ## ##", "0555 ## ## ##", "021 ## ## ##"]),
    "NG": ("en", ["+234 80# ### ####", "080# ### ####", "0803-###-####"]),
    "KE": ("sw", ["+254 7## ######", "07## ######", "0722 ### ###"]),
    "TZ": ("sw", ["+255 7## ### ###", "07## ### ###"]),
    "ZA": ("af", ["+27 8# ### ####", "011 ### ####", "082 ### ####", "(021) ### ####"]),
    "GH": ("en", ["+233 24 ### ####", "024 ### ####"]),
    "ET": ("am", ["+251 91 ### ####", "0911 ## ## ##"]),
    "IN": ("hi", ["+91 98### #####", "098### #####", "+91-22-####-####", "(011) ####-####", "+91 9#########"]),
    "PK": ("ur", ["+92 3## #######", "03##-#######", "021-3###-####"]),
    "BD": ("bn", ["+880 17##-######", "01### ######", "+880 1#########"]),
    "LK": ("si", ["+94 7# ### ####", "011 ### ####", "07# ### ####"]),
    "NP": ("ne", ["+977 98########", "01-#######", "98########"]),
    "CN": ("zh", ["+86 1## #### ####", "138 #### ####", "(010) #### ####", "021-########", "+86 755 #### ####"]),
    "HK": ("zh-Hant", ["+852 #### ####", "9### ####", "2### ####"]),
    "TW": ("zh-Hant", ["+886 9## ### ###", "09##-###-###", "(02) ####-####"]),
    "JP": ("ja", ["03-####-####", "090-####-####", "+81 3-####-####", "+81 90 #### ####", "06 (####) ####", "0120-###-###"]),
    "KR": ("ko", ["010-####-####", "02-###-####", "+82 10-####-####", "+82 2 #### ####", "031-###-####"]),
    "SG": ("en", ["+65 #### ####", "9### ####", "6### ####"]),
    "MY": ("ms", ["+60 12-### ####", "012-### ####", "03-#### ####"]),
    "TH": ("th", ["+66 8# ### ####", "08#-###-####", "02 ### ####"]),
    "VN": ("vi", ["+84 9# ### ## ##", "09# ### ####", "028 #### ####"]),
    "PH": ("tl", ["+63 917 ### ####", "0917 ### ####", "(02) 8### ####"]),
    "ID": ("id", ["+62 812-####-####", "0812 #### ####", "(021) ### ####", "0812-####-###"]),
    "AU": ("en", ["(02) #### ####", "04## ### ###", "+61 4## ### ###", "+61 2 #### ####", "1300 ### ###"]),
    "NZ": ("en", ["+64 21 ### ####", "021 ### ####", "(09) ### ####"]),
    "IR": ("fa", ["+98 912 ### ####", "0912 ### ####", "021 #### ####"]),
    "KZ": ("kk", ["+7 7## ### ## ##", "8 (727) ### ## ##", "8 701 ### ####"]),
    "GE": ("ka", ["+995 5## ## ## ##", "(032) 2## ## ##", "5## ## ## ##"]),
    "AM": ("hy", ["+374 ## ######", "(010) ######", "0## ## ## ##"]),
    "AZ": ("az", ["+994 5# ### ## ##", "(012) ### ## ##", "05# ### ## ##"]),
    "MT": ("mt", ["+356 79## ####", "21## ####", "99## ####"]),
}
TLD = {"GB": "co.uk", "JP": "co.jp", "KR": "co.kr", "AU": "com.au", "NZ": "co.nz", "BR": "com.br", "AR": "com.ar",
       "MX": "com.mx", "ZA": "co.za", "IN": "co.in", "CN": "com.cn", "TR": "com.tr", "IL": "co.il", "US": "com",
       "EG": "com.eg", "SA": "com.sa", "PK": "com.pk", "BD": "com.bd", "NG": "com.ng", "KE": "co.ke", "TW": "com.tw",
       "HK": "com.hk", "MY": "com.my", "SG": "com.sg", "PH": "com.ph", "ID": "co.id", "TH": "co.th", "VN": "com.vn"}
GENERIC = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "gmx.net", "mail.ru",
           "yandex.ru", "web.de", "orange.fr", "libero.it", "naver.com", "qq.com", "163.com", "yahoo.co.jp", "t-online.de"]
COMP = ["nordlicht", "alpenbau", "brightpath", "sunrise-logistics", "kaffeehaus", "studio-mare", "techvale", "greenleaf",
        "atlas-consult", "bluewave", "kestrel", "oakridge-dental", "mariposa", "lumen-labs", "harbourview", "pinecrest"]
FIRST = ["anna", "lukas", "marie", "jonas", "sofia", "mateo", "chloe", "yuki", "minjun", "priya", "omar", "fatima",
         "liam", "elena", "ivan", "olga", "kenji", "mei", "ahmed", "lucia", "pedro", "sven", "ingrid", "tomasz",
         "aisha", "kwame", "noah", "emma", "hiro", "layla", "diego", "nina", "pavel", "sara", "arjun", "leila"]
LAST = ["muller", "schmidt", "dubois", "garcia", "rossi", "silva", "tanaka", "kim", "nguyen", "patel", "khan",
        "novak", "kowalski", "jensen", "larsen", "ivanova", "yilmaz", "cohen", "haddad", "okafor", "mensah",
        "smith", "brown", "wilson", "martin", "lopez", "fernandes", "nakamura", "chen", "wang", "santos", "popescu"]
NAMES = {
    "ru": ["Иван Петров", "Ольга Смирнова"], "uk": ["Олена Коваленко", "Тарас Шевчук"], "bg": ["Георги Иванов", "Мария Петрова"],
    "sr": ["Милан Јовановић", "Ана Петровић"], "kk": ["Айгерим Сейткали", "Нурлан Абенов"], "el": ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"],
    "he": ["דניאל כהן", "נועה לוי"], "ar": ["أحمد الحسن", "فاطمة الزهراء"], "fa": ["علی رضایی", "مریم احمدی"], "ur": ["عمران خان", "عائشہ ملک"],
    "zh": ["王伟", "李娜"], "zh-Hant": ["陳大文", "林美玲"], "ja": ["山田太郎", "佐藤花子"], "ko": ["김민준", "이서연"],
    "hi": ["राहुल शर्मा", "प्रिया वर्मा"], "ne": ["सुनिल थापा", "सीता गुरुङ"], "bn": ["রহিম উদ্দিন", "সুমাইয়া আক্তার"],
    "th": ["สมชาย ใจดี", "สุดา แก้วมณี"], "ka": ["გიორგი ბერიძე", "ნინო კაპანაძე"], "hy": ["Արամ Պետրոսյան", "Անի Հակոբյան"],
    "am": ["አበበ ከበደ", "ሄለን ታደሰ"], "si": ["නිමල් පෙරේරා", "කුමාරි සිල්වා"],
}
LATIN_NAMES = ["Anna Keller", "Lukas Brandt", "Marie Laurent", "Sofia Romano", "Mateo Fernández", "Chloé Martin",
               "Priya Nair", "Omar Benali", "Tomasz Nowak", "Ingrid Solberg", "Kwame Mensah", "Elena Popescu",
               "Diego Alvarez", "Nina Horvat", "Sara Lindqvist", "Arjun Mehta", "Leila Haddad", "Pedro Santos",
               "Jan de Vries", "Aisha Okafor", "Mehmet Yılmaz", "Liam O'Connor", "Emma Virtanen", "Nguyễn Văn An"]
US_NAMES = ["James Carter", "Maria Hernandez", "Tyler Brooks", "Ashley Nguyen", "Robert Kim", "Jennifer Walsh",
            "DeShawn Williams", "Megan O'Brien", "Carlos Rivera", "Emily Johnson", "Kevin Patel", "Laura Schmidt"]


def name(lang="en"):
    return R.choice(NAMES.get(lang, LATIN_NAMES))


# ----------------------------------------------------------------------------
PHONE_REG = {}   # phone string -> set of intended regions
REGIONS = set()
BAD_PATTERNS = []


def fill(p):
    return "".join(str(R.randint(0, 9)) if c == "#" else str(R.randint(2, 9)) if c == "N" else c for c in p)


def phone(region, pat=None, e164=False):
    pat = pat or R.choice(PH[region][1])
    for _ in range(80):
        s = fill(pat)
        n = phonenumbers.parse(s, region)
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == region:
            break
    else:
        BAD_PATTERNS.append((region, pat))
    if e164:
        s = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    PHONE_REG.setdefault(s, set()).add(region)
    REGIONS.add(region)
    return s


def email(tld=None, first=None):
    f, l = first or R.choice(FIRST), R.choice(LAST)
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(1, 99)}", f"{f}{R.randint(70, 99)}", f"{l}.{f[0]}",
                      f"{f}+{R.choice(['shop', 'news', 'work'])}", f"{f}.{l}", f"{f}-{l}"])
    doms = GENERIC + ([f"{R.choice(COMP)}.{tld}"] * 6 if tld else [f"{R.choice(COMP)}.{R.choice(['com', 'io', 'eu', 'org'])}"] * 4)
    return f"{local}@{R.choice(doms)}"


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        s += x
    return s % 10 == 0


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


BRANDS = [("4", 16, [4, 4, 4, 4]), ("51", 16, [4, 4, 4, 4]), ("55", 16, [4, 4, 4, 4]), ("2221", 16, [4, 4, 4, 4]),
          ("34", 15, [4, 6, 5]), ("37", 15, [4, 6, 5]), ("6011", 16, [4, 4, 4, 4]), ("3530", 16, [4, 4, 4, 4]),
          ("36", 14, [4, 6, 4]), ("62", 16, [4, 4, 4, 4]), ("62", 19, [4, 4, 4, 4, 3]), ("4", 16, [4, 4, 4, 4]),
          ("53", 16, [4, 4, 4, 4]), ("6759", 16, [4, 4, 4, 4]), ("4", 13, [4, 4, 5])]


def group(d, sizes, sep):
    out, i = [], 0
    for g in sizes:
        out.append(d[i:i + g])
        i += g
    return sep.join(out)


def card(sep=None):
    pre, ln, sizes = R.choice(BRANDS)
    d = luhn_complete(pre + digits(ln - len(pre) - 1))
    sep = R.choice([" ", " ", "-", "", " "]) if sep is None else sep
    return d if sep == "" else group(d, sizes, sep)


IBAN_SHAPE = {"DE": "18n", "FR": "23n", "GB": "4a14n", "IE": "4a14n", "NL": "4a10n", "BE": "12n", "AT": "16n",
              "CH": "17n", "LI": "17n", "LU": "16n", "ES": "20n", "IT": "1a22n", "SM": "1a22n", "PT": "21n", "PL": "24n",
              "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "SK": "20n", "HU": "24n", "RO": "4a16n",
              "BG": "4a14n", "HR": "17n", "SI": "15n", "GR": "23n", "CY": "24n", "TR": "22n", "SA": "20n", "AE": "19n",
              "QA": "4a21n", "KW": "4a22n", "JO": "4a22n", "BH": "4a14n", "EG": "25n", "LB": "24n", "TN": "20n",
              "IL": "19n", "LT": "16n", "LV": "4a13n", "EE": "16n", "MT": "4a23n", "IS": "22n", "MC": "23n",
              "UA": "25n", "GE": "2a16n", "AZ": "4a20n", "KZ": "16n", "BR": "23n1a1c", "PK": "4a16n", "MU": "4a19n3a"}
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "IE": 22, "NL": 18, "BE": 16, "AT": 20, "CH": 21, "LI": 21, "LU": 20, "ES": 24,
            "IT": 27, "SM": 27, "PT": 25, "PL": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "CZ": 24, "SK": 24, "HU": 28,
            "RO": 24, "BG": 22, "HR": 21, "SI": 19, "GR": 27, "CY": 28, "TR": 26, "SA": 24, "AE": 23, "QA": 29, "KW": 30,
            "JO": 30, "BH": 22, "EG": 29, "LB": 28, "TN": 24, "IL": 23, "LT": 20, "LV": 21, "EE": 20, "MT": 31, "IS": 26,
            "MC": 27, "UA": 29, "GE": 22, "AZ": 28, "KZ": 20, "BR": 29, "PK": 24, "MU": 30}
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def iban_num(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(s):
    s = s.replace(" ", "")
    return s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] and s[2:4].isdigit() and iban_num(s) % 97 == 1


def iban(cc, grouped=None, bad=False):
    bban = ""
    for n, t in re.findall(r"(\d+)([nac])", IBAN_SHAPE[cc]):
        pool = "0123456789" if t == "n" else UP if t == "a" else UP + "0123456789"
        bban += "".join(R.choice(pool) for _ in range(int(n)))
    chk = 98 - iban_num(cc + "00" + bban) % 97
    if bad:
        chk = (chk + R.randint(1, 90)) % 97 + 2
    s = f"{cc}{chk:02d}{bban}"
    grouped = R.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


V4_FIRST = [23, 31, 37, 45, 46, 51, 62, 66, 77, 78, 81, 84, 85, 89, 91, 93, 95, 103, 109, 114, 122, 128, 134, 141,
            145, 151, 154, 176, 178, 185, 188, 193, 195, 201, 212, 213, 217]
V6_PRE = ["2a00:1450", "2606:4700", "2001:4860", "2a03:2880", "2400:cb00", "2620:0:2d0", "2a02:8108", "2804:14c",
          "2409:8a00", "2001:67c", "2a01:4f8", "2c0f:fb50", "2405:200", "2003:e2"]


def ipv4():
    while True:
        s = f"{R.choice(V4_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6():
    g = R.choice(V6_PRE).split(":")
    while len(g) < 8:
        g.append("0" if R.random() < 0.35 else format(R.randint(1, 0xFFFF), "x"))
    a = ipaddress.IPv6Address(":".join(g))
    return a.exploded if R.random() < 0.12 else str(a)


def ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


# ----------------------------------------------------------------------------
RECS, LANGS = [], set()


def auto(tpl, region=None, ssn_sep=None, e164=False, iban_cc=None, v6=None, card_sep=None, lang="en", extra=None):
    vals = dict(extra or {})
    for m in TOK.finditer(tpl):
        t, k = m.group(1), m.group(1) + m.group(2)
        if k in vals:
            continue
        if t == "P":
            vals[k] = phone(region or R.choice(REGION_KEYS), e164=e164)
        elif t == "E":
            vals[k] = email(TLD.get(region, (region or "").lower() or None))
        elif t == "C":
            vals[k] = card(card_sep)
        elif t == "B":
            vals[k] = iban(iban_cc or R.choice(IBAN_KEYS))
        elif t == "I":
            vals[k] = ipv6() if (R.random() < 0.3 if v6 is None else v6) else ipv4()
        elif t == "S":
            vals[k] = ssn(R.choice(["-", "-", "-", " ", ""]) if ssn_sep is None else ssn_sep)
        elif t == "name":
            vals[k] = name(lang)
        elif t == "usname":
            vals[k] = R.choice(US_NAMES)
        elif t == "co":
            vals[k] = R.choice(COMP).replace("-", " ").title()
        elif t == "d":
            vals[k] = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2019, 2026)}"
        elif t == "amt":
            vals[k] = f"{R.randint(12, 4999)}.{R.randint(0, 99):02d}"
        elif t == "exp":
            vals[k] = f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"
        elif t == "cvv":
            vals[k] = digits(3)
        elif t == "bic":
            vals[k] = "".join(R.choice(UP) for _ in range(4)) + (iban_cc or "DE") + R.choice(["FF", "MM", "2X", "PP"]) + R.choice(["", "XXX"])
        elif t == "t":
            vals[k] = f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
        elif t == "port":
            vals[k] = str(R.randint(1025, 65000))
        else:
            raise KeyError(k)
    return vals


def render(tpl, vals):
    out, spans, pos, n = [], [], 0, 0
    for m in TOK.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        n += len(lit)
        v = vals[m.group(1) + m.group(2)]
        if m.group(1) in LABEL:
            spans.append({"start": n, "end": n + len(v), "entity": LABEL[m.group(1)]})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans


def pos(tpl, note, lang, **kw):
    text, spans = render(tpl, auto(tpl, lang=lang, **kw))
    assert spans, note
    RECS.append({"text": text, "spans": spans, "kind": "positive", "note": note})
    LANGS.add(lang)


REGION_KEYS = list(PH)
IBAN_KEYS = list(IBAN_SHAPE)

# ----------------------------------------------------------------------------
# 1. phones per region in the region's language
MOB = {"en": "Mobile", "fr": "Portable", "es": "Móvil", "pt": "Celular", "de": "Mobil", "it": "Cell.", "nl": "Mobiel",
       "ru": "Моб.", "ja": "携帯", "zh": "手机", "ko": "휴대폰", "pl": "Kom.", "tr": "Cep", "ar": "جوال", "sv": "Mobil"}
for reg, (lang, pats) in PH.items():
    lname, call, tel, mail, _ = LANG[lang]
    form = "international" if pats[0].startswith(("+", "00")) else "national"
    p1 = pats[0] if R.random() < 0.5 else None
    pos(call, f"{lname} chat message asking for a call back, {reg} number", lang, region=reg,
        extra={"P": phone(reg, p1)} if p1 else None)
    kind = R.randint(0, 3)
    if kind == 0:
        tpl = f"[[name]]\n[[co]]\n{tel}: [[P]]\n{mail}: [[E]]"
        note = f"{lname} e-mail signature, {reg} phone and e-mail"
    elif kind == 1:
        tpl = f"-- \n[[name]] | [[co]]\n{tel} [[P]] · {MOB.get(lang, 'Mob.')} [[P2]]\n[[E]]"
        note = f"{lname} signature with landline and mobile ({reg})"
    elif kind == 2:
        tpl = f"[[name]]\n{tel}.: [[P]]   Fax: [[P2]]\n{mail}: [[E]]"
        note = f"{lname} letterhead with phone and fax, {reg}"
    else:
        tpl = f"[[co]]\n{tel} [[P]] / [[P2]]\n{MOB.get(lang, 'Mob.')} [[P3]]\n[[E]]"
        note = f"{lname} company card with two lines and a mobile, {reg}"
    pos(tpl, note, lang, region=reg)

# 2. genre texts, phones from random regions
GENRE = [
    ("name,phone,email,city\n[[name]],[[P]],[[E]],Lyon\n[[name2]],[[P2]],[[E2]],Porto\n[[name3]],\"[[P3]]\",,Graz", "CSV contact export, mixed regions", "en", {}),
    ("id\tcustomer\tmobile\n1041\t[[name]]\t[[P]]\n1042\t[[name2]]\t[[P2]]", "TSV customer rows with mobiles", "en", {}),
    ('{"customer": {"name": "[[name]]", "phone": "[[P]]", "email": "[[E]]", "newsletter": false}}', "JSON customer record, E.164 phone", "en", {"e164": True}),
    ("contact:\n  name: [[name]]\n  phone: \"[[P]]\"\n  email: [[E]]\n  preferred: sms", "YAML contact block", "en", {}),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:[[name]]\nTEL;TYPE=CELL:[[P]]\nTEL;TYPE=WORK:[[P2]]\nEMAIL:[[E]]\nEND:VCARD", "vCard with two numbers", "en", {}),
    ('<p>Questions? Call <a href="tel:[[P]]">us</a> or mail <a href="mailto:[[E]]">[[E]]</a></p>', "HTML footer with tel: and mailto: links", "en", {"e164": True}),
    ("| Name | Phone | Role |\n|------|-------|------|\n| [[name]] | [[P]] | Lead |\n| [[name2]] | [[P2]] | Backup |", "markdown on-call table", "en", {}),
    ("Ticket #48213 — Customer cannot log in.\nCallback number: [[P]]\nAlt e-mail: [[E]]\nPriority: P3", "support ticket with callback number", "en", {}),
    ("FOR SALE: mountain bike, 21 gears, barely used. 180 EUR ono. Call or text [[P]] after 6pm.", "classified ad, phone only", "en", {}),
    ("Verkaufe Kinderwagen, guter Zustand, 90 € VB. Bei Interesse: [[P]] (auch WhatsApp)", "German classified ad", "de", {}),
    ("À vendre : canapé 3 places, 150 €. Me contacter au [[P]] ou par mail [[E]]", "French classified ad with phone and e-mail", "fr", {}),
    ("Se alquila habitación en piso compartido, 350 €/mes. Interesados llamar al [[P]].", "Spanish flat-share ad", "es", {}),
    ("C0NTACT lNF0RMATI0N\nPh0ne : [[P]]\nE-MAlL: [[E]]", "OCR-ish scanned contact block", "en", {}),
    ("李先生 mobile [[P]]，WeChat 同号，email [[E]]", "mixed Chinese/English contact note", "zh", {"region": "CN"}),
    ("田中さんの携帯は [[P]] です。Please call before 5pm JST.", "mixed Japanese/English note", "ja", {"region": "JP"}),
    ("للتواصل: [[P]] — WhatsApp only please, no calls after 10pm", "mixed Arabic/English contact line", "ar", {"region": "AE"}),
    ("Pizza Roma — [[P]] — open till 11, free delivery over 20", "unlabelled business number in a list", "en", {}),
    ("[12/03/24, 18:22] [[name]]: new number btw [[P]]\n[12/03/24, 18:23] [[name2]]: saved 👍", "WhatsApp chat export", "en", {}),
    ("Your courier will call you from [[P]] between 10:00 and 12:00. Reply STOP to opt out.", "SMS delivery notice", "en", {}),
    ("[[name]]\nSenior Account Manager\nT [[P]] ext. 214\nM [[P2]]\n[[E]]", "signature, extension outside span", "en", {"region": "US"}),
    ("2024-05-12T10:22:01Z INFO sms.send to=[[P]] template=otp status=delivered", "log line with E.164 recipient", "en", {"e164": True}),
    ("emergency contacts: mum [[P]], dad [[P2]]", "informal emergency contacts, no labels", "en", {}),
    ("Reception [[P]] · Bookings [[E]] · Fax [[P2]]", "hotel footer with phone, fax and e-mail", "en", {}),
    ("Hey! Lost my phone, this is my temporary number: [[P]]. Text me here for now.", "chat about a temporary number", "en", {}),
    ("Name: [[name]]\nDate of birth: 14.02.1990\nPhone (mobile): [[P]]\nE-mail: [[E]]\nSignature: ______", "paper form transcription", "en", {}),
    ("can u call [[P]] and ask for [[name]]? she has the keys", "lowercase chat, unlabelled number", "en", {}),
    ("Kontakt: [[name]], [[P]], [[E]]", "German inline contact, comma separated", "de", {"region": "DE"}),
    ("Urgence plomberie 24h/24 : [[P]]", "French emergency plumber ad", "fr", {"region": "FR"}),
    ("Chamar no zap: [[P]] 😉", "Brazilian WhatsApp slang", "pt", {"region": "BR"}),
    ("Для связи: [[P]] (Telegram, WhatsApp)", "Russian messenger contact", "ru", {"region": "RU"}),
    ("Bel gerust: [[P]] of mail naar [[E]]", "Dutch inline phone and e-mail", "nl", {"region": "NL"}),
    ("문의: [[P]] (평일 09:00~18:00)", "Korean inquiry line with hours", "ko", {"region": "KR"}),
    ("お問い合わせ：[[P]]（受付時間 10:00〜17:00）", "Japanese inquiry line with hours", "ja", {"region": "JP"}),
    ("contact_phone=[[P]]&contact_email=[[E]]&consent=1", "URL-encoded form body", "en", {"e164": True}),
    ("From: [[name]] <[[E]]>\nTo: [[E2]]\nSubject: Re: meeting\n\nSure, ring me on [[P]].", "e-mail headers plus phone in body", "en", {}),
    ("INSERT INTO contacts (name, phone, email) VALUES ('[[name]]', '[[P]]', '[[E]]');", "SQL insert statement", "en", {}),
    ("Call [[P]] / [[P2]] / [[E]]", "slash-separated contact strip", "en", {}),
    ("Wi-Fi: Guest · Password on the fridge · Host: [[name]] [[P]]", "holiday rental house notes", "en", {}),
    ("Tenant: [[name]]\nTel.: [[P]]\nLandlord: [[name2]]\nTel.: [[P2]]", "lease contact section, two parties", "en", {}),
    ("Lost dog! Answers to Bruno. Please call [[P]] or [[P2]]. Reward.", "lost-dog flyer", "en", {}),
    ("📞 [[P]]\n✉️ [[E]]\n📍 Old Town", "emoji-labelled contact card", "en", {}),
    ("Meldung von [[name]] (Rückruf unter [[P]]): Heizung im 3. OG defekt.", "German facility ticket", "de", {"region": "AT"}),
    ("Branch list:\nNorth [[P]]\nSouth [[P2]]\nAirport [[P3]]", "unlabelled branch phone list", "en", {}),
    ("Dear team, please add [[E]] and [[E2]] to the distribution list.", "e-mails only, no phone", "en", {}),
    ("cc: [[E]]; [[E2]]; [[E3]]", "semicolon e-mail list", "en", {}),
    ("Reach our DPO at [[E]].", "privacy notice DPO e-mail", "en", {}),
]
for i in range(70):
    tpl, note, lang, kw = GENRE[i % len(GENRE)]
    kw = dict(kw)
    reg = kw.pop("region", None)
    if reg is None and "[[P" in tpl and "mixed" not in note:
        reg = R.choice(REGION_KEYS)
        note = f"{note} ({reg})"
    pos(tpl, note, lang, region=reg, **kw)

# 3. SSNs
SSN_T = [
    ("Form W-4 (2025)\nFirst name and middle initial: [[usname]]\nSocial security number: [[S]]\nFiling status: Single", "W-4 transcription", "-"),
    ("Hi Dana,\nPlease fix the payroll record for [[usname]]: the SSN on file ([[S]]) is a typo, the correct one is [[S2]].\nThanks,\nHR Operations", "HR e-mail correcting an SSN", "-"),
    ("| Employee | Dept | SSN |\n|---|---|---|\n| [[usname]] | Sales | [[S]] |\n| [[usname2]] | Ops | [[S2]] |\n| [[usname3]] | IT | [[S3]] |", "markdown payroll table", None),
    ("emp_id,last_first,ssn,hire_date\n10023,\"[[usname]]\",[[S]],2019-04-01\n10024,\"[[usname2]]\",[[S2]],2021-09-13", "CSV HR export", None),
    ("Form 1099-NEC\nPAYER'S TIN: 47-2219034\nRECIPIENT'S TIN: [[S]]\nRECIPIENT'S name: [[usname]]\nBox 1 Nonemployee compensation: $[[amt]]", "1099-NEC with EIN payer and SSN recipient", "-"),
    ("my social is [[S]] if you need it for the background check", "chat, unlabelled-ish SSN", "-"),
    ("SSN: [[S]]   DOB: 04/12/1986   Phone: [[P]]", "intake line with SSN and US phone", None),
    ("Número de Seguro Social: [[S]]\nNombre: [[usname]]", "Spanish-language US benefits form", "-"),
    ("a Employee's social security number\n[[S]]\nb Employer identification number (EIN)\n91-1144442\nc Employer's name: [[co]] Inc.", "W-2 box layout", "-"),
    ('{"applicant": {"name": "[[usname]]", "ssn": "[[S]]", "income": [[amt]]}}', "JSON loan applicant", None),
    ("Patient: [[usname]]\nSSN [[S]]\nInsurance member ID: XHW8821734\nReason for visit: follow-up", "medical intake form", None),
    ("Dependent 1: [[usname]], SSN [[S]]; Dependent 2: [[usname2]], SSN [[S2]]", "tax return dependents", "-"),
    ("Borrower SSN: [[S]]\nCo-borrower SSN: [[S2]]\nLoan amount: $[[amt]]", "mortgage application", None),
    ("Customer read out their SSN as [[S]] on the call — please redact the recording.", "call-centre note", "-"),
    ("S0CIAL SECURlTY N0. [[S]]\nNAME [[usname]]", "OCR-ish Social Security card scan", " "),
    ("2024-02-11 09:14:03 WARN validation failed field=ssn value=[[S]] user=[[E]]", "application log leaking SSN and e-mail", ""),
    ("Taxpayer SSN: [[S]]\nSpouse SSN: [[S2]]\nFiling status: Married filing jointly", "1040 header", None),
    ("employee:\n  name: [[usname]]\n  ssn: '[[S]]'\n  state: OH", "YAML employee record", None),
    ("Hey, for the I-9 can you send me your SSN? — sure it's [[S]]", "text exchange for I-9 form", "-"),
    ("Applicant's Social Security No.: [[S]]   Driver's license: D1234-56789-01234", "rental application", "-"),
    ("Please verify: SSN ending matches? Full SSN on file [[S]], caller gave [[S2]].", "fraud-team note, two SSNs", "-"),
    ("SSN [[S]]", "bare labelled SSN without separators", ""),
    ("Beneficiary: [[usname]] (SSN [[S]]), share 50%\nBeneficiary: [[usname2]] (SSN [[S2]]), share 50%", "life insurance beneficiaries", None),
    ("W-2 batch for [[co]]:\n[[usname]] [[S]]\n[[usname2]] [[S2]]\n[[usname3]] [[S3]]\n[[usname4]] [[S4]]", "W-2 batch list, four SSNs", "-"),
    ("Household members: [[usname]] SSN [[S]] / [[usname2]] SSN [[S2]] / [[usname3]] SSN [[S3]]", "benefits household, three SSNs", None),
    ("Student ID 20231187 · SSN (for FAFSA): [[S]]", "FAFSA note with student id", "-"),
]
for i in range(100):
    tpl, note, sep = SSN_T[i % len(SSN_T)]
    pos(tpl, f"US {note}", "es" if "Número" in tpl else "en", region="US", ssn_sep=sep)

# 4. cards
CARD_T = [
    ("Card number: [[C]]\nExpiry: [[exp]]\nCVC: [[cvv]]", "checkout form", "en"),
    ("can you charge my card? [[C]] exp [[exp]]", "chat with card and expiry", "en"),
    ("Kreditkartennummer: [[C]], gültig bis [[exp]]", "German card details", "de"),
    ("Numéro de carte : [[C]] — date d'expiration [[exp]]", "French card details", "fr"),
    ("Tarjeta: [[C]] vence [[exp]]", "Spanish card details", "es"),
    ("カード番号：[[C]]　有効期限：[[exp]]", "Japanese card form", "ja"),
    ('{"payment": {"pan": "[[C]]", "exp": "[[exp]]", "amount": [[amt]], "currency": "EUR"}}', "JSON payment payload leaking PAN", "en"),
    ("refund_id,card,amount\nR-1001,[[C]],[[amt]]\nR-1002,[[C2]],[[amt2]]\nR-1003,[[C3]],[[amt3]]", "CSV refunds with three cards", "en"),
    ("2025-01-08 14:02:11 ERROR charge failed pan=[[C]] code=05", "payment log line", "en"),
    ("Customer pasted card [[C]] into the chat, please purge transcript.", "support note", "en"),
    ("Número do cartão: [[C]] validade [[exp]]", "Portuguese card details", "pt"),
    ("Numero carta: [[C]] scadenza [[exp]]", "Italian card details", "it"),
    ("Kaartnummer [[C]] geldig t/m [[exp]]", "Dutch card details", "nl"),
    ("Numer karty: [[C]], ważna do [[exp]]", "Polish card details", "pl"),
    ("卡号：[[C]] 有效期 [[exp]]", "Chinese card details", "zh"),
    ("카드번호 [[C]] 유효기간 [[exp]]", "Korean card details", "ko"),
    ("Номер карты: [[C]], срок действия [[exp]]", "Russian card details", "ru"),
    ("Kart numarası: [[C]] SKT [[exp]]", "Turkish card details", "tr"),
    ("رقم البطاقة: [[C]] تاريخ الانتهاء [[exp]]", "Arabic card details", "ar"),
    ("My old card [[C]] was replaced by [[C2]], please update the subscription.", "two cards in one message", "en"),
    ("PAN [[C]] | holder [[name]] | [[E]]", "pipe-separated card record with e-mail", "en"),
    ("chargeback batch\n1) [[C]] EUR [[amt]]\n2) [[C2]] EUR [[amt2]]\n3) [[C3]] EUR [[amt3]]", "chargeback batch, three cards", "en"),
    ("Karte gesperrt: [[C]]. Ersatzkarte: [[C2]]", "German blocked card and replacement", "de"),
    ("Betaalkaart verlopen. Nieuwe kaart: [[C]]", "Dutch short message", "nl"),
]
for i in range(80):
    tpl, note, lang = CARD_T[i % len(CARD_T)]
    pos(tpl, note, lang)

# 5. IBANs
IBAN_PH = {
    "de": "Bitte überweisen Sie den Betrag bis zum [[d]] auf folgendes Konto:\nKontoinhaber: [[name]]\nIBAN: [[B]]\nBIC: [[bic]]",
    "fr": "Merci d'effectuer le virement sur le compte suivant : IBAN [[B]] (BIC [[bic]]).",
    "nl": "Gelieve het bedrag over te maken op IBAN [[B]] t.n.v. [[name]].",
    "en": "Bank details for payment: [[name]], IBAN [[B]], SWIFT [[bic]].",
    "es": "Realice la transferencia a la cuenta IBAN [[B]] indicando el número de factura.",
    "it": "Coordinate bancarie: IBAN [[B]] intestato a [[name]].",
    "pt": "Dados para transferência: IBAN [[B]] — titular [[name]].",
    "pl": "Proszę o przelew na rachunek [[B]] do dnia [[d]].",
    "cs": "Platbu prosím zašlete na účet IBAN: [[B]].",
    "sk": "Platbu uhraďte na IBAN [[B]], variabilný symbol 20240117.",
    "hu": "Kérjük, utalja át az összeget a következő számlára: [[B]]",
    "ro": "Vă rugăm să plătiți în contul IBAN [[B]].",
    "bg": "Банкова сметка: IBAN [[B]], BIC [[bic]]",
    "hr": "Uplatu izvršite na IBAN [[B]].",
    "sl": "Znesek nakažite na TRR: [[B]]",
    "el": "Στοιχεία πληρωμής: IBAN [[B]]",
    "tr": "Ödemeyi şu hesaba yapabilirsiniz: IBAN [[B]] — Alıcı: [[name]]",
    "ar": "يرجى التحويل إلى الحساب رقم الآيبان [[B]]",
    "he": "פרטי חשבון להעברה: IBAN [[B]]",
    "lt": "Mokėjimą atlikite į sąskaitą [[B]].",
    "lv": "Lūdzu, pārskaitiet uz kontu [[B]].",
    "et": "Palun tasuge arve kontole [[B]].",
    "mt": "Ħallas fuq il-kont IBAN [[B]].",
    "is": "Vinsamlegast millifærið á IBAN [[B]].",
    "sv": "Betala till IBAN [[B]], ange fakturanummer som referens.",
    "nb": "Beløpet betales til IBAN [[B]].",
    "da": "Beløbet indbetales på IBAN [[B]].",
    "fi": "Maksu tilille IBAN [[B]], viite 1234 5617.",
    "uk": "Реквізити для оплати: IBAN [[B]]",
    "ka": "საბანკო რეკვიზიტები: IBAN [[B]]",
    "az": "Ödəniş üçün hesab: IBAN [[B]]",
    "kk": "Төлем шоты: IBAN [[B]]",
    "ur": "براہ کرم رقم اس اکاؤنٹ میں بھیجیں: IBAN [[B]]",
}
IBAN_LANG = {"DE": "de", "AT": "de", "CH": "de", "LI": "de", "LU": "fr", "FR": "fr", "MC": "fr", "BE": "nl", "NL": "nl",
             "GB": "en", "IE": "en", "ES": "es", "IT": "it", "SM": "it", "PT": "pt", "PL": "pl", "CZ": "cs", "SK": "sk",
             "HU": "hu", "RO": "ro", "BG": "bg", "HR": "hr", "SI": "sl", "GR": "el", "CY": "el", "TR": "tr", "SA": "ar",
             "AE": "ar", "QA": "ar", "KW": "ar", "JO": "ar", "BH": "ar", "EG": "ar", "LB": "ar", "TN": "fr", "IL": "he",
             "LT": "lt", "LV": "lv", "EE": "et", "MT": "mt", "IS": "is", "SE": "sv", "NO": "nb", "DK": "da", "FI": "fi",
             "UA": "uk", "GE": "ka", "AZ": "az", "KZ": "kk", "BR": "pt", "PK": "ur", "MU": "en"}
PHONE_OF = {"DE": "DE", "AT": "AT", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "GB": "GB", "BE": "BE", "PT": "PT"}
for cc in IBAN_KEYS:
    lang = IBAN_LANG[cc]
    pos(IBAN_PH[lang], f"{LANG[lang][0]} payment instructions, {cc} IBAN", lang, iban_cc=cc)
extra_iban = [
    ('{"creditor": {"name": "[[name]]", "iban": "[[B]]"}, "amount": [[amt]], "scheme": "SEPA"}', "JSON SEPA transfer", "en"),
    ("payee;iban;amount\n[[name]];[[B]];[[amt]]\n[[name2]];[[B2]];[[amt2]]", "semicolon CSV of payees", "en"),
    ("hey send it to my iban [[B]] pls 🙏", "chat asking for transfer", "en"),
    ("[[co]] GmbH · Sitz Berlin · [[name]]\nTel. [[P]] · IBAN [[B]] · USt-IdNr. DE 8144 7720 3", "German invoice footer with phone and IBAN", "de"),
    ("Old account [[B]] closed, please use [[B2]] from now on.", "account change notice, two IBANs", "en"),
    ("RIB / IBAN : [[B]]\nTél. : [[P]]", "French invoice footer", "fr"),
]
for i in range(28):
    tpl, note, lang = extra_iban[i % len(extra_iban)]
    cc = {"de": "DE", "fr": "FR"}.get(lang, R.choice(IBAN_KEYS))
    pos(tpl, note, lang, iban_cc=cc if lang != "en" else None, region=PHONE_OF.get(cc, "DE" if lang == "de" else "FR"))

# 6. IPs
IP_T = [
    ('[[I]] - - [12/Mar/2025:10:14:22 +0000] "GET /login HTTP/1.1" 200 5123\n[[I2]] - - [12/Mar/2025:10:14:25 +0000] "POST /login HTTP/1.1" 302 0', "nginx access log, two clients", "en", False),
    ("Mar 12 03:22:41 web01 sshd[2211]: Failed password for root from [[I]] port [[port]] ssh2", "sshd auth failure", "en", False),
    ("kernel: DROP IN=eth0 OUT= SRC=[[I]] DST=[[I2]] PROTO=TCP SPT=[[port]] DPT=22", "iptables drop log", "en", False),
    ("my public IP is [[I]], can you whitelist it on the firewall?", "chat asking for allow-listing", "en", False),
    ('{"event": "login", "user": "[[E]]", "client_ip": "[[I]]", "ts": "2025-03-01T08:00:00Z"}', "JSON login event with e-mail and IP", "en", None),
    ("X-Forwarded-For: [[I]], [[I2]]", "HTTP header with proxy chain", "en", False),
    ("Neue Anmeldung bei Ihrem Konto von IP-Adresse [[I]] (Frankfurt am Main).", "German new-login alert", "de", None),
    ("Nouvelle connexion depuis l'adresse IP [[I]].", "French login alert", "fr", None),
    ("Inicio de sesión desde la IP [[I]] el [[d]].", "Spanish login alert", "es", None),
    ("不審なログイン：IPアドレス [[I]] からアクセスがありました。", "Japanese suspicious login alert", "ja", None),
    ("client [[I]] connected via IPv6, upstream [[I2]]", "IPv6 proxy log", "en", True),
    ("user,last_login_ip\n[[E]],[[I]]\n[[E2]],[[I2]]\n[[E3]],[[I3]]", "CSV of last-login IPs", "en", None),
    ("[[I]] GET /api/v1/items 200\n[[I2]] GET /api/v1/items 429\n[[I3]] POST /api/v1/cart 201", "API gateway log, three clients", "en", None),
    ("Blocked [[I]] after 20 failed attempts (fail2ban)", "fail2ban note", "en", False),
    ("Вход в аккаунт с IP [[I]]. Если это были не вы, смените пароль.", "Russian login alert", "ru", None),
    ("AAAA record points to [[I]]; A record to [[I2]]", "DNS notes, v6 then v4", "en", None),
    ("Zugriffe von [[I]] und [[I2]] sperren bitte.", "German admin request", "de", False),
    ("登录异常：IP [[I]]（上海）", "Chinese login anomaly", "zh", None),
    ("GeoIP lookup for [[I]]: AS15169, country NL", "GeoIP lookup output", "en", None),
]
for i in range(58):
    tpl, note, lang, v6 = IP_T[i % len(IP_T)]
    if tpl.startswith("AAAA"):
        vals = {"I": ipv6(), "I2": ipv4()}
        text, spans = render(tpl, vals)
        RECS.append({"text": text, "spans": spans, "kind": "positive", "note": note})
        continue
    pos(tpl, note, lang, v6=v6)

# ----------------------------------------------------------------------------
# hard negatives
NEG = []


def neg(text, note, lang):
    NEG.append((text, note, lang))


def nonluhn(n):
    while True:
        d = digits(n)
        if d[0] != "0" and not luhn_ok(d):
            return d


def isbn13():
    b = "978" + digits(9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return b + str(c)


def cpf():
    b = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(b, range(k, 1, -1))) % 11
        b.append(0 if s < 2 else 11 - s)
    d = "".join(map(str, b))
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def order_no():
    return R.choice([f"{R.randint(100, 999)}-{digits(7)}-{digits(7)}", f"A{digits(9)}", f"#{R.randint(100000, 999999)}",
                     f"ORD-{R.randint(2023, 2026)}-{digits(6)}", f"{digits(4)}-{digits(4)}-{digits(2)}"])


for lang in LANG:
    neg(render(LANG[lang][4], {"N": order_no()})[0], f"{LANG[lang][0]} order shipped notice, order number only", lang)


def priv_ip():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}", f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}", "127.0.0.1",
                     f"169.254.{R.randint(1, 254)}.{R.randint(1, 254)}", f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


NEG_GEN = [
    lambda: (f"Your parcel is on its way. Tracking number: 1Z{''.join(R.choice(UP + '0123456789') for _ in range(6))}{digits(10)}", "UPS tracking number", "en"),
    lambda: (f"Ihre Sendungsnummer lautet {digits(20)}. Voraussichtliche Zustellung: Donnerstag.", "DHL 20-digit tracking number", "de"),
    lambda: (f"Numéro de suivi : 6A{digits(11)} — Colissimo", "Colissimo tracking id", "fr"),
    lambda: (f"ISBN {(lambda s: f'{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}')(isbn13())}, 2nd edition, 412 pages", "book listing with hyphenated ISBN-13", "en"),
    lambda: (f"Termin am {R.randint(1, 28):02d}.{R.randint(1, 12):02d}.2025 um {R.randint(8, 18)}:30 Uhr, Raum 2.14", "German appointment date and time", "de"),
    lambda: (f"会議は2025年{R.randint(1, 12)}月{R.randint(1, 28)}日 {R.randint(9, 18)}:00〜{R.randint(9, 18)}:30 です。", "Japanese meeting date", "ja"),
    lambda: (f"Rendez-vous le {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025 à {R.randint(8, 18)}h{R.choice(['00', '15', '30', '45'])}.", "French date and time", "fr"),
    lambda: (f"started_at=2025-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{digits(3)}+01:00 duration_ms={R.randint(10, 99999)}", "ISO timestamp log field", "en"),
    lambda: (f"Upgraded appliance firmware from 10.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 30)} to 10.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(31, 60)} (build {digits(8)}).", "four-part firmware versions", "en"),
    lambda: (f"Microsoft Windows [Version 10.0.{R.randint(19041, 22631)}.{R.randint(1000, 4000)}]", "Windows build string", "en"),
    lambda: (f"Release notes v{R.randint(2, 9)}.{R.randint(300, 999)}.{R.randint(0, 9)}.{R.randint(256, 999)} — fixes crash on startup", "release version with large components", "en"),
    lambda: (f"commit {''.join(R.choice('0123456789abcdef') for _ in range(40))}\nAuthor: build-bot\n\n    bump deps", "git commit hash", "en"),
    lambda: (f"sha256: {''.join(R.choice('0123456789abcdef') for _ in range(64))}  installer.pkg", "sha256 checksum line", "en"),
    lambda: (f"request_id={'-'.join(''.join(R.choice('0123456789abcdef') for _ in range(n)) for n in (8, 4, 4, 4, 12))} status=200", "UUID request id", "en"),
    lambda: (f"Treffpunkt: {R.uniform(40, 60):.6f}, {R.uniform(2, 25):.6f} (Parkplatz Nord)", "GPS coordinates", "de"),
    lambda: (f"Gesamtbetrag: {R.randint(1, 9)}.{R.randint(100, 999)},{R.randint(0, 99):02d} € inkl. 19 % MwSt.", "German price with thousands dot", "de"),
    lambda: (f"合计：¥{R.randint(1, 99)},{R.randint(100, 999)}（税込）", "Japanese price", "ja"),
    lambda: (f"Dimensions: {R.randint(40, 200)} x {R.randint(30, 90)} x {R.randint(20, 120)} cm, weight {R.randint(2, 60)}.{R.randint(0, 9)} kg", "product measurements", "en"),
    lambda: (f"Kundennummer: 0{R.randint(30, 89)} {digits(4)} {digits(4)} — bitte bei Rückfragen angeben.", "German customer number shaped like a phone", "de"),
    lambda: (f"Policy number {R.randint(200, 899)}-{R.randint(200, 999)}-{digits(4)} (quote this in all correspondence)", "insurance policy number, phone-shaped", "en"),
    lambda: (f"Loyalty card: {' '.join(nonluhn(16)[i:i + 4] for i in range(0, 16, 4))}", "16-digit loyalty card failing Luhn", "en"),
    lambda: (f"Gift card code {nonluhn(16)} — PIN {digits(4)}", "gift card failing Luhn", "en"),
    lambda: (f"IBAN: {iban(R.choice(['DE', 'FR', 'NL', 'ES', 'IT']), bad=True)} — bitte prüfen, die Bank meldet 'ungültig'.", "IBAN-shaped string failing mod-97", "de"),
    lambda: (f"Supplier ref {iban(R.choice(['GB', 'BE', 'AT', 'PL']), grouped=False, bad=True)} rejected by bank: checksum error", "mistyped IBAN rejected", "en"),
    lambda: (f"SSN field contains placeholder 000-{R.randint(10, 99)}-{digits(4)}; please collect the real one.", "SSN with invalid 000 area", "en"),
    lambda: (f"ITIN: 9{R.randint(10, 99)}-{R.choice([70, 71, 78, 83, 92])}-{digits(4)} (individual taxpayer id, not an SSN)", "ITIN with 9xx area", "en"),
    lambda: (f"Employer EIN: {R.randint(10, 98)}-{digits(7)}", "EIN 12-3456789 shape", "en"),
    lambda: (f"Ship to: 1200 Market St, San Francisco, CA {R.randint(94102, 94134)}-{digits(4)}", "ZIP+4 code", "en"),
    lambda: (f"Part no. {R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)} (hex bolt, zinc) qty 200", "part number in SSN shape", "en"),
    lambda: (f"SSN on the form was 666-{R.randint(10, 99)}-{digits(4)}, which is never issued.", "SSN with 666 area", "en"),
    lambda: (f"server {{\n  listen 80;\n  server_name intranet.local;\n  location / {{ proxy_pass http://{priv_ip()}:8080; }}\n}}", "nginx config with private upstream", "en"),
    lambda: (f"{priv_ip()}  db.internal\n{priv_ip()}  cache.internal\n::1  localhost\nfe80::1%eth0  gw", "/etc/hosts with private and link-local", "en"),
    lambda: (f"DB_HOST={priv_ip()}\nDB_PORT=5432\nREDIS_URL=redis://{priv_ip()}:6379/0", ".env with private IPs", "en"),
    lambda: (f"docker0: inet 172.17.0.1 netmask 255.255.0.0; container at 172.17.0.{R.randint(2, 250)}", "docker bridge addresses", "en"),
    lambda: (f"Example from RFC 5737: ping 198.51.100.{R.randint(1, 254)} and 203.0.113.{R.randint(1, 254)}; v6 2001:db8::{R.randint(1, 999)}", "documentation-range IPs", "en"),
    lambda: (f"Flight LH {R.randint(400, 2999)} departs {R.randint(6, 22):02d}:{R.choice(['05', '25', '55'])} from gate B{R.randint(1, 60)}, seat {R.randint(1, 40)}{R.choice('ACDF')}", "flight number and gate", "en"),
    lambda: (f"Zug ICE {R.randint(500, 1999)}, Wagen {R.randint(1, 14)}, Platz {R.randint(11, 128)}, Abfahrt Gleis {R.randint(1, 18)}", "German train reservation", "de"),
    lambda: (f"Sort code: {R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}\nAccount number: {digits(8)}", "UK sort code and account number labelled", "en"),
    lambda: (f"ABA routing number {digits(9)}, account {digits(10)} (checking)", "US routing and account numbers", "en"),
    lambda: (f"〒{R.randint(100, 999)}-{digits(4)} 東京都千代田区丸の内{R.randint(1, 3)}-{R.randint(1, 9)}-{R.randint(1, 9)}", "Japanese postal code and address", "ja"),
    lambda: (f"CEP {R.randint(10000, 99999)}-{digits(3)}, São Paulo - SP", "Brazilian CEP postal code", "pt"),
    lambda: (f"CPF: {cpf()} (cadastro de pessoa física)", "Brazilian CPF labelled", "pt"),
    lambda: (f"DNI {digits(8)}{R.choice('TRWAGMYFPDXBNJZSQVHLCKE')} — fecha de caducidad 2031", "Spanish DNI labelled", "es"),
    lambda: (f"주민등록번호 {R.randint(70, 99)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{R.randint(1, 2)}{digits(6)} (마스킹 필요)", "Korean resident registration number", "ko"),
    lambda: (f"Personnummer: {R.randint(1950, 2005)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}-{digits(4)}", "Swedish personal identity number", "sv"),
    lambda: (f"Aadhaar: {R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}", "Indian Aadhaar number", "hi"),
    lambda: (f"EAN {digits(12)}{R.randint(0, 9)} · SKU BX-{digits(5)} · Lager A3", "EAN barcode and SKU", "de"),
    lambda: (f"ts={R.randint(1600000000, 1800000000)}{digits(3)} event=heartbeat seq={R.randint(1, 99999)}", "epoch milliseconds timestamp", "en"),
    lambda: (f"Az. {R.randint(1, 30)} O {R.randint(100, 999)}/{R.randint(20, 25)} — Landgericht, Termin {R.randint(1, 28)}.{R.randint(1, 12)}.2025", "German court file number", "de"),
    lambda: (f"CAS {R.randint(50, 9999)}-{R.randint(10, 99)}-{R.randint(0, 9)}, purity 99.{R.randint(0, 9)} %", "chemical CAS number", "en"),
    lambda: (f"Error 0x{''.join(R.choice('0123456789ABCDEF') for _ in range(8))}: access denied (HTTP 403)", "hex error code", "en"),
    lambda: (R.choice(["My number changed, I'll text you the new one tonight.", "Call me when you land, you have my number.",
                       "Ich schicke dir meine neue Nummer per SMS.", "Te paso mi número luego por WhatsApp."]), "talk about phone numbers without any number", R.choice(["en", "de", "es"])),
    lambda: (f"Lotto: {' '.join(f'{x:02d}' for x in sorted(R.sample(range(1, 50), 6)))} — Superzahl {R.randint(0, 9)}", "lottery numbers", "de"),
    lambda: (f"Bought {R.randint(10, 900):,} shares at {R.randint(10, 500)}.{digits(2)}; stop at {R.randint(10, 500)}.{digits(2)}", "trade confirmation numbers", "en"),
    lambda: (f"Room {R.randint(1, 9)}.{R.randint(10, 40)}, Building {R.randint(1, 12)}, desk {R.randint(100, 999)}-{R.choice('ABCD')}", "room and desk numbers", "en"),
    lambda: (f"Bus 42: {' '.join(f'{h:02d}:{m:02d}' for h, m in [(7, 5), (7, 35), (8, 5), (8, 35)])}", "bus timetable", "en"),
    lambda: (f"VIN WVWZZZ1JZ{R.randint(1, 9)}W{digits(6)}, plate B-{''.join(R.choice(UP) for _ in range(2))} {R.randint(100, 9999)}", "vehicle VIN and plate", "de"),
    lambda: (f"MAC {':'.join(format(R.randint(0, 255), '02X') for _ in range(6))} assigned to port {R.randint(1, 48)}", "MAC address", "en"),
    lambda: (f"Invoice INV-{R.randint(2023, 2026)}-{digits(6)} dated {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025, due in 30 days", "invoice id and date", "en"),
    lambda: (f"Rechnungsnummer {R.randint(2024, 2026)}/{digits(5)}, Kundennr. {digits(7)}, Betrag {R.randint(10, 999)},{digits(2)} €", "German invoice id and customer number", "de"),
    lambda: (f"Serial: SN{digits(4)}-{digits(3)}-{digits(4)}  Model: X{R.randint(100, 999)}", "serial number shaped like a phone", "en"),
    lambda: (f"Mã vận đơn: VN{digits(9)}VN — dự kiến giao {R.randint(1, 28)}/{R.randint(1, 12)}/2025", "Vietnamese tracking number", "vi"),
    lambda: (f"Номер посылки: RA{digits(9)}RU, вес {R.randint(1, 20)},{R.randint(0, 9)} кг", "Russian parcel id", "ru"),
    lambda: (f"رقم الفاتورة {digits(8)} بتاريخ {R.randint(1, 28)}/{R.randint(1, 12)}/2025", "Arabic invoice number and date", "ar"),
    lambda: (f"訂單編號 {R.randint(2024, 2025)}{digits(10)}，金額 NT${R.randint(100, 9999)}", "Taiwanese order number and price", "zh-Hant"),
    lambda: (f"Codice fiscale: {''.join(R.choice(UP) for _ in range(6))}{digits(2)}{R.choice('ABCDEHLMPRST')}{digits(2)}{R.choice(UP)}{digits(3)}{R.choice(UP)}", "Italian fiscal code", "it"),
    lambda: (f"BSN: {digits(9)} (burgerservicenummer)", "Dutch BSN labelled", "nl"),
    lambda: (f"icon@2x.png, logo@3x.png and @{R.choice(FIRST)}_{R.choice(LAST)} mentioned you", "retina file names and @mention", "en"),
    lambda: (f"Stückzahl {R.randint(1, 99)} × {R.randint(100, 999)} mm, Toleranz ±0,{digits(2)} mm, Charge {digits(6)}", "German manufacturing figures", "de"),
    lambda: (f"Pedido nº {digits(10)} — Referencia de pago {digits(4)} {digits(4)} {digits(4)}", "Spanish order and payment reference", "es"),
]
LUHN_RUN = re.compile(r"(?<!\d)\d{13,19}(?!\d)|(?<![\d ])\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?(?![\d])")
V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def neg_ok(t):
    for m in LUHN_RUN.finditer(t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            return False
    for m in V4.finditer(t):
        try:
            if ipaddress.ip_address(m.group()).is_global:
                return False
        except ValueError:
            pass
    for m in IBANISH.finditer(t):
        if iban_valid(m.group()):
            return False
    return "[[" not in t


i = 0
while len(NEG) < 250:
    NEG.append(NEG_GEN[i % len(NEG_GEN)])
    i += 1
for item in NEG:
    for _ in range(50):   # regenerate the same kind until it is clean
        text, note, lang = item() if callable(item) else item
        if neg_ok(text):
            break
    else:
        raise AssertionError(f"could not make a clean hard negative: {note}")
    RECS.append({"text": text, "spans": [], "kind": "hard_negative", "note": note})
    LANGS.add(lang)

# ----------------------------------------------------------------------------
# self-checks
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
assert not BAD_PATTERNS, BAD_PATTERNS
counts = {}
for r in RECS:
    t, sp = r["text"], r["spans"]
    assert set(r) == {"text", "spans", "kind", "note"}
    assert r["kind"] == ("positive" if sp else "hard_negative")
    sp.sort(key=lambda s: (s["start"], s["end"]))
    prev = 0
    for s in sp:
        assert 0 <= s["start"] < s["end"] <= len(t) and s["start"] >= prev, r
        prev = s["end"]
        v, e = t[s["start"]:s["end"]], s["entity"]
        assert v == v.strip() and v, r
        counts[e] = counts.get(e, 0) + 1
        if e == "CARD":
            d = re.sub(r"[ -]", "", v)
            assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), v
        elif e == "IBAN":
            assert iban_valid(v), v
        elif e == "SSN":
            m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
            assert m and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(3) != "00" and m.group(4) != "0000", v
        elif e == "IP":
            assert ipaddress.ip_address(v).is_global, v
        elif e == "EMAIL":
            assert EMAIL_RE.match(v), v
        elif e == "PHONE":
            assert v in PHONE_REG, v
            assert any(phonenumbers.is_possible_number(phonenumbers.parse(v, rg)) for rg in sorted(PHONE_REG[v])), v
    if not sp:
        assert neg_ok(t), r

with open(OUT, "w", encoding="utf-8") as fh:
    for r in RECS:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

kinds = {}
for r in RECS:
    kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
print("records:", len(RECS))
print("kinds:", dict(sorted(kinds.items())))
print("entities:", dict(sorted(counts.items())))
print("languages:", len(LANGS))
print("phone regions:", len(REGIONS))
print("self-checks passed")
