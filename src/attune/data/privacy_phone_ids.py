"""Numbers that look like phones but are named as ids: "order 0123 456 789", "Kundennummer",
"注文番号", "Personnummer:", "Nomor resinya berapa?". Which words name an id is no library's
knowledge; written here, for the languages people write to attune in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from attune.data.privacy_cues import PHONE_CUE
from attune.data.privacy_phone_shapes import digit_count
from attune.data.privacy_tables import Span, header_cells

# A phone word, also as the first half of a compound ("Telefonnummer", "Rufnummer").
PHONE_WORD_RE = re.compile(rf"(?i)(?:{PHONE_CUE}|ruf|fax|puhelin|telefoon|mobiil)")
# A field named by a compound ending in "number" that is no phone word: "Personnummer:",
# "CPR-nummer:", "Ärendenummer:", "Henkilötunnus:", "asiakasnumero:" — an id.
COMPOUND_ID_RE = re.compile(
    r"(?i)(?<![^\W\d_])([^\W\d_]{2,}?)-?(?:nummer|nommer|numero|tunnus)\s*[:：.]?\s*\Z"
)
# Words after an id-named number that send something to it (Hindi "पर आएगा": will come to).
SENT_TO_AFTER_RE = re.compile(r"\s*(?:पर|पे)\s+(?:आएगा|आएगी|आयेगा|भेज)")
# A question about a number that asks for an id's: "Nomor resinya berapa?" (the receipt's),
# "your order number?" — its answer is no phone.
ID_QUESTION_RE = re.compile(
    r"(?i)\b(?:resi\w*|order|pesanan|tracking|booking|invoice|ticket|ref\w*|account|rekening"
    r"|konto|pedido|commande|bestell\w*|заказ\w*)"
)
# Ids named in scripts written without spaces: "주문번호", "マイナンバー", "계좌번호".
NOT_PHONE_GLYPHS_RE = re.compile(
    r"(?:注文番号|個人番号|年金番号|統一編號|マイナンバー|口座番号|会員番号|订单号|訂單號|身份证号|주문번호|주민등록번호"
    r"|계좌번호|송장번호|회원번호|사업자등록번호|आधार|ඇණවුම|주문"
    r"|उपभोक्ता संख्या|बिल संख्या|खाता संख्या|ऑर्डर|订单|訂單|הזמנה|Հաշիվ)[^\d\n]{0,12}$"
    # Persian and Arabic name the order first, the number a few words on: "سفارش شما به
    # شماره …" (your order, number …), "فاکتور" (invoice), "رقم الطلب" (the order's number).
    r"|(?:سفارش|فاکتور|الطلب|طلبك|طلبية|الفاتورة)[^\d\n]{0,24}$"
)
# Orders in Polish, Latvian, Lithuanian, Maltese, Danish and Norwegian, Greek, Czech and
# Slovak, Finnish, Swedish, Hungarian, Portuguese, Serbian and Croatian, Ukrainian and
# Russian, Mongolian, Kazakh, Azerbaijani, Basque, Indonesian, Vietnamese, Swahili, Hausa
# and Zulu, Bulgarian, Irish (not "Телефон для заказа": the phone for orders).
ORDER_WORDS = (
    r"zamówieni\w*|pasūtījum\w*|užsakym\w*|ordni|ordre|bestilling\w*|παραγγελ\w*"
    r"|objednáv\w*|tilau\w*|beställning\w*|rendelés\w*|encomenda\w*|porudžbin\w*|narudžb\w*"
    r"|(?<!для )(?:замовлен\w*|заказ\w*)|захиалг\w*|тапсырыс\w*|sifariş\w*|eskaera\w*"
    r"|pesanan\w*|đơn\s+hàng|(?:i-)?oda|поръчка\w*|ordú"
)
POSSESSIVES = (
    r"din|ditt|dine|dit|jeres|deres|lakho|yakho|yako|wako|tuo|tua|votre|ton|ta|su|tu|seu|sua"
    r"|ihre|deine|dein|uw|jouw|twoje|pana|pani|vaše|vaš|ваш\w*|твой|твоя|jūsu|tavs|jūsų|tavo"
    r"|sizin|senin|teie|sinu|teidän|sinun|az"
)
# An order named after its number: "Таны 094 059 8054 захиалга" (Mongolian, your … order),
# Kazakh "… тапсырысы", Hungarian "… számú rendelését", Basque "… eskaera", Azerbaijani
# "… sifarişi" — each word whole, in the form that names one order: not Turkish "… sipariş
# hattı" (an order line's number), Azerbaijani "… sifariş üçün" (for orders), Hungarian
# "… rendelésfelvétel" (order taking), Basque "… eskaerak" (orders).
ORDER_AFTER_RE = re.compile(
    r"(?i)[ \t]*(?:számú[ \t]+rendelés\w*|захиалга|тапсырыс(?:ы|ыңыз)?|eskaera|sifarişi)\b"
)
# … and in English after a determiner: "did the 0575913415 order ship?" (not "the … order
# line").
DETERMINER_BEFORE_RE = re.compile(r"(?i)\b(?:the|your|my|our|this|that)[ \t]+\Z")
DETERMINER_REACH = 8
ENGLISH_ORDER_AFTER_RE = re.compile(r"(?i)[ \t]+order\b(?![ \t]+(?:line|desk|hotline|phone))")
# A phone's word before the number overrules an order word after it ("Telefon: … rendelés").
PHONE_WORD_BEFORE_RE = re.compile(rf"(?i)(?:{PHONE_CUE})[^\d\n]{{0,20}}$")
# … and never after these, whose numbers are ids ("order 0123 456 789").
NOT_PHONE_CUE_RE = re.compile(
    r"(?i)\b(?:(?:order|invoice|inv|ref|r[eé]f[eé]rence|account|acct|ticket|case(?:\s+file)?|tracking"
    r"|parcel|shipment|isbn|issn|routing|aba|iban|bic|sort\s+code|serial|sku|item|part"
    r"|transaction|txn|confirmation|booking|reservation|policy|claim|(?<!caller[ _-])id|(?-i:PO)"
    # a build's or a session's id ("build_id: 0685569692"), a video meeting's, a bus route's
    # (not a contact line's "Skype / Zoom: +44 …", nor a data key's "route": "+44…")
    r"|(?:build|session|request|trace|job|run|device|user|tenant|project)_id"
    r"|(?:zoom|webex|route)(?![\"']?\s*:)|webinar"
    # a patient's number in a clinic's case line: "member 2164 8908 7299, patient 321 …"
    r"|patient"
    # (not a code asked for: "call me if it asks for a code +1…")
    r"|passport|licen[cs]e|vat|tax|(?<!\ba )code|otp|pin|passcode|zip|zipcode|postcode|plz|ssn|ein"
    r"|d-?u-?n-?s|imei|iccid|vin|siret|siren|product|model|batch|lot|company|registration"
    r"|mpn|ean|gtin|upc|asin"  # a product's catalogue numbers
    # other countries' national and tax ids, which libphonenumber may take for phones
    # (Australia's "TFN" in capitals: a Swede's "tfn" is "telefon")
    r"|sin|social\s+insurance|nhs|(?-i:TFN)|tax\s+file|medicare|taj|cpf|cnpj|kimlik|aadhaar|pan"
    r"|nric|bsn|pesel|dni|nie|curp|rfc|rut|cuit|codice\s+fiscale|registre\s+national"
    r"|rijksregister\w*|national\s+id|awb|acc|bsb|meter|pnr|sozialversicherung\w*|sv-?n(?:umme)?r"
    r"|org\.?\s*nr|orgnr|organisa(?:sjons|tions)nummer|y-tunnus|kvk|viite\w*|abn|acn|инн|αφμ"
    r"|oib|refer[eê]ncia|entidade|codice|código|broj\s+(?:kupca|računa|narudžbe|pošiljke|ugovora)|mã\s+đơn(?:\s+hàng)?"
    # lottery draws: "Winning numbers: 04 11 23 35 42", "Draw #3282: 04 11 23 35 42"
    r"|winning\s+numbers|lotto|lottery|loto|numéros\s+gagnants|draw(?:\s*#\s*\d{1,8})?"
    r"|powerball|euromillions|superzahl"
    # an article's number ("Art.-Nr."), a German bank code, orders in Slovene and Swahili
    r"|art(?=\.?-?\s*nr)|blz|naročil\w*|namba\s+ya\s+oda"
    # a court's exhibit, a medical record, a batch job
    r"|exhibit|mrn|job"
    # the same ids in the languages people write to attune in (German, French, Spanish,
    # Italian, Dutch): "Kundennummer", "USt-IdNr.", "n° de commande", "factura" …
    r"|kunden\w*|rechnung\w*|bestell\w*|auftrags\w*|vertrags\w*|steuer\w*|ust-?idnr"
    r"|ust-?id|referenz|aktenzeichen|commande|facture|dossier|pedido|factura"
    r"|ordine|fattura|bestelling|factuur|klantnummer|tva|nif|cif|p\.?\s?iva"
    r"|sipari[şs]|fatura|comand[ăa]|factur[ăa]"
    # orders in other languages, maybe "your" after: "Zamówienie 961 519 7175", "Bestillingen
    # din 296 …", "I-oda lakho 048 …" (Zulu); not a shop's line for orders, set off by a
    # colon ("Zamówienia: 22 123 45 67", "Заказ: +7 (495) …")
    rf"|(?:{ORDER_WORDS})(?:\s+(?:{POSSESSIVES}))?(?!\w*\s*:)"
    # Dutch VAT, not English "btw" (by the way): "BTW-nummer", "btw nr.", "BTW: BE 0…"
    r"|btw(?=[\s-]*(?:nummer|nr\b|no\b|id\b|[:#.]|(?-i:BE|NL))))s?"
    r"(?:\b|_(?=(?:id|no|nr|num|number|ref|code)\b))\.?"  # (a data key's "order_id")
    # "Référence client : 02 1790 0994", "Référence contrat : 803 515 203"
    r"(?:\s+(?:client|cliente|customer|contrat|contract|contrato|contratto))?"
    r"(?:\s*reg(?:istration|istered)?\.?)?[\s-]*(?:no\.?|nr\.?|n°|nº|n\.|num(?:ber|éro|ero)?\.?|#"
    r"|id|szám|broj|číslo|nummer|număr|numara|št\.?)?"
    r"(?:\s*\([^()\n]{0,24}\))?"  # "SIN (optional): …", "Social Insurance Number (SIN): …"
    # written the other way round: "numéro client", "número de cliente"
    r"|(?:num(?:ber|éro|ero)|n°|nº)\s*(?:de\s+|du\s+)?(?:client|cliente|customer|membre|socio)"
    # a customer's or member's number is named as one: "Customer no." (not "Customer: …",
    # nor "Atendimento ao cliente: (92) …", which is a phone)
    r"|(?:customer|client|cliente|member(?:ship)?|klant|mitglied\w*)s?\s*"
    r"(?:no\.?|nr\.?|n°|nº|num(?:ber|éro|ero)?\.?|#|id|code)"
    # (and a data key's or attribute's quote: "order": "…", id="…")
    r""")["']?\s*(?:is|was|es|est|ist|lautet|:|#|\.|=|-)?\s*["']?\s*(?:(?-i:[A-Z]{2})\s?)?$"""
)


def id_named(text: str, start: int, end: int) -> bool:
    """Named as an id (before it, or by an order word after it), unless the words after it
    send something to it: Hindi "OTP 98… पर आएगा" (the OTP will come to 98…)."""
    named = named_as_id(text, start) or order_after(text, start, end)
    return named and not SENT_TO_AFTER_RE.match(text, end)


def order_after(text: str, start: int, end: int) -> bool:
    """An order's word after the number (in English, after a determiner too), and no phone's
    word before it."""
    if ENGLISH_ORDER_AFTER_RE.match(text, end):
        named = DETERMINER_BEFORE_RE.search(text, max(0, start - DETERMINER_REACH), start)
    else:
        named = ORDER_AFTER_RE.match(text, end)
    return named is not None and not PHONE_WORD_BEFORE_RE.search(text, max(0, start - 40), start)


# The numbers of a list before this one: "ids: 5849680276, 0497461366, …".
LIST_SEPARATOR = r"\s*(?:[/,;|]|\band\b|\bor\b)\s*"
LIST_TAIL_RE = re.compile(rf"\d{LIST_SEPARATOR}\Z")
# (each item's digit groups split one way only: no backtracking over a long list)
LIST_BEFORE_RE = re.compile(rf"(?:\d+(?:[ .-]\d+)*{LIST_SEPARATOR})+\Z")
LIST_SEPARATOR_RE = re.compile(LIST_SEPARATOR)


def listed_after_id(text: str, start: int, end: int) -> bool:
    """The number at `start` is a later item of a list whose first is named as an id, and
    has as many digits as the item before it: not a record's next field ("SSN 381-26-7467;
    570.861.1828; net pay …")."""
    if not LIST_TAIL_RE.search(text, max(0, start - 8), start):  # (the cheap check first)
        return False
    listed = LIST_BEFORE_RE.search(text, max(0, start - 120), start)
    if listed is None or not named_as_id(text, listed.start()):
        return False
    before = LIST_SEPARATOR_RE.split(text[listed.start() : start])[-2]  # (the last is "")
    return digit_count(before) == digit_count(text[start:end])


def named_as_id(text: str, start: int) -> bool:
    """The number at `start` follows a word that makes it an id ("order", "注文番号")."""
    window = max(0, start - 40)
    return bool(
        NOT_PHONE_CUE_RE.search(text, window, start)
        or NOT_PHONE_GLYPHS_RE.search(text, window, start)
        or compound_id(text, window, start)
    )


def compound_id(text: str, window: int, start: int) -> bool:
    """ "Personnummer:", not "Telefonnummer:" nor "Handynummer:"."""
    compound = COMPOUND_ID_RE.search(text, window, start)
    if compound is None:
        return False
    word = compound[0].rstrip(" :：.")
    return not (PHONE_WORD_RE.fullmatch(compound[1]) or PHONE_WORD_RE.fullmatch(word))


# A table column's header that names an id: the whole cell a field's name, maybe one word
# before it and a number's word after ("last order", "Tracking no", "EAN", "user_id",
# "Pedido nº") — not a sentence split at its comma ("Hi, about your order"), nor a CRM's
# "Account" or "Company" (a name).
ID_FIELDS = (
    r"order|invoice|tracking|parcel|shipment|booking|reservation|ref|reference|ticket|sku|ean"
    r"|upc|gtin|isbn|asin|mpn|serial|imei|iccid|vin|policy|claim|transaction|txn|confirmation"
    r"|item|part|product|batch|lot|awb|pnr|id|commande|pedido|comanda|ordine|bestellung"
    rf"|auftrag|rechnung|factura|fattura|facture|{ORDER_WORDS}"
)
ID_HEADER_RE = re.compile(
    rf"(?i)^(?:[^\W\d_]+ )?(?:{ID_FIELDS})"
    r"(?: ?(?:id|no\.?|nr\.?|n[°º]|num(?:ber)?|#|code|ref))?[ .:]*$"
)
# … and one that names a product's code, which a card's number never is.
PRODUCT_CODE_HEADER_RE = re.compile(
    r"(?i)^(?:ean|upc|gtin|isbn|sku|mpn|asin|bar\s?code)(?:[ -]?(?:8|12|13|14|code|no|nr|number))?$"
)


def id_column_cells(
    text: str, exclude: Iterable[Span] = (), header: re.Pattern[str] = ID_HEADER_RE
) -> list[Span]:
    """The cells of table columns named for an id ("last_order", "Tracking no", "EAN"),
    but those in `exclude` (a column named for a phone too)."""
    excluded = set(exclude)
    return [cell for cell in header_cells(text, header) if cell not in excluded]
