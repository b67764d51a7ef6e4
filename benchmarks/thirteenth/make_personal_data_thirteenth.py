"""Write personal_data_thirteenth.jsonl, the thirteenth personal-data evaluation set.

Running ``python benchmarks/thirteenth/make_personal_data_thirteenth.py`` writes
``personal_data_thirteenth.jsonl`` next to this script.  Each line is one JSON
object ``{"text", "spans", "kind", "note"}``:

* ``kind == "positive"`` texts carry gold character spans (Python ``str``
  offsets, end exclusive, sorted, non-overlapping) for six entities: EMAIL,
  PHONE, CARD, IBAN, IP and SSN.
* ``kind == "hard_negative"`` texts contain look-alikes that are not personal
  data (order ids, tracking numbers, versions, ISBNs, hashes, Luhn failures,
  IBAN shapes with a wrong checksum, invalid SSN ranges, ...) and no spans.

Texts cover many genres (chat, e-mail, signatures, tickets, CSV/JSON/YAML/XML,
logs, vCards, invoices, HR and medical forms, SMS, OCR-like scans, call
transcripts, code and config), more than 40 languages and more than 70 phone
regions.  All values are synthetic: random, and checksum-valid where the
entity has a checksum (Luhn for cards, ISO 7064 mod-97 for IBANs, the SSA
area/group/serial rules for SSNs).

The set was written blind: without reading the detectors under test, their
tests, their documentation or any other benchmark set, so it encodes no
detector's assumptions.  Deterministic: ``random.Random(20261207)``, standard
library only, no network.
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
from collections import Counter
from pathlib import Path

R = random.Random(20261207)
HERE = Path(__file__).resolve().parent
OUT = HERE / "personal_data_thirteenth.jsonl"

TARGETS = {"PHONE": 350, "SSN": 150, "CARD": 100, "IBAN": 90, "EMAIL": 150, "IP": 90}
N_NEGATIVE = 250
DIG = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# ---------------------------------------------------------------- small helpers
def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def rd(n):
    return "".join(R.choice(DIG) for _ in range(n))


def rdnz(n):
    return R.choice("123456789") + rd(n - 1)


def ralnum(n):
    return "".join(R.choice(UPPER + DIG) for _ in range(n))


def wchoice(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def least_used(counter, keys, p_random=0.2):
    keys = list(keys)
    if chance(p_random):
        return pick(keys)
    m = min(counter[k] for k in keys)
    return pick([k for k in keys if counter[k] == m])


# ---------------------------------------------------------------- checksums
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for d in DIG:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("no luhn digit")


def rd_bad(n):
    """n random digits that do NOT pass the Luhn check."""
    while True:
        s = rdnz(n)
        if not luhn_ok(s):
            return s


def iban_int(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    s = iban.replace(" ", "")
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return iban_int(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


# ---------------------------------------------------------------- languages
# Order of fields in each row:
# code, name, regions, phone, mobile, fax, email, card, account, hello, thanks,
# regards, reach, callme, payment, name_lbl, order, invoice, total, form, ext,
# ssn (None if the language gets no US-SSN texts), people (native/first/last).
FIELDS = ("code name regions phone mobile fax email card account hello thanks regards reach "
          "callme payment name_lbl order invoice total form ext ssn people").split()
LANG_ROWS = [
    ("en", "English", "US GB CA AU NZ IE IN NG KE ZA GH SG PH JM UG MT HK CM PR",
     "Phone|Tel.|Tel|Telephone|Office|Direct line", "Mobile|Cell|Mob.|Mobile phone|Cell phone", "Fax",
     "Email|E-mail|email", "Card|Card number|Credit card", "Account|Bank account",
     "Hi|Hello|Hey|Good morning", "Thanks|Thank you|Many thanks|Cheers",
     "Best regards|Kind regards|Regards|Best|Sincerely", "You can reach me at",
     "Please call me back.", "Payment details", "Name", "Order", "Invoice", "Total",
     "Registration form", "ext.|x|ext|#",
     "SSN|SS#|Social Security No.|Social Security Number|Soc. Sec. #|soc sec|TIN (SSN)|"
     "Taxpayer ID (individual)|SSN/TIN|social security #",
     "Emily Carter/emily/carter;Marcus Hill/marcus/hill;Jennifer Ortiz/jennifer/ortiz;"
     "David Nguyen/david/nguyen;Aisha Brown/aisha/brown;Oliver Bennett/oliver/bennett;"
     "Chloe Walsh/chloe/walsh;Tunde Adeyemi/tunde/adeyemi;Wanjiru Kamau/wanjiru/kamau;"
     "Rohan Mehta/rohan/mehta;Grace Tan/grace/tan;Liam O'Connor/liam/oconnor"),
    ("de", "German", "DE AT CH LU", "Telefon|Tel.|Festnetz", "Mobil|Handy|Mobiltelefon", "Fax|Telefax",
     "E-Mail|Mail", "Karte|Kartennummer|Kreditkarte", "Konto|Kontonummer|Bankverbindung",
     "Hallo|Hi|Guten Tag|Moin", "Danke|Vielen Dank|Danke dir", "Mit freundlichen Grüßen|Viele Grüße|Beste Grüße|LG",
     "Erreichbar bin ich unter", "Bitte ruf mich zurück.", "Zahlungsdaten", "Name", "Bestellung",
     "Rechnung", "Gesamt|Summe|Gesamtbetrag", "Anmeldeformular", "App.|Durchwahl",
     "US-Sozialversicherungsnummer (SSN)",
     "Jonas Becker/jonas/becker;Lea Hoffmann/lea/hoffmann;Jürgen Müller/juergen/mueller;"
     "Katharina Wolf/katharina/wolf;Florian Gruber/florian/gruber"),
    ("fr", "French", "FR BE CH LU SN CM CI MA DZ TN CA", "Téléphone|Tél.|Tel", "Portable|Mobile|Port.",
     "Fax|Télécopie", "Courriel|E-mail|Mail", "Carte|N° de carte|Carte bancaire", "Compte|N° de compte",
     "Bonjour|Salut|Bonsoir", "Merci|Merci beaucoup|Merci d'avance", "Cordialement|Bien à vous|Bonne journée",
     "Mes coordonnées :", "Merci de me rappeler.", "Coordonnées de paiement", "Nom", "Commande",
     "Facture", "Total|Montant total", "Formulaire d'inscription", "poste",
     "numéro de sécurité sociale américain (SSN)",
     "Camille Lefèvre/camille/lefevre;Théo Martin/theo/martin;Inès Dubois/ines/dubois;"
     "Mamadou Diallo/mamadou/diallo;Aïcha Benali/aicha/benali"),
    ("es", "Spanish", "ES MX AR CL CO PE VE EC UY CR DO CU PR US", "Teléfono|Tel.|Tlf.", "Móvil|Celular|Cel.",
     "Fax", "Correo electrónico|Correo|E-mail", "Tarjeta|Nº de tarjeta|Tarjeta de crédito", "Cuenta|Nº de cuenta",
     "Hola|Buenas|Buenos días", "Gracias|Muchas gracias|Mil gracias", "Saludos cordiales|Un saludo|Atentamente",
     "Mis datos de contacto:", "Por favor, llámame.", "Datos de pago", "Nombre", "Pedido", "Factura",
     "Total|Importe total", "Formulario de registro", "ext.|int.",
     "número de Seguro Social|Seguro Social|No. de Seguro Social|SSN",
     "Lucía Fernández/lucia/fernandez;Javier Ruiz/javier/ruiz;Sofía Ramírez/sofia/ramirez;"
     "Mateo González/mateo/gonzalez;Valentina Castro/valentina/castro"),
    ("pt", "Portuguese", "PT BR", "Telefone|Tel.|Fone", "Celular|Telemóvel|Cel.", "Fax", "E-mail|Email",
     "Cartão|Nº do cartão|Cartão de crédito", "Conta|Nº da conta", "Olá|Oi|Bom dia",
     "Obrigado|Obrigada|Valeu", "Atenciosamente|Cumprimentos|Abraços", "Meus contatos:",
     "Por favor, me ligue de volta.", "Dados de pagamento", "Nome", "Pedido", "Fatura", "Total",
     "Formulário de cadastro", "ramal", "número do Seguro Social (SSN)",
     "João Pereira/joao/pereira;Ana Sousa/ana/sousa;Thiago Oliveira/thiago/oliveira;Beatriz Costa/beatriz/costa"),
    ("it", "Italian", "IT CH", "Telefono|Tel.", "Cellulare|Cell.", "Fax", "E-mail|Email|Posta elettronica",
     "Carta|Numero carta", "Conto|Conto corrente", "Ciao|Buongiorno|Salve", "Grazie|Grazie mille",
     "Cordiali saluti|Un saluto|Distinti saluti", "I miei recapiti:", "Per favore richiamami.",
     "Dati di pagamento", "Nome", "Ordine", "Fattura", "Totale", "Modulo di iscrizione", "int.",
     "numero di previdenza sociale USA (SSN)",
     "Giulia Romano/giulia/romano;Marco Bianchi/marco/bianchi;Chiara Ricci/chiara/ricci"),
    ("nl", "Dutch", "NL BE", "Telefoon|Tel.", "Mobiel|GSM", "Fax", "E-mail|Mail", "Kaart|Pasnummer|Creditcard",
     "Rekening|Rekeningnummer", "Hoi|Beste|Goedemiddag", "Bedankt|Dank je|Alvast bedankt",
     "Met vriendelijke groet|Groetjes|Mvg", "Mijn contactgegevens:", "Bel me even terug.", "Betaalgegevens",
     "Naam", "Bestelling", "Factuur", "Totaal", "Aanmeldformulier", "toestel", None,
     "Sanne de Vries/sanne/devries;Daan Jansen/daan/jansen;Lotte van Dijk/lotte/vandijk"),
    ("pl", "Polish", "PL", "Telefon|Tel.", "Komórka|Tel. kom.", "Faks", "E-mail|Mail", "Karta|Numer karty",
     "Konto|Numer konta|Nr rachunku", "Cześć|Dzień dobry|Witam", "Dzięki|Dziękuję", "Z poważaniem|Pozdrawiam",
     "Moje dane kontaktowe:", "Proszę o telefon.", "Dane do płatności", "Imię i nazwisko", "Zamówienie",
     "Faktura", "Razem|Do zapłaty", "Formularz rejestracyjny", "wew.", "numer Social Security (SSN)",
     "Katarzyna Wiśniewska/katarzyna/wisniewska;Piotr Kowalczyk/piotr/kowalczyk;Michał Zieliński/michal/zielinski"),
    ("cs", "Czech", "CZ", "Telefon|Tel.", "Mobil", "Fax", "E-mail", "Karta|Číslo karty", "Účet|Číslo účtu",
     "Dobrý den|Ahoj", "Děkuji|Díky", "S pozdravem", "Moje kontaktní údaje:", "Zavolejte mi prosím zpět.",
     "Platební údaje", "Jméno", "Objednávka", "Faktura", "Celkem", "Registrační formulář", "linka", None,
     "Tereza Nováková/tereza/novakova;Jakub Dvořák/jakub/dvorak;Lucie Černá/lucie/cerna"),
    ("sk", "Slovak", "SK", "Telefón|Tel.", "Mobil", "Fax", "E-mail", "Karta|Číslo karty", "Účet|Číslo účtu",
     "Dobrý deň|Ahoj", "Ďakujem|Vďaka", "S pozdravom", "Moje kontaktné údaje:", "Prosím, zavolajte mi späť.",
     "Platobné údaje", "Meno", "Objednávka", "Faktúra", "Spolu", "Registračný formulár", "klapka", None,
     "Zuzana Horváthová/zuzana/horvathova;Martin Kováč/martin/kovac"),
    ("hu", "Hungarian", "HU", "Telefon|Tel.", "Mobil|Mobiltelefon", "Fax", "E-mail", "Kártya|Kártyaszám",
     "Bankszámla|Számlaszám", "Szia|Tisztelt Ügyfelünk|Jó napot", "Köszönöm|Köszi", "Üdvözlettel|Tisztelettel",
     "Elérhetőségeim:", "Kérem, hívjon vissza.", "Fizetési adatok", "Név", "Rendelés", "Számla", "Összesen",
     "Regisztrációs űrlap", "mellék", None, "Nagy Eszter/eszter/nagy;Kovács Bence/bence/kovacs"),
    ("ro", "Romanian", "RO", "Telefon|Tel.", "Mobil", "Fax", "E-mail", "Card|Număr card", "Cont|IBAN cont",
     "Bună ziua|Salut", "Mulțumesc|Mersi", "Cu stimă|Toate cele bune", "Datele mele de contact:",
     "Vă rog să mă sunați înapoi.", "Date de plată", "Nume", "Comanda", "Factura", "Total",
     "Formular de înregistrare", "int.", None, "Andreea Popescu/andreea/popescu;Mihai Ionescu/mihai/ionescu"),
    ("bg", "Bulgarian", "BG", "Телефон|Тел.", "Мобилен|GSM", "Факс", "Имейл|Ел. поща", "Карта|Номер на карта",
     "Сметка|Банкова сметка", "Здравейте|Здрасти", "Благодаря|Мерси", "Поздрави|С уважение",
     "Моите данни за контакт:", "Моля, обадете ми се.", "Данни за плащане", "Име", "Поръчка", "Фактура",
     "Общо", "Регистрационна форма", "вътр.", None, "Мария Иванова/maria/ivanova;Георги Петров/georgi/petrov"),
    ("el", "Greek", "GR CY", "Τηλέφωνο|Τηλ.", "Κινητό", "Φαξ", "Email|Ηλ. ταχυδρομείο", "Κάρτα|Αριθμός κάρτας",
     "Λογαριασμός", "Γεια σας|Καλημέρα", "Ευχαριστώ|Ευχαριστώ πολύ", "Με εκτίμηση|Φιλικά",
     "Τα στοιχεία επικοινωνίας μου:", "Παρακαλώ καλέστε με.", "Στοιχεία πληρωμής", "Όνομα", "Παραγγελία",
     "Τιμολόγιο", "Σύνολο", "Φόρμα εγγραφής", "εσωτ.", "αριθμός κοινωνικής ασφάλισης ΗΠΑ (SSN)",
     "Μαρία Παπαδοπούλου/maria/papadopoulou;Νίκος Γεωργίου/nikos/georgiou"),
    ("sv", "Swedish", "SE", "Telefon|Tel.", "Mobil|Mobilnummer", "Fax", "E-post|Mejl", "Kort|Kortnummer",
     "Konto|Kontonummer", "Hej|Hej hej|God morgon", "Tack|Tack så mycket", "Med vänliga hälsningar|Vänliga hälsningar|MVH",
     "Mina kontaktuppgifter:", "Ring mig gärna tillbaka.", "Betalningsuppgifter", "Namn", "Beställning",
     "Faktura", "Totalt|Att betala", "Registreringsformulär", "anknytning", None,
     "Elin Johansson/elin/johansson;Oskar Lindqvist/oskar/lindqvist"),
    ("no", "Norwegian", "NO", "Telefon|Tlf.", "Mobil", "Faks", "E-post", "Kort|Kortnummer", "Konto|Kontonummer",
     "Hei|Hallo", "Takk|Tusen takk", "Med vennlig hilsen|Hilsen|Mvh", "Kontaktinformasjonen min:",
     "Ring meg tilbake.", "Betalingsinformasjon", "Navn", "Bestilling", "Faktura", "Totalt",
     "Registreringsskjema", "internnr.", None, "Ingrid Hansen/ingrid/hansen;Magnus Berg/magnus/berg"),
    ("da", "Danish", "DK", "Telefon|Tlf.", "Mobil", "Fax", "E-mail|Mail", "Kort|Kortnummer", "Konto|Kontonummer",
     "Hej|Hejsa", "Tak|Mange tak", "Med venlig hilsen|Venlig hilsen|Mvh", "Mine kontaktoplysninger:",
     "Ring venligst tilbage.", "Betalingsoplysninger", "Navn", "Ordre", "Faktura", "I alt",
     "Tilmeldingsformular", "lokal", None, "Freja Nielsen/freja/nielsen;Mads Jørgensen/mads/jorgensen"),
    ("fi", "Finnish", "FI", "Puhelin|Puh.", "Matkapuhelin|GSM|Kännykkä", "Faksi", "Sähköposti|S-posti",
     "Kortti|Kortin numero", "Tili|Tilinumero", "Hei|Moi|Hyvää päivää", "Kiitos|Kiitos paljon",
     "Ystävällisin terveisin|Terveisin", "Yhteystietoni:", "Soita minulle takaisin.", "Maksutiedot", "Nimi",
     "Tilaus", "Lasku", "Yhteensä", "Ilmoittautumislomake", "alanumero", None,
     "Aino Virtanen/aino/virtanen;Mikko Korhonen/mikko/korhonen"),
    ("is", "Icelandic", "IS", "Sími", "Farsími|GSM", "Fax", "Netfang", "Kort|Kortanúmer", "Bankareikningur",
     "Halló|Góðan dag", "Takk|Takk fyrir", "Kveðja|Bestu kveðjur", "Samskiptaupplýsingar mínar:",
     "Vinsamlegast hringdu í mig.", "Greiðsluupplýsingar", "Nafn", "Pöntun", "Reikningur", "Samtals",
     "Skráningareyðublað", "innanhúss", None,
     "Guðrún Jónsdóttir/gudrun/jonsdottir;Sigurður Ólafsson/sigurdur/olafsson"),
    ("et", "Estonian", "EE", "Telefon|Tel.", "Mobiil|Mob.", "Faks", "E-post", "Kaart|Kaardi number",
     "Konto|Arvelduskonto", "Tere|Tervist", "Aitäh|Tänan", "Lugupidamisega|Parimat", "Minu kontaktandmed:",
     "Palun helistage mulle tagasi.", "Makseandmed", "Nimi", "Tellimus", "Arve", "Kokku",
     "Registreerimisvorm", "lisa", None, "Kadri Tamm/kadri/tamm;Rasmus Saar/rasmus/saar"),
    ("lv", "Latvian", "LV", "Tālrunis|Tālr.", "Mobilais|Mob.", "Fakss", "E-pasts", "Karte|Kartes numurs",
     "Konts|Konta numurs", "Sveiki|Labdien", "Paldies|Liels paldies", "Ar cieņu|Ar sveicieniem",
     "Mana kontaktinformācija:", "Lūdzu, piezvaniet man.", "Maksājuma dati", "Vārds", "Pasūtījums",
     "Rēķins", "Kopā", "Reģistrācijas veidlapa", "iekšējais", None,
     "Līga Bērziņa/liga/berzina;Jānis Kalniņš/janis/kalnins"),
    ("lt", "Lithuanian", "LT", "Telefonas|Tel.", "Mobilusis|Mob.", "Faksas", "El. paštas", "Kortelė|Kortelės numeris",
     "Sąskaita|Sąskaitos numeris", "Labas|Laba diena", "Ačiū|Dėkoju", "Pagarbiai|Linkėjimai",
     "Mano kontaktai:", "Prašau man perskambinti.", "Mokėjimo duomenys", "Vardas", "Užsakymas",
     "Sąskaita faktūra", "Iš viso", "Registracijos forma", "vid.", None,
     "Eglė Kazlauskienė/egle/kazlauskiene;Tomas Petrauskas/tomas/petrauskas"),
    ("uk", "Ukrainian", "UA", "Телефон|Тел.", "Мобільний|Моб.", "Факс", "Ел. пошта|E-mail", "Картка|Номер картки",
     "Рахунок|Номер рахунку", "Привіт|Добрий день", "Дякую|Щиро дякую", "З повагою|Гарного дня",
     "Мої контакти:", "Передзвоніть мені, будь ласка.", "Платіжні дані", "Ім'я", "Замовлення",
     "Рахунок-фактура", "Разом", "Реєстраційна форма", "дод.", "номер соціального страхування США (SSN)",
     "Олена Коваленко/olena/kovalenko;Андрій Шевченко/andrii/shevchenko"),
    ("ru", "Russian", "RU KZ BY", "Телефон|Тел.", "Мобильный|Моб.|Сотовый", "Факс", "Эл. почта|E-mail|Почта",
     "Карта|Номер карты", "Счёт|Расчётный счёт", "Здравствуйте|Добрый день|Привет", "Спасибо|Заранее спасибо",
     "С уважением|Всего доброго", "Мои контакты:", "Перезвоните мне, пожалуйста.", "Платёжные данные", "Имя",
     "Заказ", "Счёт-фактура", "Итого", "Регистрационная форма", "доб.", "номер социального страхования (SSN)",
     "Анна Смирнова/anna/smirnova;Дмитрий Волков/dmitry/volkov;Екатерина Орлова/ekaterina/orlova"),
    ("ka", "Georgian", "GE", "ტელეფონი|ტელ.", "მობილური", "ფაქსი", "ელ-ფოსტა", "ბარათი|ბარათის ნომერი",
     "ანგარიში", "გამარჯობა", "გმადლობთ|მადლობა", "პატივისცემით", "ჩემი საკონტაქტო მონაცემები:",
     "გთხოვთ, დამირეკოთ.", "გადახდის მონაცემები", "სახელი", "შეკვეთა", "ინვოისი", "სულ",
     "სარეგისტრაციო ფორმა", "შიდა", None, "ნინო ბერიძე/nino/beridze;გიორგი კაპანაძე/giorgi/kapanadze"),
    ("hy", "Armenian", "AM", "Հեռախոս|Հեռ.", "Բջջային", "Ֆաքս", "Էլ. փոստ", "Քարտ|Քարտի համար", "Հաշիվ",
     "Բարև|Բարև Ձեզ", "Շնորհակալություն", "Հարգանքով", "Իմ կոնտակտային տվյալները:",
     "Խնդրում եմ հետ զանգահարել:", "Վճարման տվյալներ", "Անուն", "Պատվեր", "Հաշիվ-ապրանքագիր", "Ընդամենը",
     "Գրանցման ձև", "ներքին", None, "Անի Հակոբյան/ani/hakobyan;Արամ Պետրոսյան/aram/petrosyan"),
    ("tr", "Turkish", "TR CY", "Telefon|Tel.", "Cep|Cep telefonu|GSM", "Faks", "E-posta|Mail", "Kart|Kart numarası",
     "Hesap|Hesap numarası", "Merhaba|Selam|İyi günler", "Teşekkürler|Çok teşekkürler", "Saygılarımla|İyi çalışmalar",
     "İletişim bilgilerim:", "Lütfen beni geri arayın.", "Ödeme bilgileri", "Ad Soyad", "Sipariş", "Fatura",
     "Toplam", "Kayıt formu", "dahili", "Sosyal Güvenlik Numarası (SSN)",
     "Elif Yılmaz/elif/yilmaz;Mehmet Demir/mehmet/demir;Zeynep Kaya/zeynep/kaya"),
    ("he", "Hebrew", "IL", "טלפון|טל'", "נייד|פלאפון", "פקס", "דוא\"ל|אימייל", "כרטיס|מספר כרטיס", "חשבון|מספר חשבון",
     "שלום|היי", "תודה|תודה רבה", "בברכה|תודה מראש", "פרטי ההתקשרות שלי:", "אנא חזרו אליי.", "פרטי תשלום",
     "שם", "הזמנה", "חשבונית", "סה\"כ", "טופס הרשמה", "שלוחה", "מספר ביטוח לאומי אמריקאי (SSN)",
     "נועה כהן/noa/cohen;יוסי לוי/yossi/levi"),
    ("ar", "Arabic", "SA AE EG JO LB QA KW IQ MA DZ TN", "هاتف|الهاتف|تليفون", "جوال|موبايل|الجوال", "فاكس",
     "البريد الإلكتروني|الإيميل", "بطاقة|رقم البطاقة", "حساب|رقم الحساب", "مرحبا|السلام عليكم|أهلاً",
     "شكرا|شكراً جزيلاً", "مع التحية|تحياتي", "بيانات الاتصال الخاصة بي:", "يرجى معاودة الاتصال بي.",
     "بيانات الدفع", "الاسم", "طلب", "فاتورة", "المجموع", "نموذج التسجيل", "تحويلة", "رقم الضمان الاجتماعي",
     "محمد العتيبي/mohammed/alotaibi;فاطمة الزهراء/fatima/alzahra;أحمد حسن/ahmed/hassan;ليلى خوري/layla/khoury"),
    ("fa", "Persian", "IR", "تلفن|تلفن ثابت", "موبایل|همراه", "فکس|دورنگار", "ایمیل|پست الکترونیک", "کارت|شماره کارت",
     "حساب|شماره حساب", "سلام|درود", "ممنون|سپاس", "با احترام|ارادتمند", "اطلاعات تماس من:",
     "لطفاً با من تماس بگیرید.", "اطلاعات پرداخت", "نام", "سفارش", "فاکتور", "جمع کل", "فرم ثبت‌نام",
     "داخلی", "شماره تامین اجتماعی (SSN)", "سارا محمدی/sara/mohammadi;علی رضایی/ali/rezaei"),
    ("ur", "Urdu", "PK", "فون|ٹیلیفون", "موبائل", "فیکس", "ای میل", "کارڈ|کارڈ نمبر", "اکاؤنٹ|اکاؤنٹ نمبر",
     "السلام علیکم|ہیلو", "شکریہ|بہت شکریہ", "والسلام|نیک تمنائیں", "میرا رابطہ:",
     "براہ کرم مجھے واپس کال کریں۔", "ادائیگی کی تفصیلات", "نام", "آرڈر", "انوائس", "کل", "رجسٹریشن فارم",
     "ایکسٹینشن", "سوشل سیکیورٹی نمبر", "عائشہ خان/ayesha/khan;عمران ملک/imran/malik"),
    ("hi", "Hindi", "IN", "फ़ोन|फोन", "मोबाइल|मोबाइल नंबर", "फ़ैक्स", "ईमेल", "कार्ड|कार्ड नंबर", "खाता|खाता संख्या",
     "नमस्ते|नमस्कार", "धन्यवाद|शुक्रिया", "सादर|शुभकामनाओं सहित", "मेरा संपर्क:", "कृपया मुझे वापस कॉल करें।",
     "भुगतान विवरण", "नाम", "ऑर्डर", "चालान", "कुल", "पंजीकरण फ़ॉर्म", "एक्सटेंशन", "सोशल सिक्योरिटी नंबर",
     "प्रिया शर्मा/priya/sharma;राहुल वर्मा/rahul/verma;अनिल गुप्ता/anil/gupta"),
    ("bn", "Bengali", "BD", "ফোন", "মোবাইল", "ফ্যাক্স", "ইমেইল", "কার্ড|কার্ড নম্বর", "অ্যাকাউন্ট|হিসাব নম্বর",
     "হ্যালো|নমস্কার|আসসালামু আলাইকুম", "ধন্যবাদ", "শুভেচ্ছান্তে", "আমার যোগাযোগ:", "দয়া করে আমাকে কল করুন।",
     "পেমেন্টের বিবরণ", "নাম", "অর্ডার", "চালান", "মোট", "নিবন্ধন ফর্ম", "এক্সটেনশন", "সোশ্যাল সিকিউরিটি নম্বর",
     "তানভীর হোসেন/tanvir/hossain;নুসরাত জাহান/nusrat/jahan"),
    ("ta", "Tamil", "LK IN", "தொலைபேசி", "கைபேசி|மொபைல்", "தொலைநகல்", "மின்னஞ்சல்", "அட்டை|அட்டை எண்",
     "கணக்கு|கணக்கு எண்", "வணக்கம்", "நன்றி", "அன்புடன்", "என் தொடர்பு விவரங்கள்:",
     "தயவுசெய்து என்னை அழைக்கவும்.", "கட்டண விவரங்கள்", "பெயர்", "ஆர்டர்", "விலைப்பட்டியல்", "மொத்தம்",
     "பதிவு படிவம்", "நீட்டிப்பு", None, "கவிதா ராமன்/kavitha/raman;அருண் குமார்/arun/kumar"),
    ("ne", "Nepali", "NP", "फोन", "मोबाइल", "फ्याक्स", "इमेल", "कार्ड", "खाता|खाता नम्बर", "नमस्ते", "धन्यवाद",
     "सादर", "मेरो सम्पर्क:", "कृपया मलाई फोन गर्नुहोस्।", "भुक्तानी विवरण", "नाम", "अर्डर", "बिल", "जम्मा",
     "दर्ता फारम", "एक्सटेन्सन", None, "सुनिता श्रेष्ठ/sunita/shrestha;बिकास गुरुङ/bikash/gurung"),
    ("zh", "Chinese (Simplified)", "CN SG MY", "电话|座机", "手机|手机号", "传真", "邮箱|电子邮件", "卡号|银行卡号",
     "账户|账号", "你好|您好", "谢谢|多谢", "此致|祝好", "我的联系方式：", "请给我回电话。", "付款信息", "姓名",
     "订单", "发票", "合计", "注册表", "转", "社会安全号码（SSN）",
     "王芳/fang/wang;李伟/wei/li;张敏/min/zhang;陈杰/jie/chen"),
    ("zh-Hant", "Chinese (Traditional)", "TW HK", "電話|市話", "手機", "傳真", "電郵|電子郵件", "卡號|信用卡號",
     "帳戶|帳號", "你好|您好", "謝謝|感謝", "敬上|祝好", "我的聯絡方式：", "請回電給我。", "付款資料", "姓名",
     "訂單", "發票", "合計", "報名表", "分機", "社會安全號碼（SSN）",
     "陳怡君/yijun/chen;林志明/zhiming/lin;黃淑芬/shufen/huang"),
    ("ja", "Japanese", "JP", "電話|TEL|電話番号", "携帯|携帯電話", "FAX|ファックス", "メール|E-mail|メールアドレス",
     "カード|カード番号", "口座|口座番号", "こんにちは|お世話になっております", "ありがとうございます|よろしくお願いします",
     "よろしくお願いいたします|敬具", "連絡先：", "折り返しお電話ください。", "お支払い情報", "氏名", "注文",
     "請求書", "合計", "申込書", "内線", "社会保障番号（SSN）",
     "佐藤 美咲/misaki/sato;田中 健太/kenta/tanaka;鈴木 陽菜/hina/suzuki"),
    ("ko", "Korean", "KR", "전화|전화번호|TEL", "휴대폰|핸드폰", "팩스", "이메일", "카드|카드번호", "계좌|계좌번호",
     "안녕하세요", "감사합니다|고맙습니다", "드림|감사합니다", "제 연락처:", "회신 전화 부탁드립니다.", "결제 정보",
     "이름", "주문", "청구서", "합계", "신청서", "내선", "사회보장번호(SSN)",
     "김민지/minji/kim;박준호/junho/park;이서연/seoyeon/lee"),
    ("ms", "Malay", "MY SG", "Telefon|Tel.", "Bimbit|Telefon bimbit|H/P", "Faks", "E-mel", "Kad|Nombor kad",
     "Akaun|Nombor akaun", "Hai|Selamat pagi", "Terima kasih", "Salam hormat|Sekian, terima kasih",
     "Butiran hubungan saya:", "Sila hubungi saya semula.", "Butiran pembayaran", "Nama", "Pesanan", "Invois",
     "Jumlah", "Borang pendaftaran", "samb.", None, "Nurul Aisyah/nurul/aisyah;Ahmad Faizal/ahmad/faizal"),
    ("id", "Indonesian", "ID", "Telepon|Telp.", "HP|Ponsel|WA", "Faks", "Surel|Email", "Kartu|Nomor kartu",
     "Rekening|No. rekening", "Halo|Selamat pagi", "Terima kasih|Makasih", "Salam|Hormat kami",
     "Kontak saya:", "Tolong telepon saya kembali.", "Detail pembayaran", "Nama", "Pesanan", "Faktur", "Total",
     "Formulir pendaftaran", "ext.", None, "Dewi Lestari/dewi/lestari;Budi Santoso/budi/santoso"),
    ("tl", "Tagalog", "PH", "Telepono|Tel.", "Cellphone|CP|Mobile", "Fax", "Email", "Card|Numero ng card",
     "Account|Account number", "Kumusta|Magandang araw", "Salamat|Maraming salamat", "Lubos na gumagalang|Ingat",
     "Ito ang contact ko:", "Pakitawagan mo ako.", "Detalye ng bayad", "Pangalan", "Order", "Invoice",
     "Kabuuan", "Registration form", "loc.", "Social Security number (SSN)",
     "Maria Santos/maria/santos;Jose Reyes/jose/reyes;Angelica Cruz/angelica/cruz"),
    ("th", "Thai", "TH", "โทรศัพท์|โทร.", "มือถือ", "แฟกซ์|โทรสาร", "อีเมล", "บัตร|หมายเลขบัตร", "บัญชี|เลขที่บัญชี",
     "สวัสดีครับ|สวัสดีค่ะ", "ขอบคุณครับ|ขอบคุณค่ะ", "ด้วยความเคารพ", "ติดต่อได้ที่", "กรุณาโทรกลับด้วยครับ",
     "ข้อมูลการชำระเงิน", "ชื่อ", "คำสั่งซื้อ", "ใบแจ้งหนี้", "รวม", "แบบฟอร์มลงทะเบียน", "ต่อ", None,
     "สมชาย ใจดี/somchai/jaidee;สุดารัตน์ ทองดี/sudarat/thongdee"),
    ("vi", "Vietnamese", "VN", "Điện thoại|ĐT", "Di động|DĐ", "Fax", "Email|Thư điện tử", "Thẻ|Số thẻ",
     "Tài khoản|Số tài khoản", "Xin chào|Chào anh", "Cảm ơn|Cám ơn nhiều", "Trân trọng|Thân mến",
     "Thông tin liên hệ của tôi:", "Vui lòng gọi lại cho tôi.", "Thông tin thanh toán", "Họ tên", "Đơn hàng",
     "Hóa đơn", "Tổng cộng", "Phiếu đăng ký", "máy lẻ", "Số An sinh Xã hội (SSN)",
     "Nguyễn Thị Lan/lan/nguyen;Trần Văn Minh/minh/tran;Phạm Thu Hà/ha/pham"),
    ("sw", "Swahili", "KE TZ UG", "Simu", "Simu ya mkononi|Rununu", "Faksi", "Barua pepe", "Kadi|Namba ya kadi",
     "Akaunti|Namba ya akaunti", "Habari|Hujambo", "Asante|Asante sana", "Wako|Kila la heri",
     "Mawasiliano yangu:", "Tafadhali nipigie simu.", "Maelezo ya malipo", "Jina", "Oda", "Ankara", "Jumla",
     "Fomu ya usajili", "kiendelezi", None, "Amina Mwangi/amina/mwangi;Baraka Otieno/baraka/otieno"),
    ("am", "Amharic", "ET", "ስልክ", "ሞባይል", "ፋክስ", "ኢሜይል", "ካርድ", "ሂሳብ|የሂሳብ ቁጥር", "ሰላም|ጤና ይስጥልኝ",
     "አመሰግናለሁ", "ከሰላምታ ጋር", "አድራሻዬ:", "እባክዎ መልሰው ይደውሉልኝ።", "የክፍያ ዝርዝሮች", "ስም", "ትዕዛዝ",
     "ደረሰኝ", "ጠቅላላ", "የምዝገባ ቅጽ", "ውስጣዊ", None, "ሰላም ተስፋዬ/selam/tesfaye;ዮሐንስ ገብሬ/yohannes/gebre"),
    ("ha", "Hausa", "NG", "Waya|Lambar waya", "Wayar hannu", "Fax", "Imel", "Kati|Lambar kati", "Asusu|Lambar asusu",
     "Sannu|Barka da safiya", "Na gode|Mun gode", "Da gaisuwa", "Bayanan tuntuɓata:", "Don Allah ka kira ni.",
     "Bayanan biyan kuɗi", "Suna", "Oda", "Takardar kuɗi", "Jimilla", "Fom ɗin rajista", "ext.", None,
     "Aminu Bello/aminu/bello;Zainab Musa/zainab/musa"),
    ("af", "Afrikaans", "ZA", "Telefoon|Tel.", "Selfoon|Sel", "Faks", "E-pos", "Kaart|Kaartnommer",
     "Rekening|Rekeningnommer", "Hallo|Goeie môre", "Dankie|Baie dankie", "Groete|Vriendelike groete",
     "My kontakbesonderhede:", "Bel my asseblief terug.", "Betalingsbesonderhede", "Naam", "Bestelling",
     "Faktuur", "Totaal", "Registrasievorm", "uitbr.", None,
     "Annelie van der Merwe/annelie/vdmerwe;Pieter Botha/pieter/botha"),
    ("zu", "Zulu", "ZA", "Ucingo|Inombolo yocingo", "Iselula|Umakhalekhukhwini", "Ifeksi", "I-imeyili",
     "Ikhadi|Inombolo yekhadi", "I-akhawunti", "Sawubona|Sanibonani", "Ngiyabonga|Siyabonga", "Ngokuzithoba",
     "Imininingwane yami yokuxhumana:", "Sicela ungishayele.", "Imininingwane yokukhokha", "Igama", "I-oda",
     "I-invoyisi", "Isamba", "Ifomu yokubhalisa", "ext.", None, "Thandiwe Dlamini/thandiwe/dlamini;Sipho Ndlovu/sipho/ndlovu"),
    ("sr", "Serbian", "RS", "Телефон|Тел.", "Мобилни|Моб.", "Факс", "Имејл|Е-пошта", "Картица|Број картице",
     "Рачун|Број рачуна", "Здраво|Добар дан", "Хвала|Хвала пуно", "Срдачан поздрав|Поздрав",
     "Моји контакт подаци:", "Молим вас, позовите ме.", "Подаци за плаћање", "Име", "Поруџбина", "Фактура",
     "Укупно", "Пријавни формулар", "локал", None, "Јелена Јовановић/jelena/jovanovic;Марко Петровић/marko/petrovic"),
    ("hr", "Croatian", "HR", "Telefon|Tel.", "Mobitel|Mob.", "Faks", "E-pošta|E-mail", "Kartica|Broj kartice",
     "Račun|Broj računa", "Bok|Poštovani|Dobar dan", "Hvala|Hvala puno", "Lijep pozdrav|Srdačan pozdrav",
     "Moji kontakt podaci:", "Molim vas, nazovite me.", "Podaci za plaćanje", "Ime", "Narudžba",
     "Račun br.", "Ukupno", "Prijavni obrazac", "lok.", None, "Ivana Horvat/ivana/horvat;Luka Babić/luka/babic"),
    ("sl", "Slovenian", "SI", "Telefon|Tel.", "Mobilni telefon|GSM", "Faks", "E-pošta", "Kartica|Številka kartice",
     "Račun|TRR", "Živjo|Pozdravljeni", "Hvala|Najlepša hvala", "Lep pozdrav|S spoštovanjem",
     "Moji kontaktni podatki:", "Prosim, pokličite me nazaj.", "Podatki za plačilo", "Ime", "Naročilo",
     "Račun št.", "Skupaj", "Prijavni obrazec", "int.", None, "Nina Novak/nina/novak;Matej Krajnc/matej/krajnc"),
    ("sq", "Albanian", "AL", "Telefon|Tel.", "Celular|Cel.", "Faks", "Email|E-mail", "Kartë|Numri i kartës",
     "Llogari|Numri i llogarisë", "Përshëndetje|Tungjatjeta", "Faleminderit", "Me respekt|Përshëndetje të përzemërta",
     "Të dhënat e mia të kontaktit:", "Ju lutem më telefononi.", "Të dhënat e pagesës", "Emri", "Porosia",
     "Fatura", "Totali", "Formulari i regjistrimit", "ext.", None, "Elira Hoxha/elira/hoxha;Arben Krasniqi/arben/krasniqi"),
    ("mt", "Maltese", "MT", "Telefon|Tel.", "Mowbajl", "Fax", "Email|Posta elettronika", "Karta|Numru tal-karta",
     "Kont|Numru tal-kont", "Bonġu|Ħello", "Grazzi|Grazzi ħafna", "Tislijiet|Saħħa", "Id-dettalji tiegħi:",
     "Jekk jogħġbok ċemplili lura.", "Dettalji tal-ħlas", "Isem", "Ordni", "Fattura", "Total",
     "Formola ta' reġistrazzjoni", "ext.", None, "Maria Borg/maria/borg;Joseph Camilleri/joseph/camilleri"),
    ("mn", "Mongolian", "MN", "Утас", "Гар утас", "Факс", "Имэйл|И-мэйл", "Карт|Картын дугаар", "Данс|Дансны дугаар",
     "Сайн байна уу", "Баярлалаа", "Хүндэтгэсэн", "Миний холбоо барих мэдээлэл:", "Надад эргэн залгана уу.",
     "Төлбөрийн мэдээлэл", "Нэр", "Захиалга", "Нэхэмжлэх", "Нийт", "Бүртгэлийн маягт", "дотуур", None,
     "Болормаа Бат/bolormaa/bat;Ганбаатар Дорж/ganbaatar/dorj"),
    ("uz", "Uzbek", "UZ", "Telefon|Tel.", "Mobil", "Faks", "Elektron pochta|E-mail", "Karta|Karta raqami",
     "Hisob|Hisob raqami", "Salom|Assalomu alaykum", "Rahmat|Katta rahmat", "Hurmat bilan",
     "Mening kontaktlarim:", "Iltimos, menga qayta qo'ng'iroq qiling.", "To'lov ma'lumotlari", "Ism",
     "Buyurtma", "Hisob-faktura", "Jami", "Ro'yxatdan o'tish shakli", "ichki", None,
     "Dilnoza Karimova/dilnoza/karimova;Jasur Toshmatov/jasur/toshmatov"),
    ("kk", "Kazakh", "KZ", "Телефон|Тел.", "Ұялы|Ұялы телефон", "Факс", "Эл. пошта", "Карта|Карта нөмірі",
     "Шот|Шот нөмірі", "Сәлеметсіз бе|Сәлем", "Рахмет|Көп рахмет", "Құрметпен", "Байланыс деректерім:",
     "Маған қайта хабарласыңыз.", "Төлем деректері", "Аты", "Тапсырыс", "Шот-фактура", "Барлығы",
     "Тіркеу формасы", "ішкі", None, "Айгерим Нұрланқызы/aigerim/nurlankyzy;Ерлан Сапаров/yerlan/saparov"),
    ("ca", "Catalan", "ES", "Telèfon|Tel.", "Mòbil", "Fax", "Correu electrònic|Correu", "Targeta|Núm. de targeta",
     "Compte|Núm. de compte", "Hola|Bon dia", "Gràcies|Moltes gràcies", "Salutacions|Una abraçada",
     "Les meves dades de contacte:", "Si us plau, truca'm.", "Dades de pagament", "Nom", "Comanda",
     "Factura", "Total", "Formulari d'inscripció", "ext.", None, "Laia Puig/laia/puig;Jordi Soler/jordi/soler"),
    ("cy", "Welsh", "GB", "Ffôn", "Ffôn symudol|Symudol", "Ffacs", "E-bost", "Cerdyn|Rhif cerdyn", "Cyfrif|Rhif cyfrif",
     "Helo|Shwmae", "Diolch|Diolch yn fawr", "Cofion|Cofion cynnes", "Fy manylion cyswllt:",
     "Ffoniwch fi'n ôl, os gwelwch yn dda.", "Manylion talu", "Enw", "Archeb", "Anfoneb", "Cyfanswm",
     "Ffurflen gofrestru", "est.", None, "Siân Evans/sian/evans;Rhys Griffiths/rhys/griffiths"),
    ("ht", "Haitian Creole", "HT US", "Telefòn|Tel.", "Selilè|Pòtab", "Faks", "Imèl", "Kat|Nimewo kat",
     "Kont|Nimewo kont", "Bonjou|Alo", "Mèsi|Mèsi anpil", "Mèsi anpil|Byen di ou", "Men kontak mwen:",
     "Tanpri rele m tounen.", "Enfòmasyon peman", "Non", "Kòmand", "Fakti", "Total", "Fòm enskripsyon", "ext.",
     "nimewo Sekirite Sosyal|SSN", "Jean-Baptiste Pierre/jeanbaptiste/pierre;Marie Joseph/marie/joseph"),
]

LANGS = {}
for _row in LANG_ROWS:
    assert len(_row) == len(FIELDS), _row[0]
    _d = dict(zip(FIELDS, _row, strict=True))
    _d["regions"] = _d["regions"].split()
    _d["people"] = [tuple(p.split("/")) for p in _d["people"].split(";")]
    LANGS[_d["code"]] = _d
LANG_CODES = list(LANGS)


def w(L, key):
    """One of the '|'-separated alternatives of a language's word."""
    return R.choice(L[key].split("|"))


def reach(L):
    r = L["reach"]
    return r if r.endswith("：") else r + " "


# ---------------------------------------------------------------- regions
REGION_NAMES = {
    "US": "United States", "CA": "Canada", "DO": "Dominican Republic", "PR": "Puerto Rico", "JM": "Jamaica",
    "GB": "United Kingdom", "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "FR": "France",
    "BE": "Belgium", "NL": "Netherlands", "IT": "Italy", "ES": "Spain", "PT": "Portugal", "PL": "Poland",
    "CZ": "Czechia", "SK": "Slovakia", "HU": "Hungary", "RO": "Romania", "BG": "Bulgaria", "GR": "Greece",
    "SE": "Sweden", "NO": "Norway", "DK": "Denmark", "FI": "Finland", "IS": "Iceland", "IE": "Ireland",
    "EE": "Estonia", "LV": "Latvia", "LT": "Lithuania", "UA": "Ukraine", "RU": "Russia", "KZ": "Kazakhstan",
    "BY": "Belarus", "GE": "Georgia", "AM": "Armenia", "TR": "Turkey", "IL": "Israel", "SA": "Saudi Arabia",
    "AE": "United Arab Emirates", "EG": "Egypt", "MA": "Morocco", "DZ": "Algeria", "TN": "Tunisia",
    "NG": "Nigeria", "KE": "Kenya", "ZA": "South Africa", "GH": "Ghana", "ET": "Ethiopia", "TZ": "Tanzania",
    "UG": "Uganda", "SN": "Senegal", "CM": "Cameroon", "CI": "Côte d'Ivoire", "IN": "India", "PK": "Pakistan",
    "BD": "Bangladesh", "LK": "Sri Lanka", "NP": "Nepal", "CN": "China", "HK": "Hong Kong", "TW": "Taiwan",
    "JP": "Japan", "KR": "South Korea", "SG": "Singapore", "MY": "Malaysia", "ID": "Indonesia",
    "PH": "Philippines", "TH": "Thailand", "VN": "Vietnam", "AU": "Australia", "NZ": "New Zealand",
    "MX": "Mexico", "BR": "Brazil", "AR": "Argentina", "CL": "Chile", "CO": "Colombia", "PE": "Peru",
    "VE": "Venezuela", "EC": "Ecuador", "UY": "Uruguay", "CR": "Costa Rica", "CU": "Cuba", "IR": "Iran",
    "IQ": "Iraq", "JO": "Jordan", "LB": "Lebanon", "QA": "Qatar", "KW": "Kuwait", "RS": "Serbia",
    "HR": "Croatia", "SI": "Slovenia", "LU": "Luxembourg", "MT": "Malta", "CY": "Cyprus", "AL": "Albania",
    "MN": "Mongolia", "UZ": "Uzbekistan", "HT": "Haiti", "LI": "Liechtenstein", "MC": "Monaco",
    "SM": "San Marino", "AZ": "Azerbaijan", "MU": "Mauritius", "AD": "Andorra", "BH": "Bahrain",
    "MD": "Moldova", "ME": "Montenegro", "MK": "North Macedonia", "BA": "Bosnia and Herzegovina",
    "XK": "Kosovo",
}

# ---------------------------------------------------------------- phone numbering plans
# Templates: {cc} country code, {t} trunk prefix, {N} national significant number,
# {g0}.. groups of it, {R}/{Rd}/{Rn}/{Rdot} = groups after the first joined by
# space / dash / nothing / dot.
NAT_DEF = ["{t}{g0} {R}", "{t}{g0} {R}", "{t}{g0}-{Rd}", "{t}{N}"]
INTL_DEF = ["+{cc} {g0} {R}", "+{cc} {g0} {R}", "+{cc}{N}", "00{cc} {g0} {R}", "+{cc}-{g0}-{Rd}", "00 {cc} {g0} {R}"]
NANP_NAT = ["({g0}) {g1}-{g2}", "({g0}) {g1}-{g2}", "{g0}-{g1}-{g2}", "{g0}.{g1}.{g2}", "1-{g0}-{g1}-{g2}",
            "1 ({g0}) {g1}-{g2}", "{g0} {g1} {g2}"]
NANP_INTL = ["+1 {g0} {g1} {g2}", "+1{N}", "+1 ({g0}) {g1}-{g2}", "+1-{g0}-{g1}-{g2}", "+1.{g0}.{g1}.{g2}",
             "001 {g0} {g1} {g2}"]
RU_NAT = ["{t} ({g0}) {g1}-{g2}-{g3}", "{t}{N}", "{t}-{g0}-{g1}-{g2}-{g3}", "{t} {g0} {g1} {g2} {g3}",
          "{t}({g0}){g1}-{g2}-{g3}"]
RU_INTL = ["+7 ({g0}) {g1}-{g2}-{g3}", "+7 {g0} {g1}-{g2}-{g3}", "+7{N}", "+7 {g0} {g1} {g2} {g3}",
           "+7-{g0}-{g1}-{g2}-{g3}", "+7({g0}){g1}{g2}{g3}"]

PHONES = {}


def plan(kind, prefixes, groups, nat=None, intl=None, x=""):
    return {"kind": kind, "pre": prefixes.split(), "groups": groups, "nat": nat, "intl": intl, "x": x}


def country(iso, cc, trunk, plans, nat=None, intl=None, nanp=False):
    PHONES[iso] = {"cc": cc, "trunk": trunk, "plans": plans, "nat": nat or NAT_DEF,
                   "intl": intl or INTL_DEF, "nanp": nanp}


def nanp(iso, areas, tollfree=True):
    plans = [plan("l", areas, [3, 3, 4]), plan("m", areas, [3, 3, 4])]
    if tollfree:
        plans.append(plan("t", "800 888 877 866 855", [3, 3, 4]))
    country(iso, "1", "1", plans, NANP_NAT, NANP_INTL, nanp=True)


nanp("US", "212 415 312 617 305 206 713 404 503 702 303 512 646 773 818 919 480 614 215 971")
nanp("CA", "416 604 514 403 613 780 902 647 438 778")
nanp("DO", "809 829 849", tollfree=False)
nanp("PR", "787 939", tollfree=False)
nanp("JM", "876", tollfree=False)
country("GB", "44", "0", [plan("m", "7700 7712 7723 7745 7782 7911 7956 7400 7501 7833", [4, 6]),
                          plan("l", "20", [2, 4, 4]), plan("l", "161 121 131 113 117", [3, 3, 4]),
                          plan("t", "800", [3, 3, 4])],
        ["{t}{g0} {R}", "{t}{g0} {R}", "{t}{N}", "({t}{g0}) {R}"],
        ["+44 {g0} {R}", "+44{N}", "+44 (0){g0} {R}", "0044 {g0} {R}", "+44 {g0} {Rn}"])
country("DE", "49", "0", [plan("m", "151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179", [3, 4, 4]),
                          plan("l", "30 40 89", [2, 4, 4]), plan("l", "221 211 711 351 341 421", [3, 3, 4]),
                          plan("t", "800", [3, 3, 4])],
        ["{t}{g0} {R}", "{t}{g0} {Rn}", "{t}{g0}/{Rn}", "{t}{g0}-{Rn}", "({t}{g0}) {Rn}", "{t}{N}"],
        ["+49 {g0} {R}", "+49 {g0} {Rn}", "+49{N}", "+49 (0){g0} {Rn}", "0049 {g0} {Rn}", "+49-{g0}-{Rn}"])
country("AT", "43", "0", [plan("m", "650 660 664 676 680 699 681", [3, 7]), plan("l", "1", [1, 3, 4]),
                          plan("l", "316 512 662 732", [3, 6])],
        ["{t}{g0} {R}", "{t}{g0}/{Rn}", "{t}{g0} {Rn}"],
        ["+43 {g0} {R}", "+43{N}", "+43 (0){g0} {Rn}", "0043 {g0} {Rn}"])
country("CH", "41", "0", [plan("m", "76 77 78 79 75", [2, 3, 2, 2]), plan("l", "44 43 31 61 21 22 91 41", [2, 3, 2, 2]),
                          plan("t", "800", [3, 3, 3])],
        ["{t}{g0} {R}", "{t}{g0} {R}", "{t}{N}"],
        ["+41 {g0} {R}", "+41{N}", "+41 (0){g0} {R}", "0041 {g0} {R}"])
country("FR", "33", "0", [plan("m", "6 7", [1, 2, 2, 2, 2]), plan("l", "1 2 3 4 5", [1, 2, 2, 2, 2]),
                          plan("t", "80", [1, 2, 2, 2, 2])],
        ["{t}{g0} {R}", "{t}{g0} {R}", "{t}{g0}.{Rdot}", "{t}{N}", "{t}{g0}-{Rd}"],
        ["+33 {g0} {R}", "+33{N}", "+33 (0){g0} {R}", "0033 {g0} {R}", "+33 {g0}.{Rdot}"])
country("BE", "32", "0", [plan("m", "470 471 472 473 475 476 477 478 479 484 485 486 487 488 489 490 491 492 493 494 495 496 497 498 499",
                               [3, 2, 2, 2]), plan("l", "2", [1, 3, 2, 2]), plan("l", "3 9", [1, 3, 2, 2])],
        ["{t}{g0} {R}", "{t}{g0}/{Rn}", "{t}{g0}.{Rdot}", "{t}{g0} {Rn}"],
        ["+32 {g0} {R}", "+32{N}", "+32 (0){g0} {R}", "0032 {g0} {R}"])
country("NL", "31", "0", [plan("m", "6", [1, 8]), plan("l", "20 10 70 30 40", [2, 3, 4]), plan("t", "800", [3, 4])],
        ["{t}{g0} {R}", "{t}{g0}-{Rn}", "{t}{g0} {Rn}", "({t}{g0}) {R}"],
        ["+31 {g0} {R}", "+31{N}", "+31 (0){g0} {R}", "0031 {g0} {Rn}", "+31 {g0} {Rn}"])
country("IT", "39", "", [plan("m", "320 328 329 333 334 335 338 339 340 347 348 349 350 366 380 388 389 391 392 393", [3, 3, 4]),
                         plan("l", "06 02", [2, 4, 4]), plan("l", "011 055 081 051 041", [3, 3, 4]),
                         plan("t", "800", [3, 3, 3])],
        ["{g0} {R}", "{g0} {Rn}", "{g0}-{Rn}", "{g0}/{Rn}", "{g0}.{Rdot}"],
        ["+39 {g0} {R}", "+39 {g0} {Rn}", "+39{N}", "0039 {g0} {Rn}"])
country("ES", "34", "", [plan("m", "600 610 622 633 644 655 677 688 699 711 722 634 654", [3, 3, 3]),
                         plan("l", "91 93 95 96 94", [2, 3, 2, 2]), plan("t", "900", [3, 3, 3])],
        ["{g0} {R}", "{g0} {R}", "{N}", "{g0}-{Rd}", "{g0}.{Rdot}"],
        ["+34 {g0} {R}", "+34{N}", "0034 {g0} {R}", "+34-{g0}-{Rd}", "(+34) {g0} {R}"])
country("PT", "351", "", [plan("m", "91 92 93 96", [3, 3, 3]), plan("l", "21 22", [3, 3, 3]), plan("t", "800", [3, 3, 3])],
        ["{g0} {R}", "{g0} {R}", "{N}"], ["+351 {g0} {R}", "+351{N}", "00351 {g0} {R}", "(+351) {g0} {R}"])
country("PL", "48", "", [plan("m", "50 51 53 57 60 66 69 72 73 78 79 88", [3, 3, 3]), plan("l", "22 12 61 71 58", [2, 3, 2, 2])],
        ["{g0} {R}", "{g0}-{Rd}", "{N}", "{g0} {R}"], ["+48 {g0} {R}", "+48{N}", "0048 {g0} {R}", "+48 {g0}-{Rd}"])
country("CZ", "420", "", [plan("m", "601 602 603 604 605 606 607 608 702 720 721 722 723 724 725 730 731 732 733 734 736 737 739 773 774 775 776 777 778 790 791 792 793 797",
                               [3, 3, 3]), plan("l", "2", [3, 3, 3]), plan("t", "800", [3, 3, 3])],
        ["{g0} {R}", "{g0} {R}", "{N}"], ["+420 {g0} {R}", "+420{N}", "00420 {g0} {R}", "+420 {N}"])
country("SK", "421", "0", [plan("m", "901 902 903 904 905 907 908 910 911 914 915 917 918 940 944 948 949 950 951", [3, 3, 3]),
                           plan("l", "2", [1, 4, 4])],
        ["{t}{g0} {R}", "{t}{g0}/{R}", "{t}{N}"], INTL_DEF)
country("HU", "36", "06", [plan("m", "20 30 31 50 70", [2, 3, 4]), plan("l", "1", [1, 3, 4])],
        ["{t} {g0} {R}", "{t}-{g0}-{Rd}", "{t}{g0} {R}", "{t} ({g0}) {R}", "{t}{g0}/{Rn}"],
        ["+36 {g0} {R}", "+36{N}", "+36-{g0}-{Rd}", "0036 {g0} {R}", "+36 ({g0}) {R}"])
country("RO", "40", "0", [plan("m", "72 73 74 75 76 77 78", [3, 3, 3]), plan("l", "21", [2, 3, 4]),
                          plan("t", "800", [3, 3, 3])])
country("BG", "359", "0", [plan("m", "87 88 89", [3, 3, 3]), plan("l", "2", [1, 3, 4])])
country("GR", "30", "", [plan("m", "690 693 694 695 697 698 699", [3, 3, 4]), plan("l", "210 231", [3, 3, 4]),
                         plan("t", "800", [3, 3, 4])],
        ["{g0} {R}", "{N}", "{g0}-{Rn}", "{g0} {Rn}"], ["+30 {g0} {R}", "+30{N}", "0030 {g0} {Rn}", "+30 {g0} {Rn}"])
country("SE", "46", "0", [plan("m", "70 72 73 76 79", [2, 3, 2, 2]), plan("l", "8", [1, 3, 3, 2]),
                          plan("l", "31 40", [2, 3, 2, 2]), plan("t", "20", [2, 3, 2, 2])],
        ["{t}{g0}-{R}", "{t}{g0}-{R}", "{t}{g0} {R}", "{t}{g0}-{Rn}", "{t}{N}"],
        ["+46 {g0} {R}", "+46{N}", "0046 {g0} {R}", "+46 (0){g0} {R}", "+46 {g0}-{R}"])
country("NO", "47", "", [plan("m", "4 9", [3, 2, 3]), plan("l", "2 5", [2, 2, 2, 2]), plan("t", "800", [3, 2, 3])],
        ["{g0} {R}", "{g0} {R}", "{N}"], ["+47 {g0} {R}", "+47{N}", "0047 {g0} {R}", "(+47) {g0} {R}"])
country("DK", "45", "", [plan("m", "20 21 22 23 24 25 26 27 28 29 30 31 40 41 42 50 51 52 53 60 61 71 81 91 93", [2, 2, 2, 2]),
                         plan("l", "33 35 38 70 86", [2, 2, 2, 2]), plan("t", "80", [2, 2, 2, 2])],
        ["{g0} {R}", "{g0} {R}", "{N}"], ["+45 {g0} {R}", "+45{N}", "0045 {g0} {R}", "+45 {N}"])
country("FI", "358", "0", [plan("m", "40 41 44 45 50", [2, 3, 4]), plan("l", "9", [1, 3, 4]), plan("t", "800", [3, 3, 3])],
        ["{t}{g0} {R}", "{t}{g0} {Rn}", "{t}{g0}-{Rn}", "{t}{N}"],
        ["+358 {g0} {R}", "+358{N}", "00358 {g0} {Rn}", "+358 {g0} {Rn}"])
country("IS", "354", "", [plan("m", "6 7 8", [3, 4]), plan("l", "5", [3, 4])],
        ["{g0} {R}", "{g0}-{R}", "{N}"], ["+354 {g0} {R}", "+354{N}", "00354 {N}", "+354 {g0}-{R}"])
country("IE", "353", "0", [plan("m", "83 85 86 87 89", [2, 3, 4]), plan("l", "1", [1, 3, 4]), plan("t", "1800", [4, 3, 3])],
        ["{t}{g0} {R}", "({t}{g0}) {R}", "{t}{g0} {Rn}", "{t}{N}"],
        ["+353 {g0} {R}", "+353{N}", "+353 (0){g0} {R}", "00353 {g0} {R}"])
PHONES["IE"]["plans"][2]["nat"] = ["{g0} {R}", "{g0} {Rn}"]
country("EE", "372", "", [plan("m", "5", [4, 4]), plan("l", "6", [3, 4])],
        ["{g0} {R}", "{N}"], ["+372 {g0} {R}", "+372{N}", "00372 {g0} {R}", "+372 {N}"])
country("LV", "371", "", [plan("m", "2", [4, 4]), plan("l", "67", [4, 4])],
        ["{g0} {R}", "{N}"], ["+371 {g0} {R}", "+371{N}", "00371 {N}", "+371 {N}"])
country("LT", "370", "8", [plan("m", "6", [3, 5]), plan("l", "5", [1, 3, 4])],
        ["{t} {g0} {R}", "{t}{N}", "{t}-{g0}-{Rn}", "({t} {g0}) {R}"],
        ["+370 {g0} {R}", "+370{N}", "+370 {g0} {Rn}", "00370 {g0} {R}"])
country("UA", "380", "0", [plan("m", "50 63 66 67 68 73 93 95 96 97 98 99", [2, 3, 2, 2]), plan("l", "44", [2, 3, 2, 2])],
        ["{t}{g0} {R}", "({t}{g0}) {g1}-{g2}-{g3}", "{t}{g0}-{Rd}", "{t}{N}"],
        ["+380 {g0} {R}", "+380{N}", "+380 ({g0}) {g1}-{g2}-{g3}", "+38 ({t}{g0}) {g1}-{g2}-{g3}", "+38{t}{N}"])
country("RU", "7", "8", [plan("m", "900 903 905 909 910 912 915 916 917 919 921 925 926 929 950 960 977 985 999", [3, 3, 2, 2]),
                         plan("l", "495 499 812 343", [3, 3, 2, 2]), plan("t", "800", [3, 3, 2, 2])], RU_NAT, RU_INTL)
country("KZ", "7", "8", [plan("m", "701 702 705 707 708 747 771 775 776 777 778", [3, 3, 2, 2]),
                         plan("l", "727 717", [3, 3, 2, 2])], RU_NAT, RU_INTL)
country("BY", "375", "80", [plan("m", "25 29 33 44", [2, 3, 2, 2]), plan("l", "17", [2, 3, 2, 2])],
        ["8 0{g0} {g1}-{g2}-{g3}", "8 (0{g0}) {g1}-{g2}-{g3}", "{t}{N}", "8-0{g0}-{g1}-{g2}-{g3}"],
        ["+375 {g0} {g1}-{g2}-{g3}", "+375 ({g0}) {g1}-{g2}-{g3}", "+375{N}", "+375 {g0} {g1} {g2} {g3}"])
country("GE", "995", "", [plan("m", "555 557 558 568 571 574 577 591 592 593 595 596 597 598 599", [3, 2, 2, 2])],
        ["{g0} {R}", "{N}", "{g0}-{Rd}"], ["+995 {g0} {R}", "+995{N}", "+995 ({g0}) {R}", "00995 {g0} {R}"])
country("AM", "374", "0", [plan("m", "91 93 94 95 96 77 98 99 55", [2, 3, 3]), plan("l", "10", [2, 3, 3])],
        ["{t}{g0} {R}", "({t}{g0}) {R}", "{t}{g0}-{Rd}", "{t}{N}"],
        ["+374 {g0} {R}", "+374{N}", "+374 ({g0}) {R}", "00374 {g0} {R}"])
country("TR", "90", "0", [plan("m", "530 532 533 535 536 539 541 542 543 544 545 546 505 506 507 551 552 553 554 555", [3, 3, 2, 2]),
                          plan("l", "212 216 312 232", [3, 3, 2, 2]), plan("t", "800", [3, 3, 2, 2])],
        ["{t}{g0} {R}", "{t} ({g0}) {R}", "({t}{g0}) {R}", "{t}{N}", "{t} {g0} {R}"],
        ["+90 {g0} {R}", "+90{N}", "+90 ({g0}) {R}", "0090 {g0} {R}", "+90 {g0} {g1} {g2}{g3}"])
country("IL", "972", "0", [plan("m", "50 52 53 54 55 58", [2, 3, 4]), plan("l", "2 3 4 8 9", [1, 3, 4])],
        ["{t}{g0}-{Rd}", "{t}{g0}-{Rn}", "{t}{g0} {R}", "{t}{N}"],
        ["+972 {g0} {R}", "+972-{g0}-{Rd}", "+972{N}", "+972 {g0}-{Rn}"])
country("SA", "966", "0", [plan("m", "50 53 54 55 56 58 59", [2, 3, 4]), plan("l", "11 12 13", [2, 3, 4])],
        ["{t}{g0} {R}", "{t}{N}", "{t}{g0}-{Rd}"])
country("AE", "971", "0", [plan("m", "50 52 54 55 56 58", [2, 3, 4]), plan("l", "2 4 6", [1, 3, 4])])
country("EG", "20", "0", [plan("m", "10 11 12 15", [2, 4, 4]), plan("l", "2", [1, 4, 4])],
        ["{t}{g0} {R}", "{t}{N}", "{t}{g0}-{Rn}"])
country("MA", "212", "0", [plan("m", "6 7", [1, 2, 2, 2, 2]), plan("l", "52", [3, 6])],
        ["{t}{g0} {R}", "{t}{g0}-{Rd}", "{t}{N}"],
        ["+212 {g0} {R}", "+212{N}", "+212 (0){g0} {R}", "00212 {g0} {R}"])
country("DZ", "213", "0", [plan("m", "5 6 7", [3, 2, 2, 2]), plan("l", "21", [2, 2, 2, 2])])
country("TN", "216", "", [plan("m", "2 5 9", [2, 3, 3]), plan("l", "71", [2, 3, 3])],
        ["{g0} {R}", "{N}"], ["+216 {g0} {R}", "+216{N}", "00216 {g0} {R}", "(+216) {g0} {R}"])
country("NG", "234", "0", [plan("m", "803 806 813 816 703 706 805 807 815 705 802 808 812 701 902 903 906 809 817 818 909 908",
                                [3, 3, 4]), plan("l", "1", [1, 3, 4])],
        ["{t}{g0} {R}", "{t}{N}", "{t}{g0}-{Rd}", "{t}{g0} {Rn}"],
        ["+234 {g0} {R}", "+234{N}", "+234 (0){g0} {R}", "+234-{g0}-{Rd}", "+234 {N}"])
country("KE", "254", "0", [plan("m", "70 71 72 74 79 11 10", [3, 3, 3]), plan("l", "20", [2, 3, 4])])
country("ZA", "27", "0", [plan("m", "60 61 62 63 64 65 71 72 73 74 76 78 79 81 82 83 84", [2, 3, 4]),
                          plan("l", "11 21 31 12", [2, 3, 4]), plan("t", "800", [3, 3, 3])],
        ["{t}{g0} {R}", "{t}{N}", "({t}{g0}) {R}", "{t}{g0}-{Rd}"],
        ["+27 {g0} {R}", "+27{N}", "+27 (0){g0} {R}", "0027 {g0} {R}"])
country("GH", "233", "0", [plan("m", "20 23 24 26 27 28 50 54 55 59", [2, 3, 4]), plan("l", "30", [2, 3, 4])])
country("ET", "251", "0", [plan("m", "91 92 93 94", [2, 3, 4]), plan("l", "11", [2, 3, 4])])
country("TZ", "255", "0", [plan("m", "65 67 68 69 71 74 75 76 77 78", [3, 3, 3])])
country("UG", "256", "0", [plan("m", "70 71 74 75 76 77 78 79", [3, 6]), plan("l", "41", [3, 6])],
        ["{t}{g0} {R}", "{t}{N}"], ["+256 {g0} {R}", "+256{N}", "+256-{g0}-{R}", "00256 {g0} {R}"])
country("SN", "221", "", [plan("m", "70 75 76 77 78", [2, 3, 2, 2]), plan("l", "33", [2, 3, 2, 2])],
        ["{g0} {R}", "{N}", "{g0}-{Rd}"], ["+221 {g0} {R}", "+221{N}", "00221 {g0} {R}", "(+221) {g0} {R}"])
country("CM", "237", "", [plan("m", "65 67 69 68", [3, 2, 2, 2]), plan("l", "222 233", [3, 2, 2, 2])],
        ["{g0} {R}", "{N}"], ["+237 {g0} {R}", "+237{N}", "00237 {g0} {R}", "(+237) {g0} {R}"])
country("CI", "225", "", [plan("m", "01 05 07", [2, 2, 2, 2, 2]), plan("l", "27", [2, 2, 2, 2, 2])],
        ["{g0} {R}", "{N}", "{g0}.{Rdot}"], ["+225 {g0} {R}", "+225{N}", "(+225) {g0} {R}", "00225 {g0} {R}"])
country("IN", "91", "0", [plan("m", "70 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 62 63",
                               [5, 5]), plan("l", "11 22 80 44", [2, 4, 4]),
                          plan("t", "1800", [4, 3, 4], nat=["{g0}-{g1}-{g2}", "{g0} {g1} {g2}", "{N}"])],
        ["{t}{g0} {R}", "{t}{N}", "{t}{g0}-{Rd}", "{g0} {R}", "{N}"],
        ["+91 {g0} {R}", "+91{N}", "+91-{g0}-{Rd}", "+91 {N}", "0091 {g0} {R}", "+91-{N}"])
country("PK", "92", "0", [plan("m", "300 301 302 303 306 311 312 313 315 320 321 322 331 333 334 335 336 345 346 347", [3, 7]),
                          plan("l", "21 42 51", [2, 4, 4])],
        ["{t}{g0} {R}", "{t}{g0}-{Rn}", "{t}{N}"], ["+92 {g0} {R}", "+92{N}", "+92-{g0}-{Rn}", "0092 {g0} {R}"])
country("BD", "880", "0", [plan("m", "13 14 15 16 17 18 19", [4, 6]), plan("l", "2", [1, 4, 4])],
        ["{t}{g0}-{Rn}", "{t}{g0} {R}", "{t}{N}"], ["+880 {g0} {R}", "+880{N}", "+880 {g0}-{Rn}", "+880-{g0}-{Rn}"])
country("LK", "94", "0", [plan("m", "70 71 72 74 75 76 77 78", [2, 3, 4]), plan("l", "11", [2, 3, 4])])
country("NP", "977", "", [plan("m", "984 985 986 980 981 982 974 976", [3, 7])],
        ["{g0}-{Rn}", "{N}", "{g0} {R}"], ["+977 {g0} {R}", "+977-{g0}-{Rn}", "+977{N}", "+977 {N}"])
country("CN", "86", "0", [plan("m", "130 131 132 133 135 136 137 138 139 150 151 152 155 156 158 159 166 176 177 178 180 181 182 185 186 187 188 189 191 198 199",
                               [3, 4, 4], nat=["{g0} {R}", "{N}", "{g0}-{Rd}", "{N}"]),
                          plan("l", "10 21", [2, 4, 4], nat=["{t}{g0}-{Rn}", "({t}{g0}) {Rn}", "{t}{g0} {R}"]),
                          plan("t", "400", [3, 3, 4], nat=["{g0}-{g1}-{g2}", "{g0} {g1} {g2}", "{g0}-{g1}{g2}"])],
        None, ["+86 {g0} {R}", "+86{N}", "+86-{g0}-{Rd}", "0086 {N}", "+86 {N}", "(+86) {g0} {R}"])
country("HK", "852", "", [plan("m", "5 6 9", [4, 4]), plan("l", "2 3", [4, 4])],
        ["{g0} {R}", "{N}", "{g0}-{R}"], ["+852 {g0} {R}", "+852{N}", "(852) {g0} {R}", "+852-{g0}-{R}", "(+852) {g0} {R}"])
country("TW", "886", "0", [plan("m", "9", [3, 3, 3]), plan("l", "2", [1, 4, 4]), plan("t", "80", [3, 3, 3])],
        ["{t}{g0}-{Rd}", "{t}{g0} {R}", "({t}{g0}) {R}", "{t}{N}"],
        ["+886 {g0} {R}", "+886{N}", "+886-{g0}-{Rd}", "+886 {g0}-{Rd}"])
country("JP", "81", "0", [plan("m", "70 80 90", [2, 4, 4]), plan("l", "3 6", [1, 4, 4]), plan("l", "45 52 92 11", [2, 3, 4]),
                          plan("t", "120", [3, 3, 3])],
        ["{t}{g0}-{Rd}", "{t}{g0}-{Rd}", "{t}{N}", "{t}{g0}({g1}){g2}", "{t}{g0} {R}"],
        ["+81 {g0}-{Rd}", "+81 {g0} {R}", "+81{N}", "+81-{g0}-{Rd}", "+81 (0){g0}-{Rd}"])
country("KR", "82", "0", [plan("m", "10", [2, 4, 4]), plan("l", "2", [1, 4, 4]), plan("l", "31 51", [2, 3, 4]),
                          plan("t", "80", [2, 3, 4])],
        ["{t}{g0}-{Rd}", "{t}{g0}-{Rd}", "{t}{N}", "{t}{g0} {R}", "{t}{g0}.{Rdot}"],
        ["+82 {g0}-{Rd}", "+82 {g0} {R}", "+82{N}", "+82-{g0}-{Rd}"])
country("SG", "65", "", [plan("m", "8 9", [4, 4]), plan("l", "6", [4, 4]), plan("t", "1800", [4, 3, 4])],
        ["{g0} {R}", "{N}", "{g0}-{Rd}"], ["+65 {g0} {R}", "+65{N}", "+65-{g0}-{Rd}", "(+65) {g0} {R}"])
country("MY", "60", "0", [plan("m", "12 13 16 17 19 14 11", [2, 3, 4]), plan("l", "3", [1, 4, 4])],
        ["{t}{g0}-{R}", "{t}{g0}-{Rn}", "{t}{g0} {R}", "{t}{N}"],
        ["+60 {g0}-{R}", "+60 {g0} {R}", "+60{N}", "+60{g0}-{Rn}"])
country("ID", "62", "0", [plan("m", "811 812 813 821 822 852 853 856 857 858 878 877 817 818 819 895 896 897 898 899", [3, 4, 4]),
                          plan("l", "21", [2, 4, 4])],
        ["{t}{g0}-{Rd}", "{t}{g0} {R}", "{t}{N}", "({t}{g0}) {R}"], ["+62 {g0}-{Rd}", "+62 {g0} {R}", "+62{N}", "+62 {N}"])
country("PH", "63", "0", [plan("m", "905 906 915 916 917 926 927 935 936 945 953 954 955 956 965 966 967 975 977 995 997 998 999 908 918 919 920 921 928 929 939 947 949 961",
                               [3, 3, 4]), plan("l", "2", [1, 4, 4])],
        ["{t}{g0} {R}", "{t}{g0}-{Rd}", "{t}{N}", "({t}{g0}) {R}"], ["+63 {g0} {R}", "+63{N}", "+63-{g0}-{Rd}", "+63 ({g0}) {R}"])
country("TH", "66", "0", [plan("m", "6 8 9", [2, 3, 4]), plan("l", "2", [1, 3, 4])])
country("VN", "84", "0", [plan("m", "90 91 93 94 96 97 98 86 88 89 70 76 77 78 79 32 33 34 35 36 37 38 39 81 82 83 84 85", [3, 3, 3]),
                          plan("l", "24 28", [2, 4, 4])],
        ["{t}{g0} {R}", "{t}{N}", "{t}{g0}.{Rdot}", "{t}{g0} {R}"])
country("AU", "61", "0", [plan("m", "4", [3, 3, 3]), plan("l", "2 3 7 8", [1, 4, 4]),
                          plan("t", "1800 1300", [4, 3, 3], nat=["{g0} {R}", "{g0}-{Rd}", "{N}", "{g0} {R}"])],
        ["{t}{g0} {R}", "({t}{g0}) {R}", "{t}{N}", "{t}{g0} {R}"], ["+61 {g0} {R}", "+61{N}", "+61 (0){g0} {R}", "0061 {g0} {R}"])
country("NZ", "64", "0", [plan("m", "21 22 27 29", [2, 3, 4]), plan("l", "9 4 3", [1, 3, 4]), plan("t", "800", [3, 3, 3])],
        ["{t}{g0} {R}", "({t}{g0}) {R}", "{t}{N}", "{t}{g0}-{Rd}"])
country("MX", "52", "", [plan("m", "55 33 81", [2, 4, 4]), plan("l", "222 442 999 664", [3, 3, 4]), plan("t", "800", [3, 3, 4])],
        ["{g0} {R}", "{N}", "({g0}) {R}", "{g0}-{Rd}"],
        ["+52 {g0} {R}", "+52{N}", "+52 1 {g0} {R}", "+52 ({g0}) {R}", "0052 {g0} {R}"])
country("BR", "55", "", [plan("m", "119 219 319 419 519 619 719 819 859 199 279 489", [2, 5, 4]),
                         plan("l", "113 212 313 413 513 613", [2, 4, 4]),
                         plan("t", "800", [3, 3, 4], nat=["0{g0} {g1} {g2}", "0{g0}-{g1}-{g2}", "0{g0} {g1}{g2}"])],
        ["({g0}) {g1}-{g2}", "({g0}) {g1}-{g2}", "{g0} {g1}-{g2}", "({g0}) {g1} {g2}", "{N}", "0{g0} {g1}-{g2}"],
        ["+55 {g0} {g1}-{g2}", "+55 ({g0}) {g1}-{g2}", "+55{N}", "+55 {g0} {g1} {g2}", "0055 {g0} {g1}{g2}"])
country("AR", "54", "0", [plan("m", "11 351 341", [2, 4, 4], nat=["{t}{g0} 15-{g1}-{g2}", "{t}{g0} 15 {g1} {g2}", "({t}{g0}) 15-{g1}-{g2}"],
                               intl=["+54 9 {g0} {g1}-{g2}", "+549{N}", "+54 9 {g0} {g1} {g2}", "+54 9 {g0} {g1}{g2}"], x="9"),
                          plan("l", "11", [2, 4, 4]), plan("t", "800", [3, 3, 4], nat=["0{g0}-{g1}-{g2}", "0{g0} {g1} {g2}"])],
        ["({t}{g0}) {g1}-{g2}", "{t}{g0} {g1}-{g2}", "{t}{g0}-{g1}-{g2}"],
        ["+54 {g0} {g1}-{g2}", "+54{N}", "+54 {g0} {g1} {g2}", "0054 {g0} {g1}-{g2}"])
# Cordoba/Rosario prefixes are three digits; keep the groups summing to ten digits.
PHONES["AR"]["plans"][0]["pre"] = ["11"]
country("CL", "56", "", [plan("m", "9", [1, 4, 4]), plan("l", "2", [1, 4, 4])],
        ["{g0} {R}", "{N}", "({g0}) {R}", "{g0} {Rn}"], ["+56 {g0} {R}", "+56{N}", "+56 ({g0}) {R}", "+56 {g0} {g1}{g2}"])
country("CO", "57", "", [plan("m", "300 301 310 311 312 313 314 315 316 317 318 320 321 350", [3, 3, 4]),
                         plan("l", "601 604 602", [3, 3, 4]), plan("t", "8000", [4, 3, 3], nat=["01 {g0} {g1} {g2}", "01-{g0}-{g1}{g2}"])],
        ["{g0} {R}", "{N}", "({g0}) {R}", "{g0}-{Rd}"], ["+57 {g0} {R}", "+57{N}", "+57 ({g0}) {R}", "+57-{g0}-{Rd}"])
country("PE", "51", "", [plan("m", "9", [3, 3, 3]), plan("l", "1", [1, 3, 4], nat=["(0{g0}) {R}", "0{g0} {R}", "(0{g0}) {g1}-{g2}"])],
        ["{g0} {R}", "{N}", "{g0}-{Rd}"], ["+51 {g0} {R}", "+51{N}", "(+51) {g0} {R}", "0051 {g0} {R}"])
country("VE", "58", "0", [plan("m", "412 414 416 424 426", [3, 3, 4]), plan("l", "212", [3, 3, 4])],
        ["{t}{g0}-{Rn}", "({t}{g0}) {R}", "{t}{g0} {R}", "{t}{N}"], ["+58 {g0}-{Rn}", "+58 {g0} {R}", "+58{N}", "+58 ({g0}) {R}"])
country("EC", "593", "0", [plan("m", "9", [2, 3, 4]), plan("l", "2 4", [1, 3, 4])],
        ["{t}{g0} {R}", "({t}{g0}) {R}", "{t}{N}", "{t}{g0}-{Rd}"])
country("UY", "598", "0", [plan("m", "9", [2, 3, 3]), plan("l", "2", [4, 4], nat=["{g0} {R}", "{N}"])])
country("CR", "506", "", [plan("m", "6 7 8", [4, 4]), plan("l", "2", [4, 4])],
        ["{g0}-{R}", "{g0} {R}", "{N}"], ["+506 {g0}-{R}", "+506 {g0} {R}", "+506{N}", "(+506) {g0}-{R}"])
country("CU", "53", "", [plan("m", "5", [1, 3, 4])],
        ["{g0} {R}", "{N}", "{g0}{g1} {g2}"], ["+53 {g0} {R}", "+53{N}", "+53 {g0}{g1} {g2}"])
country("HT", "509", "", [plan("m", "3 4", [4, 4]), plan("l", "2", [4, 4])],
        ["{g0}-{R}", "{g0} {R}", "{N}"], ["+509 {g0}-{R}", "+509 {g0} {R}", "+509{N}", "(509) {g0}-{R}"])
country("IR", "98", "0", [plan("m", "912 913 914 915 916 917 918 919 901 902 903 905 930 933 935 936 937 938 939 990 991", [3, 3, 4]),
                          plan("l", "21", [2, 4, 4])])
country("IQ", "964", "0", [plan("m", "770 771 772 773 780 781 750 751 790", [3, 3, 4])])
country("JO", "962", "0", [plan("m", "77 78 79", [2, 3, 4]), plan("l", "6", [1, 3, 4])])
country("LB", "961", "0", [plan("m", "3", [1, 3, 3]), plan("m", "70 71 76 78 79 81", [2, 3, 3], nat=["{g0} {R}", "{g0}-{Rn}", "{N}"]),
                           plan("l", "1", [1, 3, 3])],
        ["{t}{g0} {R}", "{t}{g0}-{Rn}", "{t}{N}"])
country("QA", "974", "", [plan("m", "33 55 66 77 30 31 50 70", [4, 4]), plan("l", "44", [4, 4])],
        ["{g0} {R}", "{N}"], ["+974 {g0} {R}", "+974{N}", "00974 {g0} {R}", "+974-{g0}-{R}"])
country("KW", "965", "", [plan("m", "5 6 9", [4, 4]), plan("l", "22", [4, 4])],
        ["{g0} {R}", "{N}"], ["+965 {g0} {R}", "+965{N}", "00965 {g0} {R}", "+965-{g0}-{R}"])
country("RS", "381", "0", [plan("m", "60 61 62 63 64 65 66 69", [2, 3, 4]), plan("l", "11", [2, 3, 4])],
        ["{t}{g0} {R}", "{t}{g0}/{Rn}", "{t}{g0}/{g1}-{g2}", "{t}{N}"],
        ["+381 {g0} {R}", "+381{N}", "+381 (0){g0} {R}", "00381 {g0} {R}"])
country("HR", "385", "0", [plan("m", "91 92 95 97 98 99", [2, 3, 4]), plan("l", "1", [1, 4, 3])],
        ["{t}{g0} {R}", "{t}{g0}/{Rn}", "{t}{N}"], ["+385 {g0} {R}", "+385{N}", "+385 (0){g0} {R}", "00385 {g0} {R}"])
country("SI", "386", "0", [plan("m", "30 31 40 41 51 64 68 70 71", [2, 3, 3]), plan("l", "1", [1, 3, 2, 2])],
        ["{t}{g0} {R}", "{t}{N}", "({t}{g0}) {R}"])
country("LU", "352", "", [plan("m", "621 628 661 671 691", [3, 3, 3]), plan("l", "2 4", [2, 2, 2, 2])],
        ["{g0} {R}", "{N}"], ["+352 {g0} {R}", "+352{N}", "00352 {g0} {R}", "(+352) {g0} {R}"])
country("MT", "356", "", [plan("m", "79 99 77", [4, 4]), plan("l", "21", [4, 4])],
        ["{g0} {R}", "{N}"], ["+356 {g0} {R}", "+356{N}", "00356 {g0} {R}", "(+356) {g0} {R}"])
country("CY", "357", "", [plan("m", "96 97 99", [2, 6]), plan("l", "22 25", [2, 6])],
        ["{g0} {R}", "{N}", "{g0}-{R}"], ["+357 {g0} {R}", "+357{N}", "00357 {g0} {R}"])
country("AL", "355", "0", [plan("m", "67 68 69", [2, 3, 4]), plan("l", "4", [1, 3, 4])])
country("MN", "976", "", [plan("m", "88 99 95 91 80 85 94", [4, 4]), plan("l", "11", [2, 2, 4])],
        ["{g0} {R}", "{N}", "{g0}-{R}"], ["+976 {g0} {R}", "+976{N}", "+976-{g0}-{R}"])
PHONES["MN"]["plans"][1]["nat"] = ["{g0}-{g1}-{g2}", "({g0}) {g1}-{g2}"]
country("UZ", "998", "", [plan("m", "90 91 93 94 97 99 33 88", [2, 3, 2, 2])],
        ["{g0} {R}", "({g0}) {g1}-{g2}-{g3}", "{N}"],
        ["+998 {g0} {R}", "+998{N}", "+998 ({g0}) {g1}-{g2}-{g3}", "+998 {g0} {g1}-{g2}-{g3}"])


def _phone_fields(c, pl, nsn):
    gs, pos = [], 0
    for g in pl["groups"]:
        gs.append(nsn[pos:pos + g])
        pos += g
    f = {"cc": c["cc"], "t": c["trunk"], "N": nsn, "R": " ".join(gs[1:]), "Rd": "-".join(gs[1:]),
         "Rn": "".join(gs[1:]), "Rdot": ".".join(gs[1:])}
    f.update({f"g{i}": g for i, g in enumerate(gs)})
    return f


def _templates(c, pl):
    nat = pl["nat"] or c["nat"]
    intl = pl["intl"] or c["intl"]
    return nat, ([] if pl["kind"] == "t" else intl)


def check_phone_plans():
    for iso, c in PHONES.items():
        assert iso in REGION_NAMES, iso
        for pl in c["plans"]:
            for pre in pl["pre"]:
                assert len(pre) <= sum(pl["groups"]), (iso, pre)
            nsn = (pl["pre"][0] + "5" * 20)[: sum(pl["groups"])]
            nat, intl = _templates(c, pl)
            for t in nat + intl:
                v = t.format(**_phone_fields(c, pl, nsn))
                assert v == v.strip() and "  " not in v and "{" not in v, (iso, t, v)


EXT_EN = ["ext.", "x", "ext", "#", "Ext."]


def make_phone(iso, L=None, kind=None, allow_ext=True, style=None):
    """A phone item for region iso.  style: None (random), 'nat', 'intl'."""
    c = PHONES[iso]
    plans = c["plans"]
    if kind:
        plans = [p for p in plans if p["kind"] == kind] or plans
    weights = {"m": 0.55, "l": 0.35, "t": 0.10}
    pl = wchoice([(p, weights[p["kind"]]) for p in plans])
    pre = R.choice(pl["pre"])
    total = sum(pl["groups"])
    nsn = pre + rd(total - len(pre))
    if pl["kind"] == "l" and len(pre) < total and not c["nanp"]:
        nsn = pre + R.choice("23456789") + nsn[len(pre) + 1:]
    if c["nanp"]:
        nsn = nsn[:3] + R.choice("23456789") + nsn[4:]
        if nsn[4:6] == "11":
            nsn = nsn[:4] + "2" + nsn[5:]
    nat, intl = _templates(c, pl)
    if style == "nat" or not intl:
        tpls = nat
    elif style == "intl":
        tpls = intl
    else:
        tpls = nat if chance(0.5) else intl
    value = R.choice(tpls).format(**_phone_fields(c, pl, nsn))
    e164 = "+" + c["cc"] + pl["x"] + nsn
    natc = nsn if c["nanp"] else c["trunk"] + nsn
    key = "mobile" if pl["kind"] == "m" else ("fax" if pl["kind"] == "l" and chance(0.15) else "phone")
    ext = allow_ext and pl["kind"] in "lt" and key != "fax" and chance(0.14)
    if ext:
        word = L["ext"].split("|") if L else EXT_EN
        if L and L["code"] == "en":
            word = EXT_EN
        ew = R.choice(word)
        num = str(R.randint(10, 4999))
        if ew in ("x", "#"):
            value += " " + ew + num
        elif L and L["code"] in ("ja", "zh", "zh-Hant"):
            value += " " + ew + num
        else:
            value += " " + ew + " " + num
    return It("PHONE", value, key, {"iso": iso, "e164": e164, "natc": natc, "kind": pl["kind"], "ext": ext})


# ---------------------------------------------------------------- items
class It:
    __slots__ = ("label", "value", "key", "meta")

    def __init__(self, label, value, key, meta=None):
        self.label = label
        self.value = value
        self.key = key
        self.meta = meta or {}


def retag(it, value):
    return It(it.label, value, it.key, it.meta)


# ---------------------------------------------------------------- companies, dates, money
CO_BASE = ["Nordwind", "Alpina", "Solara", "Bluefin", "Meridian", "Kestrel", "Orion", "Tessera", "Lumen",
           "Verdant", "Atlas", "Cobalt", "Harborline", "Pinecrest", "Zenith", "Aurora", "Vireo", "Quanta",
           "Brightwater", "Silverleaf", "Redwood", "Halcyon", "Polaris", "Sequoia", "Ironbridge", "Tidewater"]
CO_SUFFIX = {"DE": "GmbH", "AT": "GmbH", "CH": "AG", "FR": "SAS", "ES": "S.L.", "MX": "S.A. de C.V.",
             "BR": "Ltda.", "PT": "Lda.", "IT": "S.r.l.", "NL": "B.V.", "BE": "BV", "PL": "Sp. z o.o.",
             "CZ": "s.r.o.", "SK": "s.r.o.", "HU": "Kft.", "RO": "SRL", "BG": "ЕООД", "SE": "AB", "NO": "AS",
             "DK": "ApS", "FI": "Oy", "TR": "A.Ş.", "US": "Inc.", "GB": "Ltd", "AU": "Pty Ltd", "IN": "Pvt. Ltd.",
             "MY": "Sdn. Bhd.", "ZA": "(Pty) Ltd", "AR": "S.R.L.", "CL": "SpA", "CO": "S.A.S.", "IS": "ehf.",
             "EE": "OÜ", "LV": "SIA", "LT": "UAB", "HR": "d.o.o.", "SI": "d.o.o.", "RS": "d.o.o.", "GR": "Α.Ε.",
             "SG": "Pte. Ltd.", "NZ": "Limited", "CA": "Inc.", "IE": "DAC"}
CO_PREFIX = {"RU": "ООО «{}»", "UA": "ТОВ «{}»", "KZ": "ТОО «{}»", "BY": "ООО «{}»", "JP": "株式会社{}",
             "ID": "PT {}", "CN": "{}科技有限公司", "TW": "{}股份有限公司", "HK": "{} Limited", "VN": "Công ty TNHH {}",
             "TH": "บริษัท {} จำกัด", "KR": "(주){}"}
TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "BE": "be", "PT": "pt",
       "BR": "com.br", "MX": "com.mx", "AR": "com.ar", "CL": "cl", "CO": "com.co", "PE": "pe", "PL": "pl",
       "CZ": "cz", "SK": "sk", "HU": "hu", "RO": "ro", "BG": "bg", "GR": "gr", "SE": "se", "NO": "no", "DK": "dk",
       "FI": "fi", "IS": "is", "EE": "ee", "LV": "lv", "LT": "lt", "UA": "com.ua", "RU": "ru", "KZ": "kz",
       "BY": "by", "GE": "ge", "AM": "am", "TR": "com.tr", "IL": "co.il", "SA": "com.sa", "AE": "ae",
       "EG": "com.eg", "MA": "ma", "DZ": "dz", "TN": "tn", "NG": "com.ng", "KE": "co.ke", "ZA": "co.za",
       "GH": "com.gh", "ET": "et", "TZ": "co.tz", "UG": "co.ug", "SN": "sn", "CM": "cm", "CI": "ci", "IN": "co.in",
       "PK": "com.pk", "BD": "com.bd", "LK": "lk", "NP": "com.np", "CN": "com.cn", "HK": "com.hk", "TW": "com.tw",
       "JP": "co.jp", "KR": "co.kr", "SG": "com.sg", "MY": "com.my", "ID": "co.id", "PH": "com.ph", "TH": "co.th",
       "VN": "vn", "AU": "com.au", "NZ": "co.nz", "US": "com", "CA": "ca", "GB": "co.uk", "IE": "ie",
       "JM": "com.jm", "DO": "com.do", "PR": "com", "CU": "cu", "CR": "cr", "VE": "com.ve", "EC": "ec",
       "UY": "com.uy", "IR": "ir", "IQ": "iq", "JO": "jo", "LB": "com.lb", "QA": "qa", "KW": "com.kw",
       "RS": "rs", "HR": "hr", "SI": "si", "LU": "lu", "MT": "com.mt", "CY": "com.cy", "AL": "al", "MN": "mn",
       "UZ": "uz", "HT": "ht"}


def company(reg):
    base = pick(CO_BASE)
    if reg in CO_PREFIX:
        return CO_PREFIX[reg].format(base)
    return f"{base} {CO_SUFFIX.get(reg, pick(['Ltd.', 'Group', 'Co.', 'Holdings']))}"


def date_iso():
    return f"{R.randint(2019, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def date_loc(reg):
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    if reg in ("US", "PR", "PH"):
        return f"{m:02d}/{d:02d}/{y}"
    if reg in ("JP", "CN", "TW", "KR", "HK"):
        return f"{y}/{m:02d}/{d:02d}"
    if reg in ("DE", "AT", "CH", "RU", "UA", "PL", "CZ", "SK", "FI", "NO", "DK", "TR", "KZ", "BY", "RO", "HU",
               "EE", "LV", "LT", "BG", "RS", "HR", "SI"):
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def hhmm():
    return f"{R.randint(7, 23):02d}:{R.randint(0, 59):02d}"


CURRENCY = {"US": "USD", "PR": "USD", "EC": "USD", "GB": "GBP", "CH": "CHF", "PL": "PLN", "CZ": "CZK", "HU": "HUF",
            "RO": "RON", "BG": "BGN", "SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK", "UA": "UAH", "RU": "RUB",
            "KZ": "KZT", "BY": "BYN", "GE": "GEL", "AM": "AMD", "TR": "TRY", "IL": "ILS", "SA": "SAR", "AE": "AED",
            "EG": "EGP", "MA": "MAD", "DZ": "DZD", "TN": "TND", "NG": "NGN", "KE": "KES", "ZA": "ZAR", "GH": "GHS",
            "ET": "ETB", "TZ": "TZS", "UG": "UGX", "SN": "XOF", "CI": "XOF", "CM": "XAF", "IN": "INR", "PK": "PKR",
            "BD": "BDT", "LK": "LKR", "NP": "NPR", "CN": "CNY", "HK": "HKD", "TW": "TWD", "JP": "JPY", "KR": "KRW",
            "SG": "SGD", "MY": "MYR", "ID": "IDR", "PH": "PHP", "TH": "THB", "VN": "VND", "AU": "AUD", "NZ": "NZD",
            "MX": "MXN", "BR": "BRL", "AR": "ARS", "CL": "CLP", "CO": "COP", "PE": "PEN", "VE": "VES", "UY": "UYU",
            "CR": "CRC", "CU": "CUP", "DO": "DOP", "JM": "JMD", "IR": "IRR", "IQ": "IQD", "JO": "JOD", "LB": "LBP",
            "QA": "QAR", "KW": "KWD", "RS": "RSD", "AL": "ALL", "MN": "MNT", "UZ": "UZS", "HT": "HTG", "CA": "CAD"}
COMMA_DECIMAL = set("DE AT FR BE NL IT ES PT BR AR CL CO PE UY PL CZ SK HU RO BG GR SE NO DK FI IS EE LV LT UA RU "
                    "KZ BY TR RS HR SI ID VN".split())


def price(reg, lo=5, hi=2500):
    cur = CURRENCY.get(reg, "EUR")
    amt = R.randint(lo * 100, hi * 100) / 100
    if cur in ("JPY", "KRW", "IDR", "VND", "CLP", "COP", "HUF", "UZS", "IRR", "IQD", "LBP", "UGX", "TZS", "MNT"):
        amt = R.randint(lo, hi) * pick([100, 1000])
        s = f"{amt:,}"
        s = s.replace(",", ".") if reg in COMMA_DECIMAL else s
    else:
        s = f"{amt:,.2f}"
        if reg in COMMA_DECIMAL:
            s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    sym = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}.get(cur)
    if sym and chance(0.5):
        return f"{sym}{s}" if cur in ("USD", "GBP", "JPY", "INR") else f"{s} {sym}"
    return f"{s} {cur}"


# ---------------------------------------------------------------- e-mail
FREEMAIL = {"DE": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "freenet.de"],
            "AT": ["gmx.at", "aon.at", "chello.at"], "CH": ["bluewin.ch", "gmx.ch", "sunrise.ch"],
            "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
            "IT": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"], "ES": ["hotmail.es", "yahoo.es", "telefonica.net"],
            "BR": ["uol.com.br", "bol.com.br", "terra.com.br", "globo.com"], "PT": ["sapo.pt", "clix.pt"],
            "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"], "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
            "SK": ["azet.sk", "centrum.sk"], "RU": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru"],
            "UA": ["ukr.net", "i.ua", "meta.ua"], "BG": ["abv.bg", "mail.bg"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
            "KR": ["naver.com", "daum.net", "hanmail.net", "kakao.com"], "CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
            "IN": ["rediffmail.com", "yahoo.co.in"], "TW": ["yahoo.com.tw", "hinet.net"], "GB": ["btinternet.com", "sky.com", "hotmail.co.uk"],
            "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "BE": ["telenet.be", "skynet.be"], "HU": ["freemail.hu", "citromail.hu"],
            "RO": ["yahoo.ro"], "GR": ["otenet.gr", "yahoo.gr"], "SE": ["telia.com", "bredband.net"], "NO": ["online.no"],
            "DK": ["mail.dk", "jubii.dk"], "FI": ["luukku.com", "suomi24.fi"], "TR": ["yandex.com.tr", "hotmail.com.tr"],
            "IL": ["walla.co.il", "012.net.il"], "KZ": ["mail.kz"], "BY": ["tut.by"], "MX": ["prodigy.net.mx", "hotmail.com.mx"],
            "AR": ["fibertel.com.ar", "yahoo.com.ar"], "AU": ["bigpond.com", "optusnet.com.au"], "NZ": ["xtra.co.nz"],
            "ZA": ["webmail.co.za", "telkomsa.net"], "VN": ["yahoo.com.vn"], "ID": ["yahoo.co.id"], "IR": ["chmail.ir"]}
GLOBALMAIL = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
              "proton.me", "protonmail.com", "aol.com", "live.com", "zoho.com", "fastmail.com", "gmx.com", "me.com"]
UNI = ["cs.uni-bonn.de", "stud.uni-goettingen.de", "student.tudelft.nl", "alumni.ox.ac.uk", "mail.utoronto.ca",
       "g.ecc.u-tokyo.ac.jp", "etu.univ-lyon1.fr", "studenti.unimi.it", "alumnos.uc3m.es", "usp.br",
       "student.uj.edu.pl", "ut.ee", "kth.se", "uio.no", "helsinki.fi", "ucl.ac.uk", "mit.edu", "berkeley.edu",
       "iitb.ac.in", "u.nus.edu", "snu.ac.kr", "myuct.ac.za", "students.uonbi.ac.ke", "comunidad.unam.mx",
       "itu.edu.tr", "mail.tau.ac.il", "stu.pku.edu.cn", "ntu.edu.tw", "e.ntu.edu.sg", "student.unimelb.edu.au"]
IDN_UNICODE = ["müller-bau.de", "bücherwurm.at", "café-lumière.fr", "españa-viajes.es", "żółw-sklep.pl",
               "čistírna-praha.cz", "ørsted-el.dk", "почта-россии.рф", "例え.jp", "ñandú.com.ar", "göteborg-bygg.se",
               "ísland-ferðir.is", "şeker-fırını.com.tr", "ελληνικά.gr", "český-ráj.cz"]
IDN = []
for _u in IDN_UNICODE:
    try:
        IDN.append(_u.encode("idna").decode("ascii"))
    except UnicodeError:
        pass
PLUS_TAGS = ["newsletter", "invoices", "shop", "travel", "github", "2024", "work", "bank", "spam", "amazon", "jobs"]


def company_domain(reg):
    base = pick(CO_BASE).lower()
    tld = TLD.get(reg, "com")
    return f"{base}.{tld}" if chance(0.7) else f"{base}-{pick(['group', 'tech', 'logistics', 'consulting', 'labs'])}.{tld}"


def make_email(who, reg, force_domain=None):
    f, ln = who[1], who[2]
    local = wchoice([(f"{f}.{ln}", 8), (f"{f[0]}.{ln}", 4), (f"{f}{ln}", 3), (f"{f}_{ln}", 2), (f"{ln}.{f}", 2),
                     (f"{f}{R.randint(1, 99)}", 3), (f"{f}.{ln}+{pick(PLUS_TAGS)}", 3), (f"{f[0]}{ln}{R.randint(70, 99)}", 2),
                     (f"{f}-{ln}", 1), (f"{f}", 1), (f"{ln}{f[0]}", 1), (f"{f}.{ln}{R.randint(1, 9)}", 1)])
    if force_domain:
        dom = force_domain
    else:
        r = R.random()
        if r < 0.25:
            dom = pick(FREEMAIL.get(reg, GLOBALMAIL))
        elif r < 0.45:
            dom = pick(GLOBALMAIL)
        elif r < 0.75:
            dom = company_domain(reg)
        elif r < 0.85:
            sub = pick(["mail", "eu", "corp", "hr", "sales", "support", "us", "mx1", "staff", "intl"])
            dom = f"{sub}.{company_domain(reg)}"
        elif r < 0.93:
            dom = pick(UNI)
        else:
            dom = pick(IDN)
    if chance(0.04):
        local = local.capitalize()
    return It("EMAIL", f"{local}@{dom}", "email")


def role_email(reg):
    role = pick(["info", "support", "billing", "kontakt", "contact", "hr", "office", "sales", "noreply", "admin",
                 "facturacion", "service", "helpdesk", "careers"])
    return It("EMAIL", f"{role}@{company_domain(reg)}", "email")


# ---------------------------------------------------------------- cards
BRANDS = {
    "Visa": (["4"], [16], 24), "Mastercard": (["51", "52", "53", "54", "55", "2221-2720"], [16], 18),
    "American Express": (["34", "37"], [15], 10), "Discover": (["6011", "644", "645", "647", "649", "65"], [16], 6),
    "JCB": (["3528-3589"], [16], 6), "UnionPay": (["62"], [16, 19], 6), "Diners Club": (["36", "300-305", "38"], [14], 4),
    "Maestro": (["5018", "5020", "5038", "6304", "6759", "6761", "6763"], [16, 19], 5), "Mir": (["2200-2204"], [16], 5),
    "RuPay": (["6070", "6521", "6522", "508"], [16], 5), "Troy": (["9792"], [16], 2), "Elo": (["636368", "504175", "509048"], [16], 3),
    "Verve": (["506099", "650002"], [16, 19], 2), "Dankort": (["5019"], [16], 2),
}
BRAND_AFFINITY = {"ru": "Mir", "kk": "Mir", "hi": "RuPay", "ta": "RuPay", "tr": "Troy", "pt": "Elo", "ha": "Verve",
                  "da": "Dankort", "zh": "UnionPay", "zh-Hant": "UnionPay", "ja": "JCB"}


def card_number(brand):
    prefixes, lengths, _ = BRANDS[brand]
    p = R.choice(prefixes)
    if "-" in p:
        a, b = p.split("-")
        p = str(R.randint(int(a), int(b)))
    n = R.choice(lengths)
    return luhn_complete(p + rd(n - len(p) - 1))


def fmt_card(num, sep=None):
    n = len(num)
    groups = {15: [4, 6, 5], 14: [4, 6, 4], 16: [4, 4, 4, 4], 19: pick([[4, 4, 4, 4, 3], [6, 13]])}[n]
    if sep is None:
        sep = wchoice([(" ", 6), ("-", 3), ("", 3)])
    out, pos = [], 0
    for g in groups:
        out.append(num[pos:pos + g])
        pos += g
    return sep.join(out)


def make_card(L=None, brand=None):
    if brand is None:
        aff = BRAND_AFFINITY.get(L["code"]) if L else None
        brand = aff if aff and chance(0.45) else wchoice([(b, v[2]) for b, v in BRANDS.items()])
    num = card_number(brand)
    return It("CARD", fmt_card(num), "card", {"brand": brand, "digits": num})


# ---------------------------------------------------------------- IBAN
IBAN_SPECS = {
    "DE": "8n10n", "AT": "5n11n", "CH": "5n12c", "LI": "5n12c", "FR": "5n5n11c2n", "MC": "5n5n11c2n",
    "ES": "4n4n1n1n10n", "IT": "1a5n5n12c", "SM": "1a5n5n12c", "PT": "4n4n11n2n", "NL": "4a10n",
    "BE": "3n7n2n", "LU": "3n13c", "GB": "4a6n8n", "IE": "4a6n8n", "PL": "8n16n", "CZ": "4n6n10n",
    "SK": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16c", "BG": "4a4n2n8c", "HR": "7n10n", "SI": "5n8n2n",
    "GR": "3n4n16c", "CY": "3n5n16c", "MT": "4a5n18c", "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n",
    "FI": "3n11n", "IS": "4n2n6n10n", "EE": "2n2n11n1n", "LV": "4a13c", "LT": "5n11n", "TR": "5n1n16c",
    "SA": "2n18c", "AE": "3n16n", "IL": "3n3n13n", "QA": "4a21c", "KW": "4a22c", "JO": "4a4n18c",
    "LB": "4n20c", "EG": "4n4n17n", "TN": "2n3n13n2n", "BR": "8n5n10n1a1c", "UA": "6n19c",
    "GE": "2a16n", "KZ": "3n13c", "AZ": "4a20c", "PK": "4a16c", "MU": "4a2n2n12n3n3a", "RS": "3n13n2n",
    "AL": "8n16c", "AD": "4n4n12c", "DO": "4c20n", "CR": "4n14n", "BH": "4a14c", "MD": "2c18c",
    "ME": "3n13n2n", "MK": "3n10c2n", "BA": "3n3n8n2n", "XK": "4n10n2n", "IQ": "4a3n12n", "BY": "4c4n16c",
}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "LI": 21, "FR": 27, "MC": 27, "ES": 24, "IT": 27, "SM": 27, "PT": 25,
            "NL": 18, "BE": 16, "LU": 20, "GB": 22, "IE": 22, "PL": 28, "CZ": 24, "SK": 24, "HU": 28, "RO": 24,
            "BG": 22, "HR": 21, "SI": 19, "GR": 27, "CY": 28, "MT": 31, "SE": 24, "NO": 15, "DK": 18, "FI": 18,
            "IS": 26, "EE": 20, "LV": 21, "LT": 20, "TR": 26, "SA": 24, "AE": 23, "IL": 23, "QA": 29, "KW": 30,
            "JO": 30, "LB": 28, "EG": 29, "TN": 24, "BR": 29, "UA": 29, "GE": 22, "KZ": 20, "AZ": 28, "PK": 24,
            "MU": 30, "RS": 22, "AL": 28, "AD": 24, "DO": 28, "CR": 22, "BH": 22, "MD": 24, "ME": 22, "MK": 19,
            "BA": 20, "XK": 20, "IQ": 23, "BY": 28}
BANK_CODES = {"GB": "NWBK BARC LOYD HBUK MIDL", "IE": "AIBK BOFI IPBS", "NL": "ABNA INGB RABO TRIO KNAB SNSB",
              "RO": "BTRL RNCB INGB BRDE", "BG": "BNBG UNCR STSA FINV", "MT": "MALT VALL", "LV": "HABA UNLA PARX",
              "QA": "QNBA DOHB CBQA", "KW": "NBOK CBKU GULB", "JO": "CBJO ARAB HBHO", "AZ": "NABZ AIIB",
              "PK": "SCBL HABB MEZN", "MU": "MCBL BOMM", "BH": "NBOB BBKU", "IQ": "NBIQ RAFB", "GE": "NB TB BG",
              "BY": "NBRB ALFA BPSB", "DO": "BAGR BCBH", "MD": "AG ML"}


def iban_check_digits(cc, bban):
    return f"{98 - iban_int(bban + cc + '00') % 97:02d}"


def make_bban(cc):
    parts = re.findall(r"(\d+)([nac])", IBAN_SPECS[cc])
    out = []
    for i, (n, t) in enumerate(parts):
        n = int(n)
        if i == 0 and t in "ac" and cc in BANK_CODES:
            code = pick(BANK_CODES[cc].split())
            if len(code) == n:
                out.append(code)
                continue
        if t == "n":
            out.append(rd(n))
        elif t == "a":
            out.append("".join(R.choice(UPPER) for _ in range(n)))
        else:
            out.append("".join(R.choice(UPPER) if chance(0.08) else R.choice(DIG) for _ in range(n)))
    bban = "".join(out)
    if cc == "MU":
        bban = bban[:-6] + "000MUR"
    if cc == "CR":
        bban = "0" + bban[1:]
    if cc == "BR":
        bban = bban[:-2] + pick("CP") + "1"
    return bban


def fmt_iban(compact, grouped=None):
    if grouped is None:
        grouped = chance(0.62)
    if not grouped:
        return compact
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def make_iban(cc):
    bban = make_bban(cc)
    compact = cc + iban_check_digits(cc, bban) + bban
    assert len(compact) == IBAN_LEN[cc], (cc, compact)
    assert iban_ok(compact)
    return It("IBAN", fmt_iban(compact), "iban", {"cc": cc, "compact": compact})


def bic(cc):
    return "".join(R.choice(UPPER) for _ in range(4)) + cc + ralnum(2) + pick(["", "", "XXX"])


# ---------------------------------------------------------------- SSN
def ssn_raw():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def make_ssn(L):
    a, g, s = ssn_raw()
    fmt = wchoice([("dash", 7), ("space", 2), ("compact", 2)])
    value = {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "compact": f"{a}{g}{s}"}[fmt]
    lbl = w(L, "ssn") if L.get("ssn") else "SSN"
    return It("SSN", value, "ssn", {"lbl": lbl, "fmt": fmt})


# ---------------------------------------------------------------- IP
V4_FIRST = [5, 24, 31, 37, 41, 46, 49, 50, 58, 62, 66, 67, 68, 71, 73, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87,
            88, 89, 91, 93, 94, 95, 96, 98, 99, 101, 103, 104, 105, 107, 108, 109, 110, 111, 112, 113, 114, 116,
            117, 118, 119, 120, 121, 122, 123, 124, 125, 141, 142, 145, 151, 154, 155, 162, 166, 174, 176, 177,
            178, 179, 180, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 199, 200,
            201, 202, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222]
V6_PREFIX = ["2001:db8", "2a02:8108", "2a01:4f8", "2600:1700", "2607:f8b0", "2001:41d0", "2400:cb00", "240e:3a1",
             "2804:14c", "2a00:1450", "2001:67c", "2c0f:fb50", "2a03:2880", "2406:da18", "2001:470", "2a0e:97c0"]
ZONES = ["eth0", "en0", "wlan0", "ens192", "3"]


def make_ip():
    r = R.random()
    meta = {}
    if r < 0.48:
        v = f"{pick(V4_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    elif r < 0.62:
        v = pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                  f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                  f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])
    elif r < 0.68:
        v = pick([f"203.0.113.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", f"192.0.2.{R.randint(1, 254)}"])
    elif r < 0.80:
        hexts = pick(V6_PREFIX).split(":")
        while len(hexts) < 8:
            hexts.append("0" if chance(0.3) else f"{R.randint(0, 0xFFFF):x}")
        v = ipaddress.IPv6Address(":".join(hexts)).compressed
    elif r < 0.87:
        hexts = pick(V6_PREFIX).split(":")
        while len(hexts) < 8:
            hexts.append("0" if chance(0.25) else f"{R.randint(0, 0xFFFF):x}")
        v = ipaddress.IPv6Address(":".join(hexts)).exploded
    elif r < 0.93:
        iid = R.getrandbits(64)
        v = ipaddress.IPv6Address((0xFE80 << 112) | iid).compressed
        if chance(0.5):
            meta["zone"] = pick(ZONES)
    elif r < 0.97:
        v = ipaddress.IPv6Address((0xFD << 120) | R.getrandbits(40) << 80 | R.getrandbits(16)).compressed
    else:
        v = f"::ffff:{pick(V4_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    ipaddress.ip_address(v)
    if "zone" not in meta and chance(0.45 if ":" in v else 0.3):
        meta["port"] = pick([22, 80, 443, 8080, 8443, 3306, 5432, 6379, 9200, 51820, R.randint(1024, 65000)])
    return It("IP", v, "ip", meta)


def vparts(it, rich=False):
    if it.label == "IP" and rich:
        m = it.meta
        if m.get("zone"):
            return [(it.label, it.value), "%" + m["zone"]]
        if m.get("port"):
            if ":" in it.value:
                return ["[", (it.label, it.value), "]:" + str(m["port"])]
            return [(it.label, it.value), ":" + str(m["port"])]
    return [(it.label, it.value)]


def lab(L, it):
    k = it.key
    if k == "iban":
        return pick(["IBAN", "IBAN", "IBAN", w(L, "account") + " (IBAN)", w(L, "account")])
    if k == "ssn":
        return it.meta["lbl"]
    if k == "ip":
        if L["code"] == "en":
            return pick(["IP", "IP address", "Client IP", "Source IP"])
        return "IP"
    if k == "card":
        c = w(L, "card")
        return pick([c, c, it.meta["brand"], f"{it.meta['brand']} {c}" if L["code"] == "en" else c])
    return w(L, k)


SHORT = {"phone": "T", "mobile": "M", "fax": "F", "email": "E"}


# ---------------------------------------------------------------- genres
# Each genre takes (L, reg, items, who) and returns (parts, genre name); parts are
# plain strings or (entity, value) tuples.
KEYS = {"phone": ["phone", "phone_number", "tel", "telephone", "work_phone", "landline"],
        "mobile": ["mobile", "cell", "mobile_phone", "msisdn", "cell_phone"], "fax": ["fax", "fax_number"],
        "email": ["email", "e_mail", "email_address", "contact_email", "mail"],
        "card": ["card_number", "pan", "cc_number", "card"], "iban": ["iban", "bank_iban", "iban_number", "payout_iban"],
        "ip": ["ip", "ip_address", "client_ip", "last_login_ip", "remote_addr", "src_ip"],
        "ssn": ["ssn", "social_security_number", "ssn_full", "soc_sec_no", "tax_id_ssn"]}
ENVK = {"phone": ["SUPPORT_PHONE", "TWILIO_FROM_NUMBER", "HOTLINE_NUMBER"],
        "mobile": ["ONCALL_MOBILE", "ALERT_SMS_TO", "ADMIN_MSISDN"], "fax": ["FAX_NUMBER"],
        "email": ["ADMIN_EMAIL", "SMTP_USER", "DEFAULT_FROM_EMAIL", "ALERT_RECIPIENT", "GIT_AUTHOR_EMAIL"],
        "card": ["BILLING_CARD_NUMBER", "FALLBACK_PAN", "QA_CARD"], "iban": ["PAYOUT_IBAN", "SEPA_CREDITOR_IBAN"],
        "ip": ["DB_HOST", "REDIS_HOST", "ALLOWED_IP", "BIND_ADDR", "UPSTREAM_ADDR", "PEER_IP", "NTP_SERVER"],
        "ssn": ["TEST_USER_SSN", "QA_APPLICANT_SSN"]}
DEPTS = ["Finance", "Engineering", "Sales", "Warehouse", "Customer Success", "Marketing", "Legal", "Operations"]


def camel(s):
    a = s.split("_")
    return a[0] + "".join(x.capitalize() for x in a[1:])


def key_of(it):
    return pick(KEYS[it.key])


def distractor(L, reg):
    return pick([f"{w(L, 'order')} #{rdnz(6)}", f"{w(L, 'invoice')} {R.randint(2021, 2026)}-{rd(5)}",
                 f"{date_loc(reg)} {hhmm()}", f"{w(L, 'total')}: {price(reg)}", f"Ref. {ralnum(8)}",
                 f"{w(L, 'order')} {rdnz(3)}-{rd(7)}"])


def g_signature(L, reg, items, who):
    P = [pick([w(L, "regards") + ",\n", w(L, "regards") + "\n", "-- \n", "—\n"])]
    P.append(who[0] + "\n")
    if chance(0.65):
        P.append(company(reg) + "\n")
    if chance(0.25) and all(it.key in SHORT for it in items):
        sep = pick([" | ", " · ", "  ", " / ", " • "])
        for i, it in enumerate(items):
            if i:
                P.append(sep)
            P.append(SHORT[it.key] + pick([" ", ": ", ". "]))
            P += vparts(it)
        P.append("\n")
    else:
        for it in items:
            P.append(lab(L, it) + pick([": ", ": ", " ", ":\t", " – "]))
            P += vparts(it)
            P.append("\n")
    if chance(0.3):
        P.append(f"www.{company_domain(reg)}")
    return P, "e-mail signature"


def g_chat(L, reg, items, who):
    style = pick(["wa", "slack", "irc", "plain", "tg", "plain"])
    P = []
    if style == "wa":
        P.append(f"{date_loc(reg)}, {hhmm()} - {who[0]}: ")
    elif style == "slack":
        P.append(f"{who[1]}.{who[2]}  {hhmm()}\n")
    elif style == "irc":
        P.append(f"[{hhmm()}] <{who[1]}> ")
    elif style == "tg":
        P.append(f"{who[0]}, [{date_loc(reg)} {hhmm()}]\n")
    P.append(w(L, "hello") + pick(["! ", ", ", " 🙂 ", "! ", " "]))
    if chance(0.2):
        P.append(distractor(L, reg) + pick([" — ", ". ", "; "]))
    first = items[0]
    if first.key in ("phone", "mobile", "email") and chance(0.6):
        P.append(reach(L))
        if first.key == "mobile" and chance(0.4):
            P += ["https://wa.me/", ("PHONE", first.meta["e164"][1:])]
        else:
            P += vparts(first)
    else:
        P.append(lab(L, first) + pick([": ", " "]))
        P += vparts(first)
    for it in items[1:]:
        if it.key == "mobile" and chance(0.35):
            P += [pick([" / ", "\n", " — "]) + "WhatsApp: https://wa.me/", ("PHONE", it.meta["e164"][1:])]
            continue
        P.append(pick([" / ", "\n", ", ", " — ", "\n"]) + lab(L, it) + pick([": ", " "]))
        P += vparts(it)
    if any(it.label == "PHONE" for it in items) and chance(0.4):
        P.append(pick(["\n", " "]) + w(L, "callme"))
    if chance(0.5):
        P.append(pick([" ", "\n"]) + w(L, "thanks"))
    return P, "chat message"


def g_form(L, reg, items, who):
    P = [w(L, "form") + "\n" + pick(["", "=" * 22 + "\n", "-" * 26 + "\n"])]
    pad = chance(0.35)

    def row(label):
        return (label + ": ").ljust(20) if pad else label + pick([": ", ": ", " : ", ":  "])
    P.append(row(w(L, "name_lbl")) + who[0] + "\n")
    for it in items:
        P.append(row(lab(L, it)))
        P += vparts(it)
        P.append("\n")
    if chance(0.4):
        P.append(row(w(L, "order")) + rdnz(6) + "\n")
    if chance(0.5):
        P.append(f"{date_loc(reg)}  [x] ✓")
    return P, "web form submission"


def g_csv(L, reg, items, who):
    sep = pick([",", ";", "\t", "|"])
    native = chance(0.4)
    heads = ["id", w(L, "name_lbl") if native else pick(["name", "full_name", "customer"])]
    heads += [lab(L, it) if native else key_of(it) for it in items]
    created = chance(0.5)
    if created:
        heads.append("created_at")
    q = sep in ",;" and chance(0.35)
    P = [sep.join(heads) + "\n", rdnz(5) + sep + (f'"{who[0]}"' if q else who[0])]
    for it in items:
        P.append(sep + ('"' if q else ""))
        P += vparts(it)
        if q:
            P.append('"')
    if created:
        P.append(sep + date_iso() + " " + hhmm())
    if chance(0.35):
        other = pick(pick(list(LANGS.values()))["people"])
        P.append("\n" + rdnz(5) + sep + other[0] + sep * len(items) + (sep + date_iso() if created else ""))
    name = {",": "CSV export", ";": "CSV export (semicolon)", "\t": "TSV export", "|": "pipe-delimited export"}[sep]
    return P, name + ("" if native else " (English headers)")


def g_json(L, reg, items, who):
    cm = chance(0.3)
    ind = pick([None, 2, 4])
    nl = "\n" if ind else ""
    sp = " " * (ind or 0)

    def k(s):
        return camel(s) if cm else s
    fields = [(k("name"), [who[0]])]
    for it in items:
        fields.append((k(key_of(it)), vparts(it)))
    nested = chance(0.45)
    P = []
    pre = sp * 2 if nested else sp
    if nested:
        P.append("{" + nl + sp + f'"id": {rdnz(6)},' + (nl if ind else " ") + sp + f'"{k(pick(["customer", "contact", "applicant", "user"]))}": {{' + nl)
    else:
        P.append("{" + nl)
    for i, (key, val) in enumerate(fields):
        P.append(pre + f'"{key}": "')
        P += val
        P.append('"' + ("," if i < len(fields) - 1 else "") + (nl if ind else " "))
    if nested:
        P.append(sp + "}," + (nl if ind else " ") + sp + f'"{k("updated_at")}": "{date_iso()}T{hhmm()}:00Z"' + nl + "}")
    else:
        P.append("}")
    return P, "JSON record"


def g_yaml(L, reg, items, who):
    P = [pick(["contact", "customer", "employee", "owner", "account_holder"]) + ":\n", f"  name: {who[0]}\n"]
    for it in items:
        q = pick(['"', "'", ""]) if it.label in ("PHONE", "CARD", "SSN") else pick(["", '"'])
        if it.label == "PHONE" and it.value.startswith(("+", "(", "0")) and not q:
            q = '"'
        P.append(f"  {key_of(it)}: {q}")
        P += vparts(it)
        P.append(q + "\n")
    if chance(0.5):
        P.append(f"  updated: {date_iso()}\n")
    return P, "YAML config"


def g_xml(L, reg, items, who):
    root = pick(["customer", "contact", "party", "employee", "subscriber"])
    P = []
    if chance(0.5):
        P.append('<?xml version="1.0" encoding="UTF-8"?>\n')
    P.append(f'<{root} id="{rdnz(6)}">\n  <name>{who[0]}</name>\n')
    for it in items:
        tag = key_of(it)
        attr = f' type="{it.key}"' if it.label == "PHONE" and chance(0.5) else ""
        P.append(f"  <{tag}{attr}>")
        P += vparts(it)
        P.append(f"</{tag}>\n")
    P.append(f"</{root}>")
    return P, "XML snippet"


def g_vcard(L, reg, items, who):
    v4 = chance(0.35)
    P = ["BEGIN:VCARD\n", f"VERSION:{'4.0' if v4 else pick(['3.0', '2.1'])}\n", f"FN:{who[0]}\n"]
    if chance(0.6):
        P.append(f"ORG:{company(reg)}\n")
    for it in items:
        if it.label == "PHONE":
            t = {"mobile": "CELL", "phone": pick(["WORK", "HOME", "VOICE"]), "fax": "FAX"}[it.key]
            if v4 and not it.meta.get("ext") and it.meta["kind"] != "t" and chance(0.6):
                P += [f"TEL;VALUE=uri;TYPE={t.lower()}:tel:", ("PHONE", it.meta["e164"]), "\n"]
            else:
                P += [f"TEL;TYPE={t}:", *vparts(it), "\n"]
        elif it.label == "EMAIL":
            P += [pick(["EMAIL;TYPE=INTERNET:", "EMAIL:", "EMAIL;TYPE=work:"]), *vparts(it), "\n"]
        else:
            P += [f"NOTE:{lab(L, it)} ", *vparts(it), "\n"]
    P.append("END:VCARD")
    return P, "vCard contact"


def g_md(L, reg, items, who):
    if chance(0.5):
        heads = [w(L, "name_lbl")] + [lab(L, it) for it in items]
        P = ["| " + " | ".join(heads) + " |\n", "|" + "|".join("---" for _ in heads) + "|\n", f"| {who[0]} "]
        for it in items:
            P.append("| ")
            P += vparts(it)
            P.append(" ")
        P.append("|")
    else:
        P = [f"| {w(L, 'name_lbl')} | {who[0]} |\n", "|---|---|\n"]
        for it in items:
            P.append(f"| {lab(L, it)} | ")
            P += vparts(it)
            P.append(" |\n")
    return P, "markdown table"


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "curl/8.5.0", "python-requests/2.31.0", "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"]


def ts_any():
    y, mo, d = R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return pick([f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rd(3)}Z", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
                 f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} {d:2d} {h:02d}:{mi:02d}:{s:02d}"])


def log_line(it):
    ts = ts_any()
    lvl = pick(["INFO ", "WARN ", "DEBUG", "ERROR"])
    if it.label == "IP":
        if it.meta.get("port") or it.meta.get("zone"):
            return pick([
                [f"{ts} {lvl} rate-limit exceeded client=", *vparts(it, rich=True), f" path=/login attempts={R.randint(6, 60)}\n"],
                [f"{ts} {lvl} wg0: peer handshake completed endpoint=", *vparts(it, rich=True), "\n"],
                [f"{ts} {lvl} upstream connect error to ", *vparts(it, rich=True), f" after {R.randint(1, 30)}s (retry {R.randint(1, 5)}/5)\n"],
            ])
        if chance(0.3) and ":" not in it.value:
            mon = pick(["Jan", "Mar", "Jun", "Sep", "Nov"])
            return [*vparts(it), f' - - [{R.randint(1, 28):02d}/{mon}/2025:{hhmm()}:{R.randint(10, 59)} +0000] "GET /api/v2/orders/{rdnz(5)} HTTP/1.1" {pick([200, 200, 304, 404, 500])} {R.randint(200, 90000)} "-" "{pick(UAS)}"\n']
        return pick([
            [f"{ts} {pick(['web-01', 'bastion', 'vpn-gw', 'edge3'])} sshd[{R.randint(900, 99999)}]: Failed password for invalid user {pick(['admin', 'root', 'oracle', 'test'])} from ", (it.label, it.value), f" port {R.randint(1024, 65535)} ssh2\n"],
            [f"{ts} {lvl} rate-limit exceeded client=", *vparts(it, rich=True), f" path=/login attempts={R.randint(6, 60)}\n"],
            [f'{{"ts":"{ts}","level":"info","msg":"session started","remote_addr":"', (it.label, it.value), f'","latency_ms":{R.randint(2, 900)}}}\n'],
            [f"{ts} fail2ban.actions [{R.randint(100, 9999)}]: NOTICE [sshd] Ban ", (it.label, it.value), "\n"],
            [f"{ts} {lvl} wg0: peer handshake completed endpoint=", *vparts(it, rich=True), "\n"],
        ])
    if it.label == "EMAIL":
        return pick([
            [f"{ts} {lvl} auth.login user=", *vparts(it), f" result={pick(['ok', 'failed', 'locked'])} mfa=totp\n"],
            [f"{ts} mail postfix/smtp[{R.randint(1000, 99999)}]: {ralnum(10)}: to=<", *vparts(it), f">, relay=mx{R.randint(1, 4)}.mailhost.net:25, delay=0.{rd(2)}, status=sent (250 2.0.0 OK)\n"],
            [f"{ts} {lvl} newsletter.unsubscribe address=", *vparts(it), f" list_id={rdnz(4)}\n"],
        ])
    if it.label == "PHONE":
        v = retag(it, it.meta["e164"]) if chance(0.6) else it
        return [f"{ts} {lvl} sms.dispatch to=", *vparts(v), f" template=otp_login msg_id={R.getrandbits(48):x}\n"]
    if it.label == "CARD":
        return [f"{ts} ERROR payments: tokenization failed pan=", *vparts(it), f" exp={R.randint(1, 12):02d}{R.randint(26, 31)} code=card_declined\n"]
    if it.label == "IBAN":
        return [f"{ts} {lvl} sepa.batch queued debtor_iban=", *vparts(it), f" amount={R.randint(5, 999)}.{rd(2)} EUR\n"]
    return [f'{ts} DEBUG kyc.verify payload={{"ssn": "', *vparts(it), f'", "dob": "{R.randint(1950, 2003)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"}}\n']


def g_log(L, reg, items, who):
    P = []
    if chance(0.3):
        P.append(f"{ts_any()} INFO  worker started pid={R.randint(100, 65000)} build={R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 99)}\n")
    for it in items:
        P += log_line(it)
    return P, "server log"


def g_ticket(L, reg, items, who):
    tid = rdnz(5)
    subj = pick([f"{w(L, 'order')} {rdnz(6)}", w(L, "callme"), f"{w(L, 'invoice')} {R.randint(2022, 2026)}/{rd(4)}"])
    P = [pick([f"Ticket #{tid}", f"[#{tid}]", f"Case {rdnz(8)}", f"INC{rd(7)}"]) + " – " + subj + "\n"]
    rest = list(items)
    em = [it for it in items if it.label == "EMAIL"]
    if em and chance(0.7):
        P += ["From: ", f'"{who[0]}" <' if chance(0.6) else "<", *vparts(em[0]), ">\n"]
        rest.remove(em[0])
    P.append(f"Priority: {pick(['High', 'Normal', 'Low', 'Urgent'])} | Status: {pick(['Open', 'New', 'Pending'])}\n\n")
    P.append(w(L, "hello") + ",\n")
    for i, it in enumerate(rest):
        if i == 0 and it.key in ("phone", "mobile", "email"):
            P.append(reach(L))
        else:
            P.append(lab(L, it) + ": ")
        P += vparts(it)
        P.append(pick(["\n", ".\n", " \n"]) if it.label != "EMAIL" else "\n")
    P.append(f"\n{w(L, 'thanks')}\n{who[0]}")
    return P, "support ticket"


def g_invoice(L, reg, items, who):
    inv = w(L, "invoice")
    inv = inv if inv.endswith(".") else f"{inv} {pick(['Nr.', 'No.', '#', ''])}".rstrip()
    P = [company(reg) + "\n", f"{inv} {R.randint(2021, 2026)}-{rd(5)}\n",
         date_loc(reg) + "\n\n"]
    for _ in range(R.randint(1, 3)):
        P.append(f"{R.randint(1, 12)} x {pick(['SKU', 'Art.', 'Item'])} {rdnz(6)} ... {price(reg, 3, 400)}\n")
    P.append(f"{w(L, 'total')}: {price(reg)}\n\n")
    pay = [it for it in items if it.label in ("CARD", "IBAN")]
    other = [it for it in items if it.label not in ("CARD", "IBAN")]
    if pay:
        P.append(w(L, "payment") + ":\n")
    for it in pay:
        if it.label == "CARD":
            P += [f"{it.meta['brand']} ", *vparts(it), f"  exp {R.randint(1, 12):02d}/{R.randint(26, 31)}\n"]
        else:
            P += [lab(L, it) + ": ", *vparts(it), f"\nBIC: {bic(it.meta['cc'])}\n"]
    for it in other:
        P += [lab(L, it) + ": ", *vparts(it), "\n"]
    return P, "invoice"


def g_hr(L, reg, items, who):
    P = [pick(["EMPLOYEE RECORD – CONFIDENTIAL", "New hire onboarding – payroll setup", "HR master data export",
               "Personnel file"]) + "\n"]
    P.append(f"Employee ID: {pick(['E', 'EMP', 'HR'])}-{rd(5)}\n{w(L, 'name_lbl')}: {who[0]}\n")
    if chance(0.6):
        P.append(f"Department: {pick(DEPTS)}\n")
    P.append(f"Start date: {date_iso()}\n")
    for it in items:
        P += [lab(L, it) + ": ", *vparts(it), "\n"]
    if L["code"] == "en" and chance(0.4):
        P.append(f"W-4 filing status: {pick(['Single', 'Married filing jointly', 'Head of household'])}\n")
    return P, "HR record"


MED_EN = {"title": "PATIENT INTAKE FORM", "pat": "Patient", "dob": "DOB", "ins": "Insurance member ID",
          "phone": "Home phone", "mobile": "Cell", "fax": "Fax", "email": "Email", "emer": "Emergency contact"}
MED_ES = {"title": "FORMULARIO DE ADMISIÓN DE PACIENTES", "pat": "Paciente", "dob": "Fecha de nacimiento",
          "ins": "ID de miembro del seguro", "phone": "Teléfono de casa", "mobile": "Celular", "fax": "Fax",
          "email": "Correo electrónico", "emer": "Contacto de emergencia"}


def g_medical(L, reg, items, who):
    M = MED_ES if L["code"] == "es" else MED_EN
    P = [M["title"] + "\n", f"{M['pat']}: {who[0]}    {M['dob']}: {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(1940, 2005)}\n",
         f"{M['ins']}: {ralnum(3)}{rd(9)}\n"]
    emer = [it for it in items if it.label == "PHONE"][1:2]
    for it in items:
        if it in emer:
            continue
        label = M.get(it.key) if it.key in ("phone", "mobile", "fax", "email") else lab(L, it)
        P += [label + ": ", *vparts(it), "\n"]
    for it in emer:
        other = pick(L["people"])
        P += [f"{M['emer']}: {other[0]}, ", *vparts(it), "\n"]
    return P, "medical intake form"


def g_taxform(L, reg, items, who):
    P = [pick(["Form W-9 (Rev. March 2024) – Request for Taxpayer Identification Number",
               "1099-NEC recipient details", "Direct deposit / tax setup"]) + "\n",
         f"1 Name (as shown on your income tax return): {who[0]}\n"]
    for it in items:
        if it.label == "SSN":
            P += [pick(["Part I  Social security number: ", "Social security number  ", "Recipient's TIN (SSN): "]), *vparts(it), "\n"]
        else:
            P += [lab(L, it) + ": ", *vparts(it), "\n"]
    P.append(f"Signature on file    Date {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(2022, 2026)}")
    return P, "US tax form"


def g_sms(L, reg, items, who):
    P = []
    rest = list(items)
    if items[0].label == "PHONE" and chance(0.5):
        P += [pick(["SMS · ", "From: ", "✉ "]), *vparts(items[0]), f" · {hhmm()}\n"]
        rest = items[1:]
    P.append(w(L, "hello") + "! ")
    if not rest:
        P.append(w(L, "callme"))
    for it in rest:
        P += [lab(L, it) + " ", *vparts(it), pick([". ", " ", "\n"])]
    if chance(0.5):
        P.append(w(L, "thanks"))
    return P, "SMS"


OCR_MAP = {"o": "0", "O": "0", "l": "1", "I": "1", "S": "5", "B": "8", "e": "c", "a": "o", "E": "F"}


def ocr_noise(s):
    out = []
    for ch in s:
        if ch in OCR_MAP and chance(0.12):
            out.append(OCR_MAP[ch])
        elif ch == " " and chance(0.08):
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


def g_ocr(L, reg, items, who):
    P = [ocr_noise(pick(["SCANNED DOCUMENT p. 1/2", w(L, "form").upper(), "FAX TRANSMISSION", company(reg).upper()])) + "\n"]
    P.append(ocr_noise(f"{w(L, 'name_lbl').upper()} : {who[0]}") + pick([" |", "", " _"]) + "\n")
    for it in items:
        P.append(ocr_noise(lab(L, it).upper()) + pick([" : ", ": ", " :  ", " . : "]))
        P += vparts(it)
        P.append(pick([" |", "", " _", " ."]) + "\n")
    P.append(ocr_noise(pick(["~ ~ ~", "--- page break ---", "[illegible]", f"{date_loc(reg)}"])))
    return P, "OCR scan text"


def g_transcript(L, reg, items, who):
    t = [R.randint(3, 40)]

    def ts():
        t[0] += R.randint(2, 14)
        return f"[{t[0] // 60:02d}:{t[0] % 60:02d}]"
    A, C = pick([("AGENT", "CALLER"), ("Agent", "Customer"), ("A", "C"), ("OP", "CL")])
    en = L["code"] == "en"
    P = [f"{pick(['Call transcript', 'Transcript', 'Hotline call', 'Voicemail transcription'])} – {date_iso()}\n",
         f"{ts()} {A}: {w(L, 'hello')}.\n"]
    for it in items:
        v = it
        if it.label == "PHONE" and chance(0.55):
            v = retag(it, " ".join(it.meta["natc"]))
        elif it.label == "SSN" and chance(0.4):
            d = re.sub(r"\D", "", it.value)
            v = retag(it, pick([" ".join(d), f"{d[:3]} {d[3:5]} {d[5:]}"]))
        if en:
            phrase = {"PHONE": "my number is ", "EMAIL": "my email is ", "SSN": pick(["my social is ", "social security number is "]),
                      "CARD": "the card number is ", "IBAN": "the IBAN is "}.get(it.label, lab(L, it) + " ")
            P.append(f"{ts()} {C}: {pick(['uh, ', 'so ', 'yes, ', 'okay, ', ''])}{phrase}")
        else:
            P.append(f"{ts()} {C}: {lab(L, it)} ")
        P += vparts(v)
        P.append(".\n")
        if chance(0.3):
            P += [f"{ts()} {A}: ", *vparts(v), "?\n"]
    P.append(f"{ts()} {A}: {w(L, 'thanks')}.")
    return P, "call transcript"


def g_code(L, reg, items, who):
    style = pick(["env", "py", "js", "ini", "toml"])
    P = []
    if style == "env":
        P.append(pick(["# .env.production\n", "# do not commit\n", ""]))
        for it in items:
            P += [f"{pick(ENVK[it.key])}=", *vparts(it, rich=True), "\n"]
    elif style == "py":
        P.append(pick(["# settings.py\n", "# TODO: move to vault\n", ""]))
        for it in items:
            P += [f'{pick(ENVK[it.key])} = "', *vparts(it, rich=True), '"\n']
    elif style == "js":
        P.append("const config = {\n")
        for it in items:
            P += [f'  {camel(pick(ENVK[it.key]).lower())}: "', *vparts(it, rich=True), '",\n']
        P.append("};")
    elif style == "ini":
        P.append(f"[{pick(['smtp', 'alerts', 'database', 'billing', 'contact'])}]\n")
        for it in items:
            P += [f"{pick(ENVK[it.key]).lower()} = ", *vparts(it, rich=True), "\n"]
    else:
        P.append(f"[{pick(['service', 'notify', 'owner'])}]\n")
        for it in items:
            P += [f'{pick(ENVK[it.key]).lower()} = "', *vparts(it, rich=True), '"\n']
    return P, {"env": ".env file", "py": "Python settings", "js": "JavaScript config", "ini": "INI config", "toml": "TOML config"}[style]


def g_html(L, reg, items, who):
    P = ['<div class="contact-card">\n', f"  <h3>{who[0]}</h3>\n"]
    for it in items:
        if it.label == "PHONE" and it.meta["kind"] != "t" and chance(0.75):
            P += [f"  <p>{lab(L, it)}: <a href=\"tel:", ("PHONE", it.meta["e164"]), '">', *vparts(it), "</a></p>\n"]
        elif it.label == "EMAIL" and chance(0.75):
            if chance(0.6):
                P += [f"  <p>{lab(L, it)}: <a href=\"mailto:", *vparts(it), '">', *vparts(it), "</a></p>\n"]
            else:
                P += ['  <p><a href="mailto:', *vparts(it), f'">{lab(L, it)}</a></p>\n']
        else:
            P += [f"  <p>{lab(L, it)}: <span>", *vparts(it), "</span></p>\n"]
    P.append("</div>")
    return P, "HTML snippet"


def g_prose(L, reg, items, who):
    P = [w(L, "hello") + pick([",\n\n", ",\n", "!\n\n"])]
    if chance(0.3):
        P.append(distractor(L, reg) + ".\n")
    for i, it in enumerate(items):
        if i == 0 and it.key in ("phone", "mobile", "email"):
            P.append(reach(L))
        else:
            P.append(lab(L, it) + ": ")
        P += vparts(it)
        P.append(pick(["\n", ". ", "\n", " – ", ";\n"]) if i < len(items) - 1 else pick(["", ".", "\n"]))
    if any(it.label == "PHONE" for it in items) and chance(0.5):
        P.append("\n" + w(L, "callme"))
    P.append(f"\n\n{w(L, 'regards')}\n{who[0]}")
    return P, "e-mail body"


def g_crm(L, reg, items, who):
    sep = pick(["|", ";", "\t"])
    cid = f"C-{rdnz(5)}"
    P = [sep.join(["contact_id", "name", "channel", "value", "updated"]) + "\n"]
    for i, it in enumerate(items):
        if i:
            P.append("\n")
        P += [sep.join([cid, who[0], lab(L, it)]) + sep, *vparts(it), sep + date_iso()]
    return P, "CRM export"


def pred_vcard(L, labels):
    return labels <= {"PHONE", "EMAIL"}


GENRES = [
    (g_signature, 10, lambda L, s: "SSN" not in s and "CARD" not in s),
    (g_chat, 12, None), (g_form, 10, None), (g_csv, 7, None), (g_json, 7, None), (g_yaml, 4, None),
    (g_xml, 4, None), (g_vcard, 7, pred_vcard), (g_md, 5, None), (g_log, 5, None), (g_ticket, 8, None),
    (g_invoice, 9, lambda L, s: bool(s & {"CARD", "IBAN"})), (g_hr, 8, lambda L, s: bool(s & {"SSN", "IBAN"})),
    (g_medical, 10, lambda L, s: "SSN" in s and L["code"] in ("en", "es")),
    (g_taxform, 8, lambda L, s: "SSN" in s and L["code"] == "en"),
    (g_sms, 6, lambda L, s: "IP" not in s and "SSN" not in s), (g_ocr, 4, None),
    (g_transcript, 5, lambda L, s: "IP" not in s), (g_code, 4, lambda L, s: "SSN" not in s or chance(0.3)),
    (g_html, 4, lambda L, s: bool(s & {"PHONE", "EMAIL"})), (g_prose, 10, None), (g_crm, 4, None),
]


def choose_genre(L, items):
    labels = {it.label for it in items}
    cands = []
    for fn, wt, pred in GENRES:
        if pred and not pred(L, labels):
            continue
        if "IP" in labels and fn in (g_log, g_code):
            wt *= 5
        if "IP" in labels and fn in (g_sms, g_signature, g_vcard):
            wt *= 0.2
        cands.append((fn, wt))
    return wchoice(cands)


# ---------------------------------------------------------------- hard negatives
# Each generator returns (text, description, language code or None when the text
# has no natural-language words, region).
NEGS = []
NEG_LANG_USE = Counter()


def neg(fn):
    NEGS.append(fn)
    return fn


def neg_lang(allowed=None):
    code = least_used(NEG_LANG_USE, allowed or LANG_CODES, 0.25)
    NEG_LANG_USE[code] += 1
    L = LANGS[code]
    return L, pick(L["regions"])


def any_reg():
    return pick(list(PHONES))


def ups():
    return "1Z" + ralnum(6) + rd(2) + rd_bad(8)


def tracking():
    return pick([ups(), "JJD" + rd_bad(18), f"{pick(['RR', 'RX', 'LX', 'CP', 'EE', 'UA'])}{rd(9)}{pick(['DE', 'FR', 'CN', 'JP', 'GB', 'NL'])}",
                 "9400 " + " ".join(rd(4) for _ in range(4)) + " " + rd(2), f"{rd(4)} {rd(4)} {rd(4)}"])


@neg
def n_order():
    L, reg = neg_lang()
    o = pick([f"{rdnz(3)}-{rd(7)}-{rd(7)}", f"#{rdnz(6)}", f"{pick(['SO', 'PO', 'ORD', 'BST', 'CMD'])}-{R.randint(2021, 2026)}-{rd(5)}", rdnz(9)])
    tr = tracking()
    t = pick([f"{w(L, 'hello')}! {w(L, 'order')} {o}: {w(L, 'total')} {price(reg)}. Tracking {tr}. {w(L, 'thanks')}",
              f"{w(L, 'order')} {o}\n{w(L, 'total')}: {price(reg)}\nTracking: {tr}\n{date_loc(reg)}",
              f"[{date_iso()}] {w(L, 'order')} {o} → 📦 {tr} ({R.randint(1, 9)}/{R.randint(9, 12)})"])
    return t, "order and parcel tracking numbers", L["code"], reg


@neg
def n_invoice():
    L, reg = neg_lang()
    t = (f"{w(L, 'invoice')} INV-{R.randint(2021, 2026)}-{rd(6)}\n{date_loc(reg)}\nPO {rdnz(10)}\n"
         f"{R.randint(1, 40)} x {rdnz(5)} @ {price(reg, 1, 90)}\n{w(L, 'total')}: {price(reg)} ({R.choice([7, 10, 19, 20, 21, 25])}%)")
    return t, "invoice header with ids and amounts", L["code"], reg


@neg
def n_versions():
    a = f"{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 40)}"
    b = f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 250)}"
    c = f"10.0.{R.randint(17000, 26100)}.{R.randint(100, 4000)}"
    t = pick([f"## Release {a} ({date_iso()})\n- Bumped libcurl to 8.{R.randint(0, 9)}.{R.randint(0, 3)}\n- Firmware {b} required\n- Tested on Windows build {c}",
              f"Changelog: v{a} -> v{a.rsplit('.', 1)[0]}.{R.randint(41, 60)}; driver {b}; API level {R.randint(21, 35)}",
              f"Version {b} (build {rdnz(5)}) is now rolling out. Minimum supported: {R.randint(1, 5)}.{R.randint(0, 9)}.0.0"])
    return t, "release notes with four-part version numbers", "en", "US"


@neg
def n_versions_local():
    b = f"{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 20)}.{R.randint(0, 250)}"
    code, t = pick([
        ("de", f"Hallo zusammen, das Update auf Version {b} ist ab {date_loc('DE')} verfügbar. Bitte vorher ein Backup machen (ca. {R.randint(2, 40)} GB)."),
        ("fr", f"La mise à jour {b} sera déployée le {date_loc('FR')} ; prévoir {R.randint(5, 60)} min d'interruption."),
        ("es", f"Ya está disponible la versión {b} del firmware. Tamaño: {R.randint(20, 900)} MB."),
        ("ja", f"ファームウェア {b} を公開しました（{date_loc('JP')}）。所要時間は約{R.randint(3, 30)}分です。"),
        ("ru", f"Обновление до версии {b} установится автоматически {date_loc('RU')}."),
        ("pt", f"A versão {b} do aplicativo corrige falhas de sincronização."),
        ("zh", f"固件版本 {b} 已发布，建议在 {date_loc('CN')} 前升级。"),
    ])
    return t, "update notice with dotted version number", code, pick(LANGS[code]["regions"])


@neg
def n_dates():
    reg = any_reg()
    t = (f"{date_loc(reg)} {hhmm()} – {date_iso()}T{hhmm()}:{R.randint(10, 59)}+0{R.randint(1, 9)}:00 – "
         f"W{R.randint(1, 52)} – {R.randint(1, 28)}/{R.randint(1, 12)} – {R.randint(2021, 2026)}-Q{R.randint(1, 4)}")
    return t, "dates, times and week numbers", None, reg


def isbn13():
    body = "978" + rd(9)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    x = body + str((10 - total % 10) % 10)
    return f"{x[:3]}-{x[3]}-{x[4:7]}-{x[7:12]}-{x[12]}"


@neg
def n_isbn():
    code, t = pick([
        ("en", f"Smith, J. ({R.randint(1990, 2024)}). Data Quality in Practice. 2nd ed. ISBN {isbn13()}, pp. {R.randint(10, 200)}–{R.randint(201, 400)}."),
        ("de", f"Müller, K.: Datenschutz im Alltag. {R.randint(2., 5.):.0f}. Aufl., ISBN {isbn13()}, S. {R.randint(10, 300)}."),
        ("fr", f"Bibliographie : ISBN {isbn13()} ; ISSN {rd(4)}-{rd(3)}{R.choice(DIG + 'X')}"),
        ("es", f"Referencia: ISBN {isbn13()}, {R.randint(120, 900)} págs., {price('ES', 9, 60)}"),
    ])
    return t, "bibliographic references with ISBN/ISSN", code, pick(LANGS[code]["regions"])


@neg
def n_hashes():
    def h(n):
        return "".join(R.choice("0123456789abcdef") for _ in range(n))
    t = pick([f"commit {h(40)}\nAuthor: build-bot\nDate:   {ts_any()}\n\n    Merge pull request #{rdnz(4)} from release/{R.randint(1, 9)}.{R.randint(0, 9)}",
              f"{h(64)}  dist/app-{R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.tar.gz\n{h(64)}  dist/app.whl",
              f"md5: {h(32)}\nsha1: {h(40)}\netag: \"{h(16)}\""])
    return t, "git commit and checksum hashes", "en", "US"


def uuid4():
    x = f"{R.getrandbits(128):032x}"
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-{pick('89ab')}{x[17:20]}-{x[20:32]}"


@neg
def n_uuid():
    t = (f'{{"request_id": "{uuid4()}", "trace": "00-{R.getrandbits(128):032x}-{R.getrandbits(64):016x}-01", '
         f'"status": {pick([200, 201, 409, 503])}, "duration_ms": {R.randint(3, 4000)}, "retry_after": {R.randint(1, 120)}}}')
    return t, "API response with UUIDs and trace ids", "en", "US"


@neg
def n_luhn_fail():
    L, reg = neg_lang()
    n = rd_bad(16)
    g = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if L["code"] == "en":
        word = pick(["Gift card", "Voucher", "Loyalty no.", "Membership no.", "Coupon"])
    else:
        word = w(L, "card")
    t = pick([f"{word}: {g} – {w(L, 'total')} {price(reg, 10, 100)}", f"{w(L, 'hello')}! {word} {n} ({date_loc(reg)})",
              f"{word} #{g.replace(' ', '-')} · PIN ****"])
    assert not luhn_ok(n)
    return t, "16-digit voucher/loyalty number failing Luhn", L["code"], reg


def bad_iban(cc):
    good = make_iban(cc).meta["compact"]
    while True:
        cand = good[:2] + f"{R.randint(2, 98):02d}" + good[4:]
        if not iban_ok(cand):
            return cand


@neg
def n_iban_bad():
    cc = pick(list(IBAN_SPECS))
    b = bad_iban(cc)
    b2 = fmt_iban(b)
    r = R.random()
    if r < 0.4:
        langs = [c for c in LANG_CODES if cc in LANGS[c]["regions"]] or ["en"]
        L, _ = neg_lang(langs)
        t = pick([f"{w(L, 'invoice')} ref. {b2}, {w(L, 'total')} {price(cc)}", f"{w(L, 'order')} {b2} – {date_loc(cc)}"])
        return t, "IBAN-shaped reference with a wrong checksum", L["code"], cc
    t = pick([f"Mandate reference {b2} – {date_loc(cc)}", f"Validation failed: '{b2}' is not a valid IBAN (checksum).",
              f"Test vector (invalid): {b}\nexpected: reject"])
    return t, "IBAN-shaped string with a wrong checksum", "en", cc


def bad_ssn():
    kind = pick(["000", "666", "9xx", "9xx", "g00", "s0000"])
    a, g, s = ssn_raw()
    if kind == "000":
        a = "000"
    elif kind == "666":
        a = "666"
    elif kind == "9xx":
        a = str(R.randint(900, 999))
    elif kind == "g00":
        g = "00"
    else:
        s = "0000"
    v = f"{a}-{g}-{s}"
    assert not ssn_ok(v)
    return v


@neg
def n_ssn_invalid():
    rows = "\n".join(f"| {bad_ssn()} | rejected |" for _ in range(3))
    code, t = pick([
        ("en", f"Validator unit cases (all must fail):\n| input | result |\n|---|---|\n{rows}"),
        ("en", f"Placeholder shown in the form: {bad_ssn()} (example only, not a real number)"),
        ("es", f"Ejemplo de formato inválido: {bad_ssn()} — el sistema lo rechaza."),
        ("en", f"ITIN-style test value {pick(['9', '9'])}{rd(2)}-{R.randint(70, 88)}-{rd(4)} used in QA fixtures"),
    ])
    return t, "SSN-shaped strings with invalid ranges", code, "US"


@neg
def n_ssn_part():
    a, g, s = ssn_raw()
    code, t = pick([
        ("en", f"Part No. {a}-{g}-{s}  Bracket, steel, zinc plated  Qty {R.randint(1, 500)}  Bin {ralnum(3)}"),
        ("en", f"Serial: {a}-{g}-{s} / Lot {rd(6)} / Mfg {date_iso()}"),
        ("en", f"Replacement filter cartridge, model {a}-{g}-{s}-{pick(['A', 'B', 'XL'])}"),
        ("de", f"Ersatzteil-Nr. {a} {g} {s}, passend für Baureihe {R.randint(100, 900)}"),
    ])
    return t, "part/serial numbers shaped like AAA-GG-SSSS", code, "US" if code == "en" else "DE"


@neg
def n_ip_version():
    v = f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}.{R.randint(0, 200)}"
    t = pick([f"Firmware {v} fixes Wi-Fi drops; bootloader {R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 50)} unchanged.",
              f"SNMP OID 1.3.6.1.4.1.{rdnz(4)}.{R.randint(1, 9)}.{R.randint(1, 20)} returns ifInOctets",
              f"See section {R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)}.{R.randint(1, 9)} of the standard; assembly version {v}.",
              f"<PackageReference Include=\"Contoso.Core\" Version=\"{v}\" />"])
    return t, "dotted-quad version numbers and OIDs", "en", "US"


@neg
def n_prices():
    L, reg = neg_lang()
    items = "\n".join(f"{pick(['A', 'B', 'C', 'D'])}{R.randint(1, 99)} ... {price(reg, 1, 60)}" for _ in range(R.randint(3, 5)))
    return f"{w(L, 'order')}\n{items}\n{w(L, 'total')}: {price(reg, 20, 300)}", "price list", L["code"], reg


@neg
def n_measure():
    t = (f"{R.randint(600, 2400)} x {R.randint(300, 1200)} x {R.randint(20, 900)} mm · {R.randint(1, 80)},{R.randint(0, 9)} kg · "
         f"{R.randint(100, 240)} V / {R.randint(50, 60)} Hz · {R.randint(1, 3000)} W · IP{R.randint(20, 68)}")
    return t, "product dimensions and specs", None, any_reg()


@neg
def n_coords():
    lat, lon = R.uniform(-60, 70), R.uniform(-170, 170)
    if chance(0.4):
        L, reg = neg_lang()
        return f"{w(L, 'hello')}! 📍 {lat:.5f},{lon:.5f} (±{R.randint(3, 30)} m)", "chat with geographic coordinates", L["code"], reg
    t = pick([f"GPS: {lat:.6f}, {lon:.6f}", f"{abs(lat):.4f}° {'N' if lat > 0 else 'S'}, {abs(lon):.4f}° {'E' if lon > 0 else 'W'} · alt {R.randint(0, 3000)} m"])
    return t, "geographic coordinates", None, any_reg()


@neg
def n_sports():
    if chance(0.5):
        rows = "\n".join(f"{R.randint(1, 20)}. {pick(CO_BASE)} {R.randint(10, 38)} {R.randint(0, 25)}-{R.randint(0, 12)}-{R.randint(0, 15)} "
                         f"{R.randint(10, 80)}:{R.randint(5, 60)} {R.randint(10, 80)}" for _ in range(3))
        return rows, "league standings table", None, any_reg()
    code, t = pick([
        ("en", f"FT {R.randint(0, 5)}-{R.randint(0, 5)} (HT {R.randint(0, 2)}-{R.randint(0, 2)}) · {R.randint(10000, 80000)} spectators"),
        ("en", f"{R.randint(80, 130)}–{R.randint(80, 130)} OT · {R.randint(20, 45)} pts, {R.randint(2, 15)} reb, {R.randint(1, 12)} ast"),
        ("de", f"Endstand {R.randint(0, 5)}:{R.randint(0, 5)} (Halbzeit {R.randint(0, 2)}:{R.randint(0, 2)}), {R.randint(10000, 80000)} Zuschauer"),
        ("es", f"Resultado final {R.randint(0, 5)}-{R.randint(0, 5)}; goles en los minutos {R.randint(1, 45)}' y {R.randint(46, 90)}'"),
        ("fr", f"Score final {R.randint(60, 110)}-{R.randint(60, 110)}, {R.randint(5, 30)} rebonds"),
    ])
    return t, "sports scores", code, pick(LANGS[code]["regions"])


@neg
def n_product_codes():
    if chance(0.5):
        L, reg = neg_lang()
        return (f"SKU {rd(3)}-{rd(4)}-{rd(3)} · EAN {rd(13)} · {w(L, 'total')} {price(reg)}", "product code with EAN and price", L["code"], reg)
    code, t = pick([
        ("de", f"Art.-Nr. {rd(4)}-{rd(3)}-{rd(2)} / Modell {ralnum(2)}-{rd(4)}{pick(['A', 'B', 'X'])}"),
        ("de", f"Ersatzteil {rd(3)} {rd(3)} {rd(3)} {ralnum(2)}, Farbe RAL {R.randint(1000, 9999)}"),
        ("en", f"Model KX-{rd(4)} · P/N {rd(2)}-{rd(5)}-{rd(2)} · Rev {pick('ABCD')}"),
        ("fr", f"Réf. article {rd(3)} {rd(3)} {rd(4)} – coloris {R.randint(10, 99)}"),
    ])
    return t, "product codes and part numbers", code, pick(LANGS[code]["regions"])


POSTAL = [("de", "DE", "Museumsinsel, Bodestraße 1–3, 10178 Berlin"), ("fr", "FR", "Musée du Louvre, Rue de Rivoli, 75001 Paris"),
          ("ja", "JP", "〒100-0005 東京都千代田区丸の内1-9-1（東京駅）"), ("es", "ES", "Plaza Mayor, 28012 Madrid"),
          ("pl", "PL", "Rynek Główny 1/3, 31-042 Kraków"), ("en", "GB", "Buckingham Palace, London SW1A 1AA"),
          ("pt", "PT", "Praça do Comércio, 1100-148 Lisboa"), ("ru", "RU", "Красная площадь, 109012 Москва"),
          ("it", "IT", "Piazza del Duomo, 20122 Milano"), ("nl", "NL", "Dam 1, 1012 JS Amsterdam"),
          ("en", "AU", "Sydney Opera House, Bennelong Point, Sydney NSW 2000"), ("en", "CA", "100 Queen St W, Toronto, ON M5H 2N2"),
          ("tr", "TR", "Ayasofya, Sultan Ahmet, 34122 Fatih/İstanbul"), ("el", "GR", "Ακρόπολη, 105 58 Αθήνα"),
          ("cs", "CZ", "Václavské náměstí, 110 00 Praha 1"), ("hu", "HU", "Hősök tere, 1146 Budapest"),
          ("no", "NO", "Karl Johans gate 22, 0026 Oslo"), ("sv", "SE", "Kungliga slottet, 107 70 Stockholm"),
          ("ko", "KR", "서울특별시 종로구 사직로 161 (경복궁) 03045"), ("zh", "CN", "北京市东城区景山前街4号 故宫博物院 100009"),
          ("es", "MX", "Plaza de la Constitución S/N, Centro, 06000 Ciudad de México"),
          ("pt", "BR", "Av. Paulista, 1578 – Bela Vista, São Paulo – SP, 01310-200"), ("fi", "FI", "Mannerheimintie 13, 00100 Helsinki"),
          ("da", "DK", "Christiansborg Slotsplads, 1218 København K"), ("ro", "RO", "Calea Victoriei 49–53, 010063 București")]


@neg
def n_postal():
    code, reg, addr = pick(POSTAL)
    L = LANGS[code]
    t = pick([addr, f"📍 {addr}", f"{addr} · {w(L, 'hello')}!", f"{addr}\n{hhmm()}–{hhmm()}"])
    return t, "landmark address with postal code", code, reg


@neg
def n_bank_codes():
    code, reg, t = pick([
        ("en", "GB", f"Sort code {rd(2)}-{rd(2)}-{rd(2)} is shown on the bank's website for branch lookups."),
        ("de", "DE", f"BLZ {rd(3)} {rd(3)} {rd(2)} · BIC {bic('DE')} (Filiale Innenstadt)"),
        ("en", "US", f"ABA routing number {rd(9)} (Federal Reserve routing, not an account)"),
        ("fr", "FR", f"Code banque {rd(5)}, code guichet {rd(5)}, BIC {bic('FR')}"),
        ("en", "IN", f"IFSC {pick(['SBIN', 'HDFC', 'ICIC'])}0{rd(6)} · MICR {rd(9)}"),
        ("de", "CH", f"Clearing-Nr. {rd(4)} · SWIFT {bic('CH')}"),
    ])
    return t, "bank routing/sort/BIC codes without account", code, reg


@neg
def n_timestamps():
    t = (f"start={R.randint(1600000000, 1800000000)} end={R.randint(1600000000, 1800000000)}{rd(3)} "
         f"elapsed={R.randint(1, 99999)}ms p95={R.randint(10, 900)}.{rd(1)}ms rss={R.randint(100, 4000)}MB ts={ts_any()}")
    return t, "epoch timestamps and timings", None, "US"


@neg
def n_math():
    a, b = R.randint(100, 999), R.randint(100, 999)
    code, t = pick([(None, f"{a} × {b} = {a * b}; {a * b} ÷ {b} = {a}"), (None, "π ≈ 3.14159 26535 89793 23846; e ≈ 2.71828 18284 59045"),
                    ("en", f"Solve 3x² − {R.randint(2, 20)}x + {R.randint(1, 9)} = 0 for x."), (None, f"det([[{a}, {b}], [{b}, {a}]]) = {a * a - b * b}"),
                    (None, f"{R.randint(10, 99)}.{rd(3)} ± {R.randint(1, 9)}.{rd(2)} (n = {R.randint(10, 999)}, p < 0.0{R.randint(1, 5)})")])
    return t, "arithmetic and statistics", code, "US"


@neg
def n_masked():
    L, reg = neg_lang()
    code, t = pick([
        (L["code"], f"{pick(['Visa', 'Mastercard', 'Amex'])} •••• {rd(4)} – {w(L, 'total')} {price(reg)}"),
        (L["code"], f"{w(L, 'card')}: XXXX-XXXX-XXXX-{rd(4)}"),
        (L["code"], f"{w(L, 'mobile')}: +{R.randint(30, 49)} *** *** **{rd(2)}"),
        (L["code"], f"{w(L, 'email')}: j***@g****.com"),
        ("en", f"SSN: ***-**-{rd(4)}"), (None, f"IBAN DE** **** **** **** **{rd(2)} {rd(2)}"),
    ])
    return t, "masked card/SSN/IBAN/phone/e-mail fragments", code, reg


@neg
def n_chem():
    code, t = pick([("en", f"CAS 7732-18-5 (water), 64-17-5 (ethanol), 50-00-0 (formaldehyde); EC {rd(3)}-{rd(3)}-{rd(1)}"),
                    ("de", f"UN {rd(4)}, Klasse {R.randint(2, 9)}, Verpackungsgruppe II, CAS {rd(4)}-{rd(2)}-{rd(1)}")])
    return t, "chemical CAS/EC/UN numbers", code, "DE"


@neg
def n_legal():
    code, reg, t = pick([
        ("de", "DE", f"Az. {R.randint(1, 30)} O {R.randint(10, 999)}/{R.randint(19, 25)} – LG München I, Urteil vom {date_loc('DE')}, § 823 Abs. 1 BGB"),
        ("en", "US", f"Case No. {R.randint(1, 9)}:{R.randint(19, 25)}-cv-{rd(5)} (S.D.N.Y.), 28 U.S.C. § {R.randint(1000, 2000)}"),
        ("fr", "FR", f"Cass. civ. 1re, {R.randint(1, 28)} mars {R.randint(2010, 2024)}, n° {R.randint(10, 25)}-{rd(2)}.{rd(3)}"),
        ("en", "IE", f"Art. 6(1)(f) GDPR; Recital {R.randint(1, 173)}; Directive 2002/58/EC"),
    ])
    return t, "legal citations and case numbers", code, reg


@neg
def n_flight():
    reg = any_reg()
    t = (f"{pick(['LH', 'AF', 'BA', 'TK', 'EK', 'QR', 'NH', 'LA'])} {R.randint(10, 9999)} · {date_loc(reg)} {hhmm()} · Gate {pick('ABCDEF')}{R.randint(1, 60)} · "
         f"Seat {R.randint(1, 60)}{pick('ABCDEFK')} · PNR {ralnum(6)} · e-ticket {rd(3)}-{rd(10)}")
    return t, "flight itinerary with PNR and e-ticket number", "en", reg


@neg
def n_vin():
    code, t = pick([("en", f"VIN 1HGCM8{rd(4)}A{rd(6)} · plate {ralnum(3)}-{rd(4)} · odometer {R.randint(1000, 250000)} km"),
                    ("de", f"FIN WVWZZZ1JZ{rd(1)}W{rd(6)}, Kennzeichen M-{ralnum(2)} {R.randint(1, 9999)}, HU {R.randint(1, 12):02d}/{R.randint(25, 28)}")])
    return t, "vehicle identification and plate numbers", code, "US" if code == "en" else "DE"


@neg
def n_code_at():
    t = pick(["git clone git@github.com:acme/infra-modules.git && cd infra-modules",
              f"npm i @babel/core@7.{R.randint(10, 25)}.{R.randint(0, 9)} @types/node@20.{R.randint(1, 12)}.{R.randint(0, 9)}",
              "@app.route('/health')\ndef health():\n    return {'ok': True}", "@media (max-width: 768px) { .nav { display: none; } }",
              "@Override\npublic String toString() { return name + \"@\" + Integer.toHexString(hashCode()); }",
              f"pip install requests@https://files.example-mirror.org/requests-2.{R.randint(20, 32)}.0.tar.gz"])
    return t, "code with @ that is not an e-mail", "en", "US"


@neg
def n_colons():
    t = pick([f"std::vector<std::string>::iterator it = v.begin(); // {hhmm()}:{R.randint(10, 59)}",
              f"aspect 16:9, ratio 1:{R.randint(2, 9)}:{R.randint(2, 9)}, John 3:16, {hhmm()}:{R.randint(10, 59)}.{rd(3)}",
              f"Duration 01:{R.randint(10, 59)}:{R.randint(10, 59)} · lap {R.randint(1, 9)}:{R.randint(10, 59)}.{rd(3)}"])
    return t, "colon-separated times, ratios and scopes", "en", "US"


@neg
def n_standards():
    code, t = pick([("en", "Certified to ISO/IEC 27001:2022 and ISO 9001:2015; tested per EN 1090-2:2018 and IEC 60529."),
                    ("en", "Timestamps follow ISO 8601; e-mail syntax per RFC 5322; IPv6 text form per RFC 5952."),
                    ("de", f"Geprüft nach DIN EN ISO {R.randint(1000, 20000)}-{R.randint(1, 9)}:{R.randint(2000, 2024)}")])
    return t, "standard and RFC references", code, "DE"


@neg
def n_patents():
    t = f"US {R.randint(9, 12)},{rd(3)},{rd(3)} B2; EP {rd(1)} {rd(3)} {rd(3)} A1; WO {R.randint(2015, 2024)}/{rd(6)}; JP {R.randint(2015, 2024)}-{rd(6)} A"
    return t, "patent publication numbers", None, "US"


@neg
def n_lottery():
    reg = any_reg()
    nums = sorted(R.sample(range(1, 50), 6))
    return f"{date_loc(reg)}: {' '.join(str(n) for n in nums)} + {R.randint(1, 10)} · Jackpot {price(reg, 1000, 90000)}", "lottery draw numbers", None, reg


@neg
def n_stocks():
    rows = "\n".join(f"{pick(['AAPL', 'MSFT', 'SAP', '7203.T', 'NESN', 'TSLA', 'ASML', '0700.HK'])}\t{R.randint(10, 900)}.{rd(2)}\t{pick('+-')}{R.randint(0, 9)}.{rd(2)}%\t{R.randint(1, 90)}.{rd(1)}M"
                     for _ in range(4))
    return "ticker\tlast\tchg\tvol\n" + rows, "stock quote table", None, "US"


@neg
def n_doi():
    t = f"doi:10.{R.randint(1000, 9999)}/{pick(['s41586', 'nphys', 'j.cell', 'acs.jpcb'])}.{R.randint(2015, 2024)}.{rd(5)} · arXiv:{R.randint(15, 25)}{R.randint(1, 12):02d}.{rd(5)}v{R.randint(1, 3)}"
    return t, "DOI and arXiv identifiers", None, "US"


@neg
def n_packagejson():
    t = (f'{{\n  "name": "web-shop",\n  "version": "{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}",\n  "dependencies": {{\n'
         f'    "react": "^18.{R.randint(0, 3)}.{R.randint(0, 9)}",\n    "lodash": "~4.17.21",\n    "node-fetch": ">=2.6.{R.randint(1, 12)} <3"\n  }}\n}}')
    return t, "package.json with semver ranges", "en", "US"


@neg
def n_sensor():
    rows = "\n".join(f"{date_iso()}T{hhmm()}:00Z,{R.randint(-10, 40)}.{rd(1)},{R.randint(20, 99)}.{rd(1)},{R.randint(980, 1040)}.{rd(1)}" for _ in range(4))
    return "timestamp,temp_c,humidity,pressure_hpa\n" + rows, "sensor readings CSV", "en", "US"


@neg
def n_weather():
    reg = any_reg()
    return (f"{date_loc(reg)} · {R.randint(-5, 38)}°C / {R.randint(-10, 25)}°C · {R.randint(0, 90)} km/h · {R.randint(980, 1040)} hPa · "
            f"UV {R.randint(0, 11)} · {R.randint(0, 100)}%"), "weather forecast figures", None, reg


@neg
def n_recipe():
    code, t = pick([
        ("de", f"{R.randint(100, 500)} g Mehl, {R.randint(50, 250)} ml Milch, {R.randint(1, 4)} Eier – {R.randint(160, 230)} °C, {R.randint(15, 90)} Min."),
        ("en", f"{R.randint(1, 3)} cups flour, {R.randint(1, 4)} tbsp sugar, bake at {R.randint(325, 450)} °F for {R.randint(15, 90)} min"),
        ("fr", f"{R.randint(100, 500)} g de farine, {R.randint(2, 6)} œufs, four à {R.randint(160, 230)} °C pendant {R.randint(15, 90)} min"),
        ("it", f"{R.randint(100, 500)} g di farina, {R.randint(50, 250)} ml di latte, {R.randint(15, 90)} minuti a {R.randint(160, 230)} °C"),
        ("ja", f"小麦粉 {R.randint(100, 500)}g、牛乳 {R.randint(50, 250)}ml、{R.randint(160, 230)}℃で{R.randint(15, 90)}分焼く"),
    ])
    return t, "recipe quantities", code, pick(LANGS[code]["regions"])


@neg
def n_netcfg():
    t = pick([f"interface eth0\n  netmask 255.255.255.0\n  mtu {pick([1500, 9000, 1420])}\n  vlan {R.randint(2, 4094)}\n  # gateway via DHCP",
              f"router bgp {R.randint(64512, 65534)}\n  timers bgp {R.randint(10, 60)} {R.randint(30, 180)}\n  maximum-paths {R.randint(2, 8)}",
              f"listen {pick([80, 443, 8080])}; worker_processes {R.randint(1, 16)}; keepalive_timeout {R.randint(5, 75)}s;"])
    return t, "network config without host addresses", "en", "US"


@neg
def n_hours():
    code, t = pick([("de", "Öffnungszeiten: Mo–Fr 08:00–18:00, Sa 09:30–14:00, So geschlossen"),
                    ("en", f"Open Mon–Fri 8:00 am–6:00 pm, Sat 9:30 am–2:00 pm; holiday hours {date_loc('US')}"),
                    ("fr", "Horaires : lun.–ven. 08h00–18h00, sam. 09h30–14h00"),
                    ("es", "Horario: lunes a viernes de 9:00 a 14:00 y de 17:00 a 20:30"),
                    ("nl", "Openingstijden: ma–vr 09.00–17.30 uur, za 10.00–16.00 uur")])
    return t, "opening hours", code, pick(LANGS[code]["regions"])


@neg
def n_hexdump():
    lines = "\n".join(f"0x{R.getrandbits(48):012x}: " + " ".join(f"{R.getrandbits(8):02x}" for _ in range(8)) for _ in range(3))
    return lines + f"\nsegfault at 0x{R.getrandbits(40):010x} rip 0x{R.getrandbits(48):012x}", "memory dump addresses", "en", "US"


@neg
def n_build():
    t = f"Build {R.randint(2023, 2026)}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}.{rd(4)} · image sha256:{R.getrandbits(256):064x} · job #{rdnz(6)}"
    return t, "build ids and image digests", "en", "US"


@neg
def n_kpi():
    L, reg = neg_lang()
    return (f"{w(L, 'order')}: {R.randint(1000, 99999):,} · {w(L, 'total')}: {price(reg, 10000, 900000)} · "
            f"+{R.randint(1, 40)},{rd(1)}% · {R.randint(1, 12):02d}/{R.randint(2023, 2026)}"), "KPI dashboard figures", L["code"], reg


@neg
def n_phone_like_ids():
    if chance(0.6):
        L, reg = neg_lang()
        t = pick([f"{w(L, 'order')} {rd(4)} {rd(3)} {rd(4)}", f"{w(L, 'invoice')} {rd(3)}-{rd(3)}-{rd(4)}-{rd(2)}"])
        return t, "reference numbers grouped like phone numbers", L["code"], reg
    code, t = pick([("de", f"Kundennummer {rd(3)}/{rd(6)} – Vertragskonto {rd(4)}.{rd(4)}"),
                    ("en", f"Booking ref {rd(2)} {rd(2)} {rd(2)} {rd(2)} {rd(2)} {rd(2)}"),
                    ("fr", f"N° de dossier {rd(2)} {rd(2)} {rd(2)} {rd(2)} {rd(2)}"),
                    ("es", f"Expediente {rd(3)}-{rd(3)}-{rd(3)}")])
    return t, "reference numbers grouped like phone numbers", code, pick(LANGS[code]["regions"])


@neg
def n_ticket_nopii():
    L, reg = neg_lang()
    t = (f"Ticket #{rdnz(5)} – {w(L, 'order')} {rdnz(6)}\nPriority: {pick(['Low', 'Normal'])}\n\n{w(L, 'hello')},\n"
         f"#{rdnz(4)} · {date_loc(reg)} {hhmm()} · {w(L, 'total')} {price(reg)}\n{w(L, 'thanks')}")
    return t, "support ticket without personal data", L["code"], reg


@neg
def n_log_nopii():
    lines = "\n".join(f"{ts_any()} {pick(['INFO ', 'WARN ', 'DEBUG'])} {pick(['GET', 'POST', 'PUT'])} /api/v1/{pick(['orders', 'items', 'carts'])}/{rdnz(5)} "
                      f"{pick([200, 201, 204, 404, 429])} {R.randint(1, 900)}ms req={uuid4()[:8]}" for _ in range(3))
    return lines, "application log without addresses", "en", "US"


@neg
def n_csv_nopii():
    rows = "\n".join(f"{rdnz(6)},{pick(['Widget', 'Bolt M8', 'Cable 2m', 'Adapter'])},{R.randint(1, 900)},{R.randint(1, 99)}.{rd(2)},{date_iso()}" for _ in range(4))
    return "sku,item,qty,unit_price,shipped\n" + rows, "inventory CSV", "en", "US"


@neg
def n_otp():
    L, reg = neg_lang()
    return f"{w(L, 'hello')}! Code: {rd(6)} ({R.randint(5, 15)} min). {w(L, 'order')} #{rdnz(7)}", "one-time code message", L["code"], reg


@neg
def n_population():
    reg = any_reg()
    return (f"{REGION_NAMES.get(reg, reg)}: population {R.randint(100000, 99999999):,} ({R.randint(2015, 2024)}), {R.randint(1, 999)}.{rd(1)}/km², "
            f"GDP {R.randint(1, 999)}.{rd(1)} bn"), "population statistics", "en", reg


@neg
def n_iban_shape_other():
    while True:
        code, t = pick([("de", f"Lieferschein DE{rd(2)}-{rd(6)}-{rd(4)} (kein Konto)"), ("en", f"Container MSCU{rd(7)} · seal {rd(8)}"),
                        ("en", f"Batch GB{rd(2)}{ralnum(4)}{rd(6)} – production lot"), ("fr", f"Réf. dossier FR{rd(2)} {rd(4)} {rd(4)} {rd(2)}")])
        if not any(iban_ok(m) for m in re.findall(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", t)):
            break
    return t, "IBAN-like references that are not accounts", code, {"de": "DE", "en": "GB", "fr": "FR"}[code]


@neg
def n_card_shape_other():
    n = rd_bad(pick([16, 15, 19]))
    t = pick([f"Waybill {rd_bad(15)} · S/N {ralnum(10)}", f"Tracking {n}", f"Meter no. {' '.join(n[i:i + 4] for i in range(0, len(n), 4))}",
              f"Policy {n[:4]}-{n[4:10]}-{n[10:]}"])
    return t, "long digit ids that fail Luhn", "en", "US"


# ---------------------------------------------------------------- assembly
LANG_USE = Counter()
PHONE_REG_USE = Counter()
IBAN_USE = Counter()
SSN_LANGS = [c for c in LANG_CODES if LANGS[c]["ssn"]]
TECH_GENRES = {"server log", ".env file", "Python settings", "JavaScript config", "INI config", "TOML config"}
NAMES_ONLY_GENRES = {"JSON record", "YAML config", "XML snippet", "vCard contact"}
TECH_LANG = "English (technical)"
NO_LANG = "no natural language (numbers/codes only)"


def note_language(note):
    """The natural language a note names, or None (technical/numbers only)."""
    lang = note.split(", ")[-2]
    if lang in (TECH_LANG, NO_LANG):
        return None
    for suffix in (" names / English keys", " with English labels"):
        lang = lang.removesuffix(suffix)
    return lang


def build(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({"start": len(text), "end": len(text) + len(p[1]), "entity": p[0]})
            text += p[1]
        else:
            text += p
    lead = len(text) - len(text.lstrip(" \n"))
    text = text.strip(" \n")
    for s in spans:
        s["start"] -= lead
        s["end"] -= lead
    return text, spans


def phone_region_for(L, reg):
    if reg in PHONES and chance(0.85):
        return reg
    cands = [r for r in L["regions"] if r in PHONES]
    if chance(0.1) or not cands:
        return least_used(PHONE_REG_USE, PHONES, 0.3)
    return pick(cands)


def make_item(typ, L, reg, who):
    if typ == "PHONE":
        return make_phone(phone_region_for(L, reg), L)
    if typ == "EMAIL":
        return make_email(who, reg) if chance(0.85) else role_email(reg)
    if typ == "CARD":
        return make_card(L)
    if typ == "IBAN":
        cc = reg if reg in IBAN_SPECS and chance(0.75) else least_used(IBAN_USE, IBAN_SPECS, 0.3)
        return make_iban(cc)
    if typ == "IP":
        return make_ip()
    return make_ssn(L)


def make_positive(prim, deficits):
    if prim == "PHONE":
        iso = least_used(PHONE_REG_USE, PHONES, 0.15)
        langs = [c for c in LANG_CODES if iso in LANGS[c]["regions"]] or ["en"]
        code, reg = least_used(LANG_USE, langs, 0.3), iso
    elif prim == "SSN":
        r = R.random()
        code = "en" if r < 0.5 else ("es" if r < 0.65 else least_used(LANG_USE, SSN_LANGS, 0.2))
        reg = "US"
    elif prim == "IBAN":
        cc = least_used(IBAN_USE, IBAN_SPECS, 0.15)
        langs = [c for c in LANG_CODES if cc in LANGS[c]["regions"]] or ["en"]
        code, reg = least_used(LANG_USE, langs, 0.3), cc
    else:
        code = "en" if prim == "IP" and chance(0.35) else least_used(LANG_USE, LANG_CODES, 0.3)
        reg = pick(LANGS[code]["regions"])
    L = LANGS[code]
    who = pick(L["people"])
    if prim == "PHONE":
        items = [make_phone(reg, L)]
    elif prim == "IBAN":
        items = [make_iban(reg)]
    else:
        items = [make_item(prim, L, reg, who)]
    n_sec = pick([0, 0, 0, 0, 1, 1, 1, 1, 2])
    for _ in range(n_sec):
        opts = [(t, max(d, 0) + 1) for t, d in deficits.items() if t != "SSN" and d > 0]
        if not opts:
            break
        typ = wchoice(opts)
        items.append(make_item(typ, L, reg, who))
    if len(items) > 1 and chance(0.5):
        R.shuffle(items)
    genre_fn = choose_genre(L, items)
    parts, genre = genre_fn(L, reg, items, who)
    text, spans = build(parts)
    lang_name = L["name"]
    if genre in TECH_GENRES:
        lang_name = TECH_LANG
    elif genre in NAMES_ONLY_GENRES or genre.endswith("(English headers)"):
        lang_name = f"{L['name']} names / English keys"
    elif genre in ("HR record", "US tax form", "support ticket", "call transcript", "invoice") and code != "en":
        lang_name = f"{L['name']} with English labels"
    note = f"{genre}, {lang_name}, {REGION_NAMES.get(reg, reg)}"
    return {"text": text, "spans": spans, "kind": "positive", "note": note}, items, code


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[A-Za-z]{2,}|xn--[a-z0-9]+)")
IPV4_RE = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")
DIGIT_RUN_RE = re.compile(r"(?<![\dA-Za-z])\d(?:[ -]?\d){12,18}(?![\dA-Za-z])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
CARD_CHARS = re.compile(r"\d[\d -]*\d")
SSN_SHAPES = re.compile(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}|\d(?: \d){8}")


def masked(rec):
    t = list(rec["text"])
    for s in rec["spans"]:
        for i in range(s["start"], s["end"]):
            t[i] = "§"
    return "".join(t)


def leaks(rec, allow_at=False, allow_ipv4=False):
    """Unlabelled look-alikes of entities inside a text (outside gold spans)."""
    m = masked(rec)
    out = []
    if not allow_at:
        out += EMAIL_RE.findall(m)
    if not allow_ipv4:
        out += IPV4_RE.findall(m)
    for run in DIGIT_RUN_RE.findall(m):
        d = re.sub(r"\D", "", run)
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(run)
    for cand in IBAN_RE.findall(m):
        if iban_ok(cand):
            out.append(cand)
    return out


def check_span(text, s):
    v = text[s["start"]:s["end"]]
    e = s["entity"]
    assert v and v == v.strip(), (v, text)
    if e == "CARD":
        assert CARD_CHARS.fullmatch(v), v
        d = re.sub(r"\D", "", v)
        assert 13 <= len(d) <= 19 and luhn_ok(d), v
    elif e == "IBAN":
        assert iban_ok(v), v
    elif e == "SSN":
        assert SSN_SHAPES.fullmatch(v) and ssn_ok(v), v
    elif e == "EMAIL":
        assert EMAIL_RE.fullmatch(v), v
    elif e == "IP":
        ipaddress.ip_address(v)
    elif e == "PHONE":
        core = re.split(r" (?:ext\.?|Ext\.|x|#|App\.|Durchwahl|poste|int\.|ramal|toestel|wew\.|linka|klapka|mellék|"
                        r"вътр\.|εσωτ\.|anknytning|internnr\.|lokal|alanumero|innanhúss|lisa|iekšējais|vid\.|дод\.|доб\.|"
                        r"შიდა|ներքին|dahili|שלוחה|تحويلة|داخلی|ایکسٹینشن|एक्सटेंशन|এক্সটেনশন|நீட்டிப்பு|एक्सटेन्सन|转|分機|"
                        r"内線|내선|samb\.|loc\.|ต่อ|máy lẻ|kiendelezi|ውስጣዊ|uitbr\.|локал|lok\.|est\.|дотуур|ichki|ішкі)\s?\d+$", v)[0]
        digits = re.sub(r"\D", "", core)
        assert 7 <= len(digits) <= 15, (v, text)
        assert re.fullmatch(r"[+(]?[\d][\d ()./-]*\d", core) or re.fullmatch(r"\(\+\d+\) [\d ()./-]*\d", core), (v, core)
    else:
        raise AssertionError(e)


def check_record(rec):
    assert set(rec) == {"text", "spans", "kind", "note"}
    assert rec["kind"] in ("positive", "hard_negative") and rec["note"] and rec["text"] == rec["text"].strip(" \n")
    if rec["kind"] == "hard_negative":
        assert rec["spans"] == []
        return
    assert rec["spans"]
    prev = 0
    for s in rec["spans"]:
        assert s["entity"] in TARGETS
        assert prev <= s["start"] < s["end"] <= len(rec["text"]), rec
        prev = s["end"]
        check_span(rec["text"], s)


def gen_positives(seen):
    counts = Counter()
    positives = []
    while True:
        deficits = {e: TARGETS[e] - counts[e] for e in TARGETS}
        open_ = [e for e in TARGETS if deficits[e] > 0]
        if not open_:
            return positives
        prim = max(open_, key=lambda e: deficits[e] / TARGETS[e] + R.random() * 0.2)
        rec, items, code = make_positive(prim, deficits)
        if rec["text"] in seen or leaks(rec):
            continue
        check_record(rec)
        seen.add(rec["text"])
        positives.append(rec)
        LANG_USE[code] += 1
        for it in items:
            if it.label == "PHONE":
                PHONE_REG_USE[it.meta["iso"]] += 1
            if it.label == "IBAN":
                IBAN_USE[it.meta["cc"]] += 1
        counts.update(s["entity"] for s in rec["spans"])


def gen_negatives(seen):
    negatives = []
    order = list(NEGS)
    R.shuffle(order)
    i = 0
    while len(negatives) < N_NEGATIVE:
        fn = order[i % len(order)]
        i += 1
        for _ in range(25):
            text, desc, code, reg = fn()
            lang_name = LANGS[code]["name"] if code else NO_LANG
            rec = {"text": text.strip(" \n"), "spans": [], "kind": "hard_negative",
                   "note": f"hard negative: {desc}, {lang_name}, {REGION_NAMES.get(reg, reg)}"}
            if rec["text"] in seen or leaks(rec, allow_at="@" in desc or "e-mail" in desc, allow_ipv4=True):
                continue
            check_record(rec)
            seen.add(rec["text"])
            negatives.append(rec)
            break
    return negatives


def self_check(records):
    """The checks the brief asks for, over the final list of records."""
    ent = Counter()
    for rec in records:
        check_record(rec)
        ent.update(s["entity"] for s in rec["spans"])
        if rec["kind"] == "positive":
            assert not leaks(rec), rec
    for e, target in TARGETS.items():
        assert abs(ent[e] - target) <= 0.1 * target, (e, ent[e], target)
    kinds = Counter(r["kind"] for r in records)
    assert 500 <= kinds["positive"] <= 620 and kinds["hard_negative"] == N_NEGATIVE, kinds
    langs = {note_language(r["note"]) for r in records} - {None}
    assert len(langs) >= 40, len(langs)
    phone_regions = {iso for iso, n in PHONE_REG_USE.items() if n}
    assert len(phone_regions) >= 70, len(phone_regions)
    assert len({r["text"] for r in records}) == len(records)
    return kinds, ent, langs, phone_regions


def main():
    check_phone_plans()
    seen = set()
    records = gen_positives(seen) + gen_negatives(seen)
    R.shuffle(records)
    kinds, ent, langs, phone_regions = self_check(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} texts to {OUT.name}: {dict(kinds)}; entities {dict(ent)}; "
          f"{len(langs)} languages; {len(phone_regions)} phone regions")


if __name__ == "__main__":
    main()
