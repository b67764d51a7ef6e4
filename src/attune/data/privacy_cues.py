"""The words that make a number a phone number or an SSN, in the languages people write in.

A digit run alone is as likely an order number as a phone; the word before it ("Tel.",
"cep", "手机号", "số điện thoại") is what a reader goes by. No library keeps such a list,
so it is written here, from dictionaries, for about thirty languages. Words of scripts
written without spaces (Chinese, Japanese, Thai) match anywhere; the others only as
whole words.
"""

from __future__ import annotations

import re
from typing import Any

# "call me", "phone", "mobile", "text me", "my number" … a language or a family a line.
# A bare "number" (numer, номер, 番号, nomor) is left out: "номер заказа" is an order's.
# fmt: off
PHONE_WORDS: tuple[str, ...] = (
    # English
    "call", "calling", "call me", "callback", "call back", "phone", "ph", "ph no", "tel",
    "tel no", "telephone", "mobile", "mob", "mob no", "cell", "cellphone", "cell no", "ring",
    "ring me", "text", "text me", "txt", "sms", "whatsapp", "signal", "telegram", "viber",
    "fax", "dial", "hotline", "helpline", "landline", "reach me", "reach us", "contact no",
    "contact number", "contact", "my number", "new number", "phone number", "mobile number",
    "cell number", "direct line", "extension", "switchboard", "line is", "our line", "my line",
    "office line", "main line", "phone line", "support line", "clinic line", "office", "home",
    "work", "customer care", "sac", "ext", "your number", "number again", "dial-in",
    "desk", "is on", "'s on", "i'm on", "am on", "for anything", "any questions",
    "for questions", "questions to", "questions", "number was", "voicemail from",
    "missed call from", "backup line", "alternate line", "alt line",
    # a parents' group's "Zoe dad here, 6621 9587"
    "dad here", "mum here", "mom here",
    # the trades and services whose numbers people pass on: "plumber: 700-3893"; a phone's
    # display of who calls: "Caller ID: +6221…"
    "plumber", "electrician", "mechanic", "locksmith", "handyman", "babysitter", "nanny",
    "delivery boy", "tailor", "carpenter", "gardener", "caretaker",
    "concierge", "dentist", "physio", "praktijk", "tandarts", "huisarts", "loodgieter",
    "klempner", "hausarzt", "plombier", "gardien", "fontanero", "plomero",
    "electricista", "majstor*", "caller id",
    # a field's name (a carrier's "MSISDN"), and words of Haitian Creole, Latvian, Lithuanian,
    # Slovene, Portuguese, Arabic, Urdu, Maltese and Kazakh for "call", "contact", "mobile"
    # and "my number"
    "msisdn", "rele m", "selilè", "mobilais", "kontaktai", "kontaktni", "kontakti", "fakss",
    "telefonas", "mobilusis", "mobilus", "ċempilli", "ċempel*", "ċemplili", "нөмірім", "нөмір",
    "الهاتف", "الجوال", "موبائل", "بيانات الاتصال", "رابطہ",
    # German
    "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnr", "mobilnummer",
    "ruf", "ruf mich an", "rückruf", "erreichbar", "durchwahl", "festnetz",
    "meine nummer", "kontakt", "kontaktnummer", "anruf*", "neue nummer", "bei fragen",
    "rückfrage*", "fragen an",
    # French
    "tél", "téléphone", "portable", "joindre", "fixe", "mon numéro", "numéro de téléphone",
    "appel*", "rappel*", "nouveau numéro", "nouveau numero",
    # Spanish
    "teléfono", "telefono", "móvil", "movil", "celular", "cel", "marca", "marcar", "márcame",
    "fijo", "mi número", "mi numero", "llam*", "llám*", "telf", "nuevo número", "nuevo numero",
    "consultas al", "dudas al",
    "localizar*",
    # Catalan
    "mòbil", "telèfon", "truca*", "trucar", "el meu número",
    # Portuguese
    "telefone", "telemóvel", "telemovel", "ligue", "liga", "ligar", "contato", "contacto",
    "zap", "meu número", "meu numero", "móvel", "movel", "novo número", "novo numero",
    # Italian
    "cellulare", "il mio numero", "chiam*", "nuovo numero",
    # Dutch
    "telefoon", "telefoonnummer", "mobiel", "bel", "bel me", "bellen", "mijn nummer",
    "nieuw nummer", "nieuwe nummer",
    # Nordic
    "tlf", "tlfn", "tfn", "ring mig", "ring meg", "ring til", "fange mig", "nå mig", "puh",
    "puhelin", "matkapuhelin", "soita", "kom", "mitt nummer", "mit nummer", "nummeret mitt",
    "nummeret mit", "nytt nummer", "nyt nummer", "ny nummer", "uusi numero", "spørsmål til",
    "frågor till", "sími", "síma", "símanúmer", "símanúmerið",
    "farsími", "farsíma", "nýtt númer", "númerið mitt", "nýja númerið", "mit nye nummer",
    "nye nummer", "ringe til", "ringe meg", "nå meg", "ühendust",
    # Irish
    "uimhir nua", "m'uimhir", "glao",
    # Estonian, Latvian, Lithuanian
    "helista*", "uus number", "mobiil", "mobiili", "piezvan*", "sazvan*", "zvani*", "tālru*",
    "tālr", "skambin*", "paskambin*", "jaunais numurs", "mans numurs",
    # Polish, Czech, Slovak
    "komórka", "komorka", "numer telefonu", "na numer", "numer do mnie", "zadzwo*", "dzwo*",
    "volejte", "zavolej", "zavolejte", "zavolaj", "pokliči*", "pokličite", "nowy numer",
    "nové číslo", "nove cislo",
    # Hungarian, Romanian
    "telefonszám", "hívj", "hívjon", "kérdés esetén", "suna", "sună", "sunați", "sunati", "sunaţi",
    # Turkish
    "cep", "gsm", "ara", "arayın", "arayin", "numaram", "yeni numara", "yeni numaram",
    # Greek
    "τηλέφωνο", "τηλεφωνο", "τηλ", "κινητό", "κινητο", "κιν", "σταθερό", "καλέστε", "καλέσε*",
    "για οτιδήποτε",
    # Russian, Ukrainian, Bulgarian, Serbian
    "мій номер", "телефон", "тел", "моб", "мобильный", "мобільний", "сотовый", "звоните",
    "позвони*", "звони*", "телефонуйте", "дзвоніть", "мой номер", "телефона", "обадете",
    "новый номер", "новий номер", "нов номер", "новият ми номер", "рабочий", "домашний",
    "за въпроси", "mobitel", "pozovi*", "nazovi*", "novi broj", "moj broj", "broj telefona",
    # Mongolian, Armenian
    "утас", "утасны дугаар", "залга*", "шинэ дугаар", "миний дугаар", "համարն", "համարս",
    "հեռախոս*", "զանգ*", "բջջային",
    # Vietnamese, Indonesian, Malay, Filipino, Swahili
    "số điện thoại", "sđt", "sdt", "điện thoại", "đt", "gọi", "số bàn", "di động", "số máy",
    "telp", "telepon", "hp", "no hp", "handphone", "hubungi", "number ko", "numero ko",
    "tawagan", "tumawag", "text mo", "number ni", "numero ni", "simu", "piga", "namba yake",
    "namba yangu", "kwa namba", "nipigie", "ofisi", "nomor wa", "nọ́mbà mi", "nombor baharu",
    "nombor baru", "nombor saya", "nombor telefon", "no tel",
    # Zulu, Xhosa
    "inombolo", "shayela", "ngishayele",
    # mobile money, paid to a phone number: "i-GCash na lang sa 0917…", "yapea al 9…"
    "m-pesa", "mpesa", "gcash", "i-gcash", "orange money", "momo", "bkash", "yape*", "nequi",
    "swish*", "mobilepay", "vipps*", "mb way", "blik*",
    # Arabic, Hebrew, Persian, Hindi, Urdu, Bengali
    "هاتف", "جوال*", "رقمي", "موبايل", "اتصل", "تلفون", "الأرضي", "يكلمني", "טלפון", "הטלפון",
    "לטלפון", "בטלפון", "נייד", "תתקשר", "להשיג", "צור קשר", "تلفن", "موبایل", "تماس", "شماره جدید",
    "شمارم", "پیامک", "خدمة العملاء", "نیا نمبر", "فون", "من الرقم", "على الرقم", "واتساب",
    "واتس اب", "للتواصل", "تواصل", "الاتصال بي",
    "फ़ोन", "फोन", "मोबाइल", "कॉल", "हेल्पलाइन", "संपर्क", "सम्पर्क", "ফোন", "মোবাইল", "বিকাশ*",
    "নতুন নাম্বার", "এই নাম্বারে",
    # Amharic
    "ስልክ",
    # "my (new) number" and "call me" where a bare "number" would name an order's too:
    # Lithuanian, Indonesian, Maltese, Nepali, Hindi, Albanian, Slovene, Czech, Slovak,
    # Hungarian, Romanian, Finnish, Georgian, Azerbaijani, Uzbek, Kyrgyz, Kurdish, Hausa,
    # Igbo, Somali, Afrikaans, Welsh, Basque, Galician, Luxembourgish, Zulu
    "naujas numeris", "mano numeris", "nomor baru", "nomor baruku", "nomorku", "nomor saya",
    "nomor hp", "nomor telepon", "numru l-ġdid", "numru tiegħi", "मेरो नयाँ नम्बर",
    "नयाँ नम्बर", "मेरो नम्बर", "फोन नम्बर", "मेरा नंबर", "नया नंबर", "numri im", "numri i ri",
    "më telefono", "moja številka", "nova številka", "moje číslo", "moje čislo", "új számom",
    "számom", "numărul meu", "noul meu număr", "noul număr", "numeroni", "uusi numeroni",
    "ჩემი ნომერი*", "ახალი ნომერი*", "ტელეფონი", "ტელ", "დამირეკე*", "nömrəm", "yeni nömrəm",
    "zəng et*",
    "raqamim", "yangi raqamim", "bog'lanish", "bogʻlanish", "ұялы", "номерим", "жаңы номерим",
    "hejmara min", "lambata",
    "lambar waya", "kira ni", "nọmba m", "kpọọ m", "lambarkayga", "lambarka cusub",
    "ii soo wac", "my nommer", "nuwe nommer", "bel my", "fy rhif", "rhif newydd", "ffonio",
    "nire zenbakia", "zenbaki berria", "deitu", "o meu número", "chámame", "meng nummer",
    "nei nummer", "ungishayele", "ningishayela",
)
# Scripts written without spaces: matched anywhere, flush against the number.
PHONE_GLYPHS: tuple[str, ...] = (
    "电话", "電話", "手机", "手機", "联系", "聯繫", "聯絡", "致电", "致電", "打给",
    "打畀",
    "座机", "微信", "号码", "號碼", "新号", "换号", "携帯", "ケータイ", "連絡先", "전화", "휴대폰",
    "핸드폰", "연락처", "연락", "โทร",
    "เบอร์", "มือถือ", "☎", "📞", "📱",
    # Tamil (its vowel signs are no letters to a regex: matched as glyphs)
    "தொலைபேசி", "கைபேசி", "அழைக்கவும்",
    # Sinhala, Khmer, Lao, Burmese, Telugu, Kannada, Malayalam, Gujarati, Punjabi (vowel
    # signs again), Korean "new number" and "my number"
    "දුරකථන", "ජංගම", "លេខទូរស័ព្ទ", "ເບີໂທ", "ဖုန်း", "ఫోన్", "ಫೋನ್", "ഫോൺ", "ફોન", "ਫ਼ੋਨ", "ਫੋਨ",
    "새 번호", "새번호", "내 번호", "제 번호",
    # Burmese "my number" (a man's and a woman's)
    "ကျွန်တော့်နံပါတ်", "ကျွန်မနံပါတ်", "ကျွန်တော်နံပါတ်",
)
# "social security number" and its translations; "ssn" also inside field names.
SSN_WORDS: tuple[str, ...] = (
    "social security", "social security number", "soc sec", "soc. sec", "my social",
    "your social", "her social", "his social", "their social", "the social", "social is",
    "social on file", "social #", "ss #", "ss#", "ss no", "taxpayer", "sv-nummer", "seguro social",
    "número de seguro social", "numero de seguro social", "sécurité sociale",
    "securite sociale", "numéro de sécurité sociale", "sozialversicherung*",
    "previdenza sociale", "sicurezza sociale", "segurança social", "seguridade social",
    "sociale zekerheid", "ubezpieczenia społecznego", "sosyal güvenlik",
    "социального страхования", "социальной защиты", "социального обеспечения",
    "sekirite sosyal", "an sinh xã hội", "सोशल सिक्योरिटी", "सामाजिक सुरक्षा",
    "سوشل سیکیورٹی",
    # the words printed on every Social Security card, above the number
    "number has been established for",
)
SSN_GLYPHS: tuple[str, ...] = (
    "社会保障", "社會安全", "社会安全", "ソーシャルセキュリティ", "사회보장",
)
# fmt: on


def cue_pattern(words: tuple[str, ...], glyphs: tuple[str, ...] = ()) -> str:
    """One regex alternative matching any of `words` as whole words, or any glyph anywhere.

    Spaces in a phrase match any run of spaces; a trailing dot is optional ("tel." / "tel");
    a trailing `*` takes any ending ("appel*": appelle, appelez, appelle-moi). The words are
    merged into a trie, so that a search tries each position once, not once a word.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a word
    parts = [rf"(?<![^\W\d_]){trie_pattern(trie)}"]
    if glyphs:
        parts.append("|".join(re.escape(g) for g in glyphs))
    return "|".join(parts)


def trie_pattern(node: dict[str, Any]) -> str:
    """The words below `node`; at a word's end the next character must not be a letter
    (so "tel" does not match "telecom"), unless the word ended in `*`."""
    branches = []
    for char, child in sorted(node.items()):
        if char == "":
            branches.append(r"\.?(?![^\W\d_])")
        elif char == "*":
            branches.append(r"\w*")
        elif char == " ":
            branches.append(r"\s+" + trie_pattern(child))
        else:
            branches.append(re.escape(char) + trie_pattern(child))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


# Every phone word and glyph as one alternative, built once: the phone and id detectors both
# read it.
PHONE_CUE = cue_pattern(PHONE_WORDS, PHONE_GLYPHS)

# A contact list's or chat's label that is no name but an amount's, a date's, a count's or a
# code's: "Total: 1249900", "Build: 20240115", "Timestamp: 1710237600".
NOT_CONTACT_LABEL_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:total|amount|sum|price|betrag|summe|montant|importe|prezzo|date|datum"
    r"|fecha|time|version|build|size|count|qty|quantity|no|nr|n°|nº|id|key|token|hash|port"
    r"|room|zimmer|seat|gate|flight|vuelo|vol|flug|balance|saldo|score|views|downloads"
    r"|revenue|costs?|profit|income|expenses?|timestamp|epoch|ts)(?![^\W\d_])|#"
)
