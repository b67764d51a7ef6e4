"""Generate the sixth labelled personal-data set, ``personal_data_sixth.jsonl``.

What the set is
    Short texts shaped like the exported data of about forty people from around the world who
    want a personal assistant trained on it: WhatsApp/Telegram/SMS chats, e-mails and
    signatures, notes, calendar entries, CSV/TSV exports (contacts, payroll, expenses, tenants,
    patients, donors), app JSON and YAML, server and app logs, config files, PDFs turned into
    text (bank statements, W-2/W-9/1099 forms, leases, claims, intake forms, payslips), support
    tickets, call transcripts, forum posts and code.  Each line is one JSON object with
    ``text``, ``spans`` (``entity``, ``start``, ``end`` as Python string offsets), ``kind``
    (``positive`` or ``hard_negative``) and a short ``note`` that ends with the template's
    locale in brackets.  Only EMAIL, PHONE, CARD, IBAN, IP and SSN are labelled.

How it was written
    The scenes below were written by hand for this set, in English and about forty other
    languages, without opening the detector's source, its tests, or any earlier benchmark set
    or result.  Each scene is a template with slots (``⟪mobile⟫``, ``⟪ssn⟫``, ``⟪iban:DE⟫``,
    ``⟪name⟫``...) and alternatives (``⟦a|b⟧``); a fixed seed fills every slot with a value
    generated and checked here, so the output is the same on every run and does not depend on
    ``PYTHONHASHSEED``:

    * PHONE: a number drawn per region and type (mobile, fixed line, toll-free) by changing the
      digits of the region's example number until ``phonenumbers.is_valid_number`` accepts it,
      then written in one of the ways people there write it (``+CC``, ``00CC``, national with
      trunk prefix, with spaces, dashes, dots, slashes or brackets, bare, with an extension);
      the written form is parsed again and must still be valid.
    * SSN: area 001-899 except 666, group 01-99, serial 0001-9999; dashed, spaced or bare.
    * CARD: Luhn-valid, with real brand prefixes and lengths; grouped or not.
    * IBAN: each country's length and BBAN shape, mod-97 check digits; grouped or compact.
    * IP: global IPv4 and IPv6 only; private, loopback, link-local and documentation addresses
      appear unlabelled.
    * EMAIL: built from the person's name, with plus tags, subdomains, internationalised domains
      and a few spelled out against harvesters.

    Hard negatives carry look-alikes only: order, invoice, tracking, booking, IMEI and account
    numbers named as such, versions, dates, amounts, ISBN/EAN/UUID/hashes, Luhn- and
    mod-97-failing numbers, SSN-shaped numbers outside the issued ranges, routing numbers,
    ZIP+4, EIN/ITIN and other countries' ids, coordinates, code and product codes.

    Labelling conventions: every occurrence is labelled (a value repeated in a log is labelled
    each time).  PHONE spans start at "+", "00", "(" or the first digit and include an extension
    written after the number; CARD and IBAN spans include their inner spaces or dashes; IP spans
    are the bare address (no port, "/prefix" or brackets); EMAIL spans exclude "<>" and
    "mailto:", and an address spelled out against harvesters ("name [at] host [dot] org", a
    full-width "＠") is labelled as a whole; SSN spans are the nine digits with their
    separators.  Names, street addresses, dates of birth, passwords and other countries' ids
    appear but are not labelled (no PERSON, ADDRESS, DOB, API_KEY or URL_SECRET spans).

    A final sweep checks every text: each span is exactly its value and valid for its entity,
    and no Luhn-valid 13-19 digit run, mod-97-valid IBAN, global IP, e-mail address, in-range
    dashed SSN or valid phone number (``phonenumbers.PhoneNumberMatcher`` for the text's
    regions) is left outside the spans, except values the text itself names as something else
    (an IMEI, a SIRET, an order number shaped like a phone number...).  It prints the counts.

Run from the repository root:
    .venv/bin/python benchmarks/sixth/make_personal_data_sixth.py
"""

import ipaddress
import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberType

SEED = 20240606
OUT_PATH = Path(__file__).resolve().parent / "personal_data_sixth.jsonl"
SCORED = ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN")
DIGITS = "0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
HEX = "0123456789abcdef"
MINIMUMS = {"PHONE": 150, "SSN": 120, "CARD": 70, "IBAN": 70, "EMAIL": 50, "IP": 50}

# --------------------------------------------------------------------------------------------
# Locales: regions for phones, names, cities, mail providers, work domains, IBAN countries,
# date and money formats.  Fields are separated by "; ".  A name may carry an ASCII spelling
# for e-mail local parts after "/" (given/family).
# --------------------------------------------------------------------------------------------

LOCALE_SPECS: dict[str, dict[str, str]] = {
    "en_US": {
        "regions": "US",
        "names": "James Carter; Maria Lopez; Tyrone Jackson; Emily Nguyen; Robert Kowalski; "
        "Aisha Rahman; Daniel O'Brien; Jennifer Park; Marcus Bell; Hannah Goldberg; "
        "Luis Ortega; Brittany Shaw; Kevin Tran; Samantha Reyes; Derek Whitfield",
        "cities": "Austin; Columbus; Tucson; Raleigh; Spokane; Omaha; Sacramento; Tampa",
        "mail": "gmail.com; yahoo.com; outlook.com; icloud.com; comcast.net; att.net; aol.com",
        "work": "lakeshoredental.com; brightline-logistics.com; mail.northfieldcpa.com; "
        "summitbuilders.net; cs.osu.edu; redwoodcu.org",
        "iban": "",
        "date": "{mm}/{dd}/{y}",
        "money": "en:${v}",
    },
    "en_GB": {
        "regions": "GB",
        "names": "Oliver Hughes; Amelia Patel; George Thompson; Priya Shah; Callum Reid; "
        "Sophie Turner; Harry Evans; Chloe Davies; Imran Hussain",
        "cities": "Leeds; Bristol; Manchester; Glasgow; Cardiff; Norwich; Leicester",
        "mail": "gmail.com; btinternet.com; hotmail.co.uk; sky.com; yahoo.co.uk; icloud.com",
        "work": "hartleysolicitors.co.uk; nhs.net; ed.ac.uk; brightwater-lettings.co.uk",
        "iban": "GB",
        "date": "{dd}/{mm}/{y}",
        "money": "en:£{v}",
    },
    "en_IE": {
        "regions": "IE",
        "names": "Siobhán Murphy; Ciarán O'Neill; Aoife Byrne; Darragh Kelly; Niamh Walsh",
        "cities": "Dublin; Cork; Galway; Limerick; Waterford",
        "mail": "gmail.com; eircom.net; hotmail.com; icloud.com",
        "work": "tcd.ie; murphyaccountants.ie; corkcoco.ie",
        "iban": "IE",
        "date": "{dd}/{mm}/{y}",
        "money": "en:€{v}",
    },
    "en_IN": {
        "regions": "IN",
        "names": "Rahul Sharma; Priya Iyer; Arjun Reddy; Sneha Kulkarni; Vikram Singh; "
        "Ananya Menon; Rohit Agarwal; Kavya Nair; Sandeep Gupta",
        "cities": "Bengaluru; Pune; Hyderabad; Chennai; Kolkata; Jaipur; Noida",
        "mail": "gmail.com; rediffmail.com; yahoo.co.in; outlook.com",
        "work": "infosys-partners.in; iitb.ac.in; mail.shreeconsultancy.co.in",
        "iban": "",
        "date": "{dd}-{mm}-{y}",
        "money": "in:₹{v}",
    },
    "en_AU": {
        "regions": "AU",
        "names": "Jack Mitchell; Chloe Nguyen; Liam O'Connor; Mia Papadopoulos; Noah Wilson; "
        "Zoe Campbell; Ethan Brown",
        "cities": "Brisbane; Perth; Adelaide; Geelong; Hobart; Cairns",
        "mail": "gmail.com; bigpond.com; outlook.com.au; optusnet.com.au",
        "work": "student.unimelb.edu.au; harbourplumbing.com.au; coastalvets.com.au",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:${v}",
    },
    "en_NZ": {
        "regions": "NZ",
        "names": "Aroha Ngata; Tom Fletcher; Mele Tupou; Sam Whitaker; Hana Kereama",
        "cities": "Auckland; Wellington; Christchurch; Hamilton; Dunedin",
        "mail": "xtra.co.nz; gmail.com; outlook.com",
        "work": "kiwiroofing.co.nz; auckland.ac.nz",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:${v}",
    },
    "en_CA": {
        "regions": "CA",
        "names": "Ethan Roy; Olivia Chen; Liam Tremblay; Ava Singh; Noah MacDonald; Emma Leblanc",
        "cities": "Toronto; Calgary; Halifax; Winnipeg; Victoria; Ottawa",
        "mail": "gmail.com; rogers.com; shaw.ca; sympatico.ca; outlook.com",
        "work": "northernlightsdental.ca; utoronto.ca; mail.prairiegrain.ca",
        "iban": "",
        "date": "{y}-{mm}-{dd}",
        "money": "en:${v}",
    },
    "en_NG": {
        "regions": "NG",
        "names": "Chinedu Okafor; Aisha Bello; Tunde Adeyemi; Ngozi Eze; Emeka Nwosu; "
        "Funmilayo Adebayo",
        "cities": "Lagos; Abuja; Ibadan; Port Harcourt; Enugu; Kano",
        "mail": "gmail.com; yahoo.com; outlook.com",
        "work": "unilag.edu.ng; mail.zenithlogistics.com.ng",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:₦{v}",
    },
    "en_GH": {
        "regions": "GH",
        "names": "Kwame Mensah; Akosua Boateng; Kofi Asante; Ama Owusu",
        "cities": "Accra; Kumasi; Takoradi; Tamale",
        "mail": "gmail.com; yahoo.com",
        "work": "ug.edu.gh; goldcoastfreight.com.gh",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:GH₵{v}",
    },
    "en_KE": {
        "regions": "KE",
        "names": "Wanjiru Kamau; Otieno Odhiambo; Achieng Atieno; Kiprop Cheruiyot; Njeri Mwangi",
        "cities": "Nairobi; Mombasa; Kisumu; Nakuru; Eldoret",
        "mail": "gmail.com; yahoo.com; students.uonbi.ac.ke",
        "work": "savannahtours.co.ke; uonbi.ac.ke",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:KSh {v}",
    },
    "en_ZA": {
        "regions": "ZA",
        "names": "Thabo Nkosi; Lerato Mokoena; Pieter van der Merwe; Zanele Dlamini; Ayesha Patel",
        "cities": "Johannesburg; Cape Town; Durban; Pretoria; Gqeberha",
        "mail": "gmail.com; webmail.co.za; mweb.co.za; telkomsa.net",
        "work": "alumni.uct.ac.za; karooconsulting.co.za",
        "iban": "",
        "date": "{y}/{mm}/{dd}",
        "money": "en:R{v}",
    },
    "en_SG": {
        "regions": "SG",
        "names": "Tan Wei Ming; Nurul Huda; Rajesh Kumar; Lim Jia Hui; Chua Kok Leong",
        "cities": "Singapore; Tampines; Jurong East; Woodlands",
        "mail": "gmail.com; singnet.com.sg; hotmail.com",
        "work": "u.nus.edu; lionbridgefreight.com.sg",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:S${v}",
    },
    "es_ES": {
        "regions": "ES",
        "names": "Lucía Fernández; Javier Martín; Carmen Ruiz; Pablo Navarro; Marta Gil; "
        "Alejandro Torres; Núria Puig",
        "cities": "Madrid; Valencia; Sevilla; Zaragoza; Bilbao; Málaga",
        "mail": "gmail.com; hotmail.es; telefonica.net; yahoo.es",
        "work": "alumnos.upm.es; asesoria-lopez.es; clinicadentalsol.es",
        "iban": "ES",
        "date": "{dd}/{mm}/{y}",
        "money": "de:{v} €",
    },
    "es_MX": {
        "regions": "MX",
        "names": "Guadalupe Hernández; José Luis Ramírez; Fernanda Castillo; Diego Morales; "
        "Ximena Vázquez",
        "cities": "Guadalajara; Monterrey; Puebla; Querétaro; Mérida",
        "mail": "gmail.com; hotmail.com; prodigy.net.mx; yahoo.com.mx",
        "work": "alumnos.udg.mx; refaccionariaelaguila.com.mx",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:${v} MXN",
    },
    "es_AR": {
        "regions": "AR",
        "names": "Martina Gómez; Santiago Pereyra; Valentina Sosa; Facundo Acosta",
        "cities": "Buenos Aires; Córdoba; Rosario; Mendoza",
        "mail": "gmail.com; hotmail.com.ar; fibertel.com.ar; yahoo.com.ar",
        "work": "fi.uba.ar; estudiocontablesosa.com.ar",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "de:${v}",
    },
    "es_CO": {
        "regions": "CO",
        "names": "Camila Restrepo; Andrés Cárdenas; Daniela Ospina; Juan Esteban Mejía",
        "cities": "Medellín; Bogotá; Cali; Barranquilla",
        "mail": "gmail.com; hotmail.com; une.net.co",
        "work": "unal.edu.co; cafeterialaesquina.co",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "de:${v} COP",
    },
    "es_CL": {
        "regions": "CL",
        "names": "Catalina Muñoz; Matías Rojas; Antonia Soto; Benjamín Contreras",
        "cities": "Santiago; Valparaíso; Concepción; Antofagasta",
        "mail": "gmail.com; vtr.net; hotmail.cl",
        "work": "uc.cl; ferreteriaandes.cl",
        "iban": "",
        "date": "{dd}-{mm}-{y}",
        "money": "de:${v}",
    },
    "es_PE": {
        "regions": "PE",
        "names": "Rosa Quispe; Luis Huamán; Milagros Flores; Jorge Mamani",
        "cities": "Lima; Arequipa; Cusco; Trujillo",
        "mail": "gmail.com; hotmail.com; speedy.com.pe",
        "work": "pucp.edu.pe; textilesandinos.com.pe",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:S/ {v}",
    },
    "es_US": {
        "regions": "US",
        "names": "María Guadalupe Rivera; José Hernández; Yesenia Morales; Carlos Mendoza; "
        "Rosa Delgado; Miguel Ángel Cruz",
        "cities": "Houston; Los Angeles; Miami; Phoenix; San Antonio; El Paso",
        "mail": "gmail.com; yahoo.com; hotmail.com; outlook.com",
        "work": "latinotaxservices.com; uh.edu",
        "iban": "",
        "date": "{mm}/{dd}/{y}",
        "money": "en:${v}",
    },
    "pt_BR": {
        "regions": "BR",
        "names": "Ana Beatriz Souza; João Pedro Oliveira; Mariana Costa; Lucas Almeida; "
        "Fernanda Ribeiro; Thiago Carvalho; Juliana Lima",
        "cities": "São Paulo; Belo Horizonte; Curitiba; Recife; Porto Alegre; Salvador",
        "mail": "gmail.com; uol.com.br; bol.com.br; terra.com.br; hotmail.com",
        "work": "usp.br; contabilidadesouza.com.br; clinicavidaplena.com.br",
        "iban": "BR",
        "date": "{dd}/{mm}/{y}",
        "money": "de:R$ {v}",
    },
    "pt_PT": {
        "regions": "PT",
        "names": "Inês Carvalho; Tiago Ferreira; Beatriz Santos; Rui Pereira; Catarina Lopes",
        "cities": "Lisboa; Porto; Braga; Coimbra; Faro",
        "mail": "sapo.pt; gmail.com; hotmail.com; netcabo.pt",
        "work": "campus.ul.pt; imobiliariadouro.pt",
        "iban": "PT",
        "date": "{dd}/{mm}/{y}",
        "money": "de:{v} €",
    },
    "fr_FR": {
        "regions": "FR",
        "names": "Camille Dubois; Julien Moreau; Léa Lefèvre; Thomas Girard; Manon Rousseau; "
        "Nicolas Fontaine; Chloé Mercier; Karim Benali",
        "cities": "Lyon; Toulouse; Nantes; Lille; Bordeaux; Strasbourg; Rennes",
        "mail": "orange.fr; free.fr; laposte.net; gmail.com; sfr.fr; wanadoo.fr",
        "work": "univ-lyon1.fr; cabinet-girard.fr; boulangerie-fontaine.fr",
        "iban": "FR",
        "date": "{dd}/{mm}/{y}",
        "money": "fr:{v} €",
    },
    "fr_BE": {
        "regions": "BE",
        "names": "Amélie Dupont; Maxime Lambert; Sarah Peeters; Olivier Renard",
        "cities": "Bruxelles; Liège; Namur; Charleroi",
        "mail": "skynet.be; gmail.com; proximus.be; hotmail.be",
        "work": "ulb.be; fiduciaire-lambert.be",
        "iban": "BE",
        "date": "{dd}/{mm}/{y}",
        "money": "fr:{v} €",
    },
    "fr_CA": {
        "regions": "CA",
        "names": "Geneviève Gagnon; Mathieu Bouchard; Émilie Côté; Félix Gauthier",
        "cities": "Montréal; Québec; Sherbrooke; Gatineau",
        "mail": "videotron.ca; gmail.com; hotmail.com; sympatico.ca",
        "work": "umontreal.ca; notairegagnon.qc.ca",
        "iban": "",
        "date": "{y}-{mm}-{dd}",
        "money": "fr:{v} $",
    },
    "fr_MA": {
        "regions": "MA",
        "names": "Youssef El Amrani; Salma Benjelloun; Mehdi Tazi; Khadija Alaoui",
        "cities": "Casablanca; Rabat; Marrakech; Fès; Tanger",
        "mail": "gmail.com; menara.ma; hotmail.fr",
        "work": "um5.ac.ma; atlas-transit.ma",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "fr:{v} MAD",
    },
    "fr_SN": {
        "regions": "SN",
        "names": "Aminata Diop; Moussa Ndiaye; Fatou Sow; Ousmane Fall",
        "cities": "Dakar; Thiès; Saint-Louis; Ziguinchor",
        "mail": "gmail.com; orange.sn; yahoo.fr",
        "work": "ucad.edu.sn; teranga-transport.sn",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "fr:{i} FCFA",
    },
    "de_DE": {
        "regions": "DE",
        "names": "Lukas Schneider; Anna Becker; Jonas Wagner; Lea Hoffmann; Felix Schäfer; "
        "Sophie Krüger; Mehmet Yılmaz; Katarzyna Nowak; Jürgen Weiß",
        "cities": "Köln; Hamburg; Leipzig; München; Dortmund; Freiburg; Dresden",
        "mail": "web.de; gmx.de; t-online.de; posteo.de; gmail.com; mailbox.org",
        "work": "uni-heidelberg.de; kanzlei-weber.de; schmitt-elektro.de; mail.stadtwerke-ulm.de",
        "iban": "DE",
        "date": "{dd}.{mm}.{y}",
        "money": "de:{v} €",
    },
    "de_AT": {
        "regions": "AT",
        "names": "Lena Gruber; Florian Huber; Magdalena Pichler; Stefan Moser",
        "cities": "Wien; Graz; Linz; Salzburg; Innsbruck",
        "mail": "gmx.at; aon.at; chello.at; gmail.com",
        "work": "univie.ac.at; tischlerei-huber.at",
        "iban": "AT",
        "date": "{dd}.{mm}.{y}",
        "money": "de:€ {v}",
    },
    "de_CH": {
        "regions": "CH",
        "names": "Reto Keller; Nadine Brunner; Urs Meier; Seraina Caflisch",
        "cities": "Zürich; Bern; Basel; Luzern; St. Gallen",
        "mail": "bluewin.ch; gmx.ch; sunrise.ch; gmail.com",
        "work": "ethz.ch; treuhand-keller.ch",
        "iban": "CH; LI",
        "date": "{dd}.{mm}.{y}",
        "money": "ch:CHF {v}",
    },
    "it_IT": {
        "regions": "IT",
        "names": "Giulia Rossi; Marco Bianchi; Francesca Romano; Alessandro Ricci; "
        "Chiara Esposito; Davide Colombo; Sara Greco",
        "cities": "Milano; Torino; Bologna; Napoli; Firenze; Palermo",
        "mail": "libero.it; virgilio.it; gmail.com; alice.it; tiscali.it",
        "work": "studenti.unimi.it; studiolegalericci.it; trattoriadapino.it",
        "iban": "IT; SM",
        "date": "{dd}/{mm}/{y}",
        "money": "de:{v} €",
    },
    "nl_NL": {
        "regions": "NL",
        "names": "Sanne de Vries; Daan Jansen; Fleur Bakker; Thijs van Dijk; Noor Visser; "
        "Bram Smit",
        "cities": "Utrecht; Rotterdam; Eindhoven; Groningen; Den Haag",
        "mail": "ziggo.nl; kpnmail.nl; xs4all.nl; gmail.com; hotmail.nl",
        "work": "student.uva.nl; bakkerijbakker.nl; mail.gemeente-zwolle.nl",
        "iban": "NL",
        "date": "{dd}-{mm}-{y}",
        "money": "de:€ {v}",
    },
    "nl_BE": {
        "regions": "BE",
        "names": "Wout Peeters; Lotte Maes; Jens Claes; Elke Wouters",
        "cities": "Antwerpen; Gent; Leuven; Brugge",
        "mail": "telenet.be; skynet.be; gmail.com",
        "work": "kuleuven.be; schrijnwerkerij-maes.be",
        "iban": "BE",
        "date": "{dd}/{mm}/{y}",
        "money": "de:€ {v}",
    },
    "pl_PL": {
        "regions": "PL",
        "names": "Katarzyna Wiśniewska; Piotr Kowalczyk; Agnieszka Zielińska; Tomasz Lewandowski; "
        "Michał Wójcik; Magdalena Kamińska",
        "cities": "Kraków; Wrocław; Gdańsk; Poznań; Łódź; Lublin",
        "mail": "wp.pl; onet.pl; o2.pl; interia.pl; gmail.com",
        "work": "student.uw.edu.pl; biurorachunkowe-kowalczyk.pl",
        "iban": "PL",
        "date": "{dd}.{mm}.{y}",
        "money": "fr:{v} zł",
    },
    "cs_CZ": {
        "regions": "CZ",
        "names": "Tereza Nováková; Jan Svoboda; Lucie Dvořáková; Petr Černý; Martin Procházka",
        "cities": "Praha; Brno; Ostrava; Plzeň; Olomouc",
        "mail": "seznam.cz; email.cz; centrum.cz; gmail.com",
        "work": "muni.cz; autoservis-cerny.cz",
        "iban": "CZ; SK",
        "date": "{d}. {m}. {y}",
        "money": "fr:{v} Kč",
    },
    "tr_TR": {
        "regions": "TR",
        "names": "Ayşe Yılmaz; Mehmet Kaya; Elif Demir; Burak Şahin; Zeynep Çelik; Emre Öztürk",
        "cities": "İstanbul; Ankara; İzmir; Bursa; Antalya",
        "mail": "gmail.com; hotmail.com; yandex.com.tr; outlook.com.tr",
        "work": "ogr.itu.edu.tr; kayamuhasebe.com.tr",
        "iban": "TR",
        "date": "{dd}.{mm}.{y}",
        "money": "de:{v} TL",
    },
    "ru_RU": {
        "regions": "RU; KZ",
        "names": "Мария Иванова/maria/ivanova; Алексей Смирнов/aleksei/smirnov; "
        "Екатерина Попова/ekaterina/popova; Дмитрий Волков/dmitry/volkov; "
        "Ольга Морозова/olga/morozova; Сергей Кузнецов/sergey/kuznetsov",
        "cities": "Москва; Казань; Новосибирск; Екатеринбург; Алматы",
        "mail": "mail.ru; yandex.ru; rambler.ru; bk.ru; gmail.com",
        "work": "msu.ru; stroytrest-volga.ru",
        "iban": "KZ",
        "date": "{dd}.{mm}.{y}",
        "money": "fr:{v} ₽",
    },
    "uk_UA": {
        "regions": "UA",
        "names": "Олена Шевченко/olena/shevchenko; Андрій Коваленко/andrii/kovalenko; "
        "Ірина Бондаренко/iryna/bondarenko; Тарас Мельник/taras/melnyk",
        "cities": "Київ; Львів; Харків; Одеса; Дніпро",
        "mail": "ukr.net; i.ua; gmail.com; meta.ua",
        "work": "knu.ua; lvivbud.com.ua",
        "iban": "UA",
        "date": "{dd}.{mm}.{y}",
        "money": "fr:{v} грн",
    },
    "ar_EG": {
        "regions": "EG",
        "names": "محمد عبد الله/mohamed/abdallah; فاطمة حسن/fatma/hassan; "
        "أحمد مصطفى/ahmed/mostafa; نورا إبراهيم/noura/ibrahim",
        "cities": "القاهرة; الإسكندرية; الجيزة; المنصورة",
        "mail": "gmail.com; yahoo.com; hotmail.com",
        "work": "cu.edu.eg; nilecargo.com.eg",
        "iban": "EG",
        "date": "{dd}/{mm}/{y}",
        "money": "en:{v} ج.م",
    },
    "ar_SA": {
        "regions": "SA",
        "names": "عبدالرحمن القحطاني/abdulrahman/alqahtani; سارة العتيبي/sara/alotaibi; "
        "فيصل الشمري/faisal/alshammari; ريم الدوسري/reem/aldosari",
        "cities": "الرياض; جدة; الدمام; مكة المكرمة",
        "mail": "gmail.com; hotmail.com; outlook.sa",
        "work": "ksu.edu.sa; alnakheel-trading.com.sa",
        "iban": "SA",
        "date": "{dd}/{mm}/{y}",
        "money": "en:{v} ر.س",
    },
    "ar_AE": {
        "regions": "AE",
        "names": "خالد المنصوري/khalid/almansoori; مريم الكعبي/mariam/alkaabi; "
        "راشد النعيمي/rashid/alnuaimi",
        "cities": "دبي; أبوظبي; الشارقة; العين",
        "mail": "gmail.com; emirates.net.ae; outlook.com",
        "work": "uaeu.ac.ae; desertrose-events.ae",
        "iban": "AE",
        "date": "{dd}/{mm}/{y}",
        "money": "en:{v} درهم",
    },
    "ar_JO": {
        "regions": "JO",
        "names": "ليث الحسيني/laith/alhusseini; هبة الخطيب/heba/alkhatib; عمر الزعبي/omar/alzoubi",
        "cities": "عمّان; إربد; الزرقاء; العقبة",
        "mail": "gmail.com; yahoo.com",
        "work": "ju.edu.jo; petra-tours.jo",
        "iban": "JO",
        "date": "{dd}/{mm}/{y}",
        "money": "en:{v} د.أ",
    },
    "he_IL": {
        "regions": "IL",
        "names": "נועה כהן/noa/cohen; יוסי לוי/yossi/levi; מיכל אברהם/michal/avraham; "
        "איתי פרידמן/itai/friedman",
        "cities": "תל אביב; חיפה; ירושלים; באר שבע",
        "mail": "gmail.com; walla.co.il; 012.net.il",
        "work": "mail.tau.ac.il; cohen-law.co.il",
        "iban": "IL",
        "date": "{dd}/{mm}/{y}",
        "money": "en:₪{v}",
    },
    "fa_IR": {
        "regions": "IR",
        "names": "مریم احمدی/maryam/ahmadi; علی رضایی/ali/rezaei; زهرا محمدی/zahra/mohammadi; "
        "حسین کریمی/hossein/karimi",
        "cities": "تهران; اصفهان; شیراز; تبریز; مشهد",
        "mail": "gmail.com; yahoo.com; chmail.ir",
        "work": "ut.ac.ir; parsian-trade.ir",
        "iban": "",
        "date": "{y}/{mm}/{dd}",
        "money": "en:{i} تومان",
    },
    "hi_IN": {
        "regions": "IN",
        "names": "राहुल वर्मा/rahul/verma; पूजा शर्मा/pooja/sharma; अमित यादव/amit/yadav; "
        "नेहा गुप्ता/neha/gupta; सुरेश पटेल/suresh/patel",
        "cities": "दिल्ली; लखनऊ; भोपाल; पटना; इंदौर",
        "mail": "gmail.com; rediffmail.com; yahoo.co.in",
        "work": "du.ac.in; vermatraders.in",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "in:₹{v}",
    },
    "bn_BD": {
        "regions": "BD",
        "names": "রহিম উদ্দিন/rahim/uddin; ফারহানা আক্তার/farhana/akter; "
        "তানভীর হাসান/tanvir/hasan; নুসরাত জাহান/nusrat/jahan",
        "cities": "ঢাকা; চট্টগ্রাম; সিলেট; খুলনা",
        "mail": "gmail.com; yahoo.com",
        "work": "du.ac.bd; padma-garments.com.bd",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:৳{v}",
    },
    "ur_PK": {
        "regions": "PK",
        "names": "عمران خان/imran/khan; عائشہ ملک/ayesha/malik; بلال احمد/bilal/ahmed; "
        "سدرہ نواز/sidra/nawaz",
        "cities": "لاہور; کراچی; اسلام آباد; فیصل آباد",
        "mail": "gmail.com; yahoo.com; hotmail.com",
        "work": "lums.edu.pk; indus-textiles.com.pk",
        "iban": "PK",
        "date": "{dd}/{mm}/{y}",
        "money": "en:Rs. {v}",
    },
    "zh_CN": {
        "regions": "CN",
        "names": "王芳/fang/wang; 李伟/wei/li; 张静/jing/zhang; 刘洋/yang/liu; "
        "陈晓明/xiaoming/chen; "
        "赵丽娟/lijuan/zhao",
        "cities": "上海; 北京; 深圳; 杭州; 成都; 武汉",
        "mail": "qq.com; 163.com; 126.com; sina.com; foxmail.com",
        "work": "mails.tsinghua.edu.cn; hzxinghe-tech.cn",
        "iban": "",
        "date": "{y}年{m}月{d}日",
        "money": "en:¥{v}",
    },
    "zh_TW": {
        "regions": "TW",
        "names": "林怡君/yichun/lin; 陳志明/chihming/chen; 黃淑芬/shufen/huang; "
        "張家豪/chiahao/chang",
        "cities": "台北; 台中; 高雄; 新竹",
        "mail": "gmail.com; yahoo.com.tw; hotmail.com",
        "work": "ntu.edu.tw; formosa-bike.com.tw",
        "iban": "",
        "date": "{y}/{mm}/{dd}",
        "money": "en:NT${i}",
    },
    "zh_HK": {
        "regions": "HK",
        "names": "陳嘉欣/kayan/chan; 黃志強/chikeung/wong; 李詠詩/wingsze/lee; 何家樂/kalok/ho",
        "cities": "香港; 九龍; 沙田; 荃灣",
        "mail": "gmail.com; yahoo.com.hk; netvigator.com",
        "work": "connect.hku.hk; harbourview-props.com.hk",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:HK${v}",
    },
    "ja_JP": {
        "regions": "JP",
        "names": "佐藤 美咲/misaki/sato; 鈴木 健太/kenta/suzuki; 高橋 彩/aya/takahashi; "
        "田中 翔/sho/tanaka; 渡辺 真由美/mayumi/watanabe",
        "cities": "東京都; 大阪市; 名古屋市; 札幌市; 福岡市",
        "mail": "yahoo.co.jp; docomo.ne.jp; gmail.com; ezweb.ne.jp; i.softbank.jp",
        "work": "s.u-tokyo.ac.jp; tanaka-kensetsu.co.jp",
        "iban": "",
        "date": "{y}年{m}月{d}日",
        "money": "en:{i}円",
    },
    "ko_KR": {
        "regions": "KR",
        "names": "김민지/minji/kim; 이준호/junho/lee; 박서연/seoyeon/park; 최동현/donghyun/choi; "
        "정수빈/subin/jung",
        "cities": "서울; 부산; 인천; 대구; 대전",
        "mail": "naver.com; daum.net; hanmail.net; gmail.com",
        "work": "snu.ac.kr; hanbit-logis.co.kr",
        "iban": "",
        "date": "{y}년 {m}월 {d}일",
        "money": "en:{i}원",
    },
    "id_ID": {
        "regions": "ID",
        "names": "Siti Rahmawati; Budi Santoso; Dewi Lestari; Agus Pratama; Rina Wulandari",
        "cities": "Jakarta; Surabaya; Bandung; Yogyakarta; Medan",
        "mail": "gmail.com; yahoo.co.id; ymail.com",
        "work": "ui.ac.id; cvmakmurjaya.co.id",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "de:Rp{i}",
    },
    "ms_MY": {
        "regions": "MY",
        "names": "Nur Aisyah binti Ahmad; Muhammad Hafiz; Siti Nurhaliza Osman; "
        "Lee Chong Wei; Kavitha Subramaniam",
        "cities": "Kuala Lumpur; Johor Bahru; Pulau Pinang; Shah Alam; Kota Kinabalu",
        "mail": "gmail.com; yahoo.com.my; hotmail.my",
        "work": "siswa.um.edu.my; kedaihafiz.com.my",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:RM{v}",
    },
    "vi_VN": {
        "regions": "VN",
        "names": "Nguyễn Thị Lan; Trần Văn Hùng; Lê Minh Anh; Phạm Quốc Bảo; Hoàng Thu Trang",
        "cities": "Hà Nội; TP. Hồ Chí Minh; Đà Nẵng; Hải Phòng; Cần Thơ",
        "mail": "gmail.com; yahoo.com.vn; fpt.vn",
        "work": "hcmut.edu.vn; congtyminhanh.vn",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "de:{i} ₫",
    },
    "th_TH": {
        "regions": "TH",
        "names": "สมชาย ใจดี/somchai/jaidee; สุภาพร ศรีสุข/supaporn/srisuk; "
        "ณัฐวุฒิ วงศ์ใหญ่/nattawut/wongyai; กนกวรรณ บุญมา/kanokwan/boonma",
        "cities": "กรุงเทพฯ; เชียงใหม่; ภูเก็ต; ขอนแก่น",
        "mail": "gmail.com; hotmail.com; yahoo.co.th",
        "work": "chula.ac.th; siamfresh.co.th",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:{v} บาท",
    },
    "fil_PH": {
        "regions": "PH",
        "names": "Maria Cristina Santos; Jose Miguel Reyes; Angelica dela Cruz; "
        "Mark Anthony Bautista; "
        "Rowena Villanueva",
        "cities": "Quezon City; Cebu City; Davao City; Makati; Pasig",
        "mail": "gmail.com; yahoo.com; yahoo.com.ph",
        "work": "up.edu.ph; sarisaripos.ph",
        "iban": "",
        "date": "{mm}/{dd}/{y}",
        "money": "en:₱{v}",
    },
    "sw_KE": {
        "regions": "KE",
        "names": "Baraka Mwangi; Zawadi Wanjiku; Juma Ochieng; Neema Akinyi",
        "cities": "Nairobi; Mombasa; Kisumu; Nakuru",
        "mail": "gmail.com; yahoo.com",
        "work": "ku.ac.ke; jamiifarm.co.ke",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:KSh {v}",
    },
    "sw_TZ": {
        "regions": "TZ",
        "names": "Rehema Mushi; Hamisi Said; Upendo Massawe; Salim Mrisho",
        "cities": "Dar es Salaam; Arusha; Dodoma; Mwanza; Zanzibar",
        "mail": "gmail.com; yahoo.com",
        "work": "udsm.ac.tz; kilimanjarotours.co.tz",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:TSh {i}",
    },
    "am_ET": {
        "regions": "ET",
        "names": "አበበ በቀለ/abebe/bekele; ሰላም ተስፋዬ/selam/tesfaye; ዳዊት ገብሬ/dawit/gebre; "
        "ሄለን ታደሰ/helen/tadesse",
        "cities": "አዲስ አበባ; ባህር ዳር; ጎንደር; ሐዋሳ",
        "mail": "gmail.com; yahoo.com; ethionet.et",
        "work": "aau.edu.et; abyssinia-coffee.com.et",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:{v} ብር",
    },
    "yo_NG": {
        "regions": "NG",
        "names": "Adéwálé Ògúnlẹ́yẹ; Fọláṣadé Akínwùmí; Ọlámídé Adébáyọ̀; Bùkọ́lá Àjàyí",
        "cities": "Ìbàdàn; Èkó; Abẹ́òkúta; Òṣogbo",
        "mail": "gmail.com; yahoo.com",
        "work": "ui.edu.ng; oyotextiles.com.ng",
        "iban": "",
        "date": "{dd}/{mm}/{y}",
        "money": "en:₦{v}",
    },
    "el_GR": {
        "regions": "GR",
        "names": "Μαρία Παπαδοπούλου/maria/papadopoulou; Γιώργος Νικολάου/giorgos/nikolaou; "
        "Ελένη Γεωργίου/eleni/georgiou; Κώστας Δημητρίου/kostas/dimitriou",
        "cities": "Αθήνα; Θεσσαλονίκη; Πάτρα; Ηράκλειο",
        "mail": "gmail.com; otenet.gr; yahoo.gr; hol.gr",
        "work": "auth.gr; kafeneio-nikolaou.gr",
        "iban": "GR; CY",
        "date": "{dd}/{mm}/{y}",
        "money": "de:{v} €",
    },
    "ro_RO": {
        "regions": "RO",
        "names": "Andreea Popescu; Mihai Ionescu; Ioana Dumitrescu; Alexandru Stan; Elena Munteanu",
        "cities": "București; Cluj-Napoca; Iași; Timișoara; Brașov",
        "mail": "yahoo.com; gmail.com; yahoo.ro",
        "work": "stud.ubbcluj.ro; transport-ionescu.ro",
        "iban": "RO; MD",
        "date": "{dd}.{mm}.{y}",
        "money": "de:{v} lei",
    },
    "hu_HU": {
        "regions": "HU",
        "names": "Nagy Eszter; Kovács Bence; Szabó Réka; Tóth Gergely; Horváth Dóra",
        "cities": "Budapest; Debrecen; Szeged; Pécs; Győr",
        "mail": "freemail.hu; citromail.hu; gmail.com",
        "work": "elte.hu; nagyesbarta.hu",
        "iban": "HU",
        "date": "{y}. {mm}. {dd}.",
        "money": "fr:{i} Ft",
    },
    "sv_SE": {
        "regions": "SE",
        "names": "Elsa Lindqvist; Oskar Johansson; Maja Berg; Erik Nyström; Alva Sandberg",
        "cities": "Göteborg; Malmö; Uppsala; Umeå; Västerås",
        "mail": "telia.com; gmail.com; hotmail.se; bredband.net",
        "work": "student.lu.se; bygg-nystrom.se",
        "iban": "SE",
        "date": "{y}-{mm}-{dd}",
        "money": "fr:{v} kr",
    },
    "nb_NO": {
        "regions": "NO",
        "names": "Ingrid Haugen; Magnus Solberg; Sigrid Eriksen; Henrik Dahl",
        "cities": "Oslo; Bergen; Trondheim; Stavanger; Tromsø",
        "mail": "online.no; gmail.com; hotmail.no",
        "work": "uio.no; solberg-regnskap.no",
        "iban": "NO",
        "date": "{dd}.{mm}.{y}",
        "money": "fr:{v} kr",
    },
    "da_DK": {
        "regions": "DK",
        "names": "Mette Nielsen; Rasmus Jørgensen; Freja Kristensen; Mikkel Thomsen",
        "cities": "København; Aarhus; Odense; Aalborg",
        "mail": "mail.dk; gmail.com; jubii.dk; outlook.dk",
        "work": "ku.dk; vvs-thomsen.dk",
        "iban": "DK; FO; GL",
        "date": "{dd}.{mm}.{y}",
        "money": "de:{v} kr.",
    },
    "fi_FI": {
        "regions": "FI",
        "names": "Aino Virtanen; Mikko Korhonen; Emilia Mäkinen; Juha Nieminen",
        "cities": "Helsinki; Tampere; Turku; Oulu; Jyväskylä",
        "mail": "gmail.com; luukku.com; elisanet.fi; outlook.com",
        "work": "helsinki.fi; rakennus-nieminen.fi",
        "iban": "FI",
        "date": "{d}.{m}.{y}",
        "money": "fr:{v} €",
    },
}

# Scenes in "en" are written in English by or to people anywhere; the people, the phone region
# and the IBAN country are drawn per text from this list of origins.
WORLD_ORIGINS = tuple(code for code in LOCALE_SPECS if code != "es_US")

# Regions used by the world-English scenes for "⟪mobile:*⟫" and friends (all continents).
ALL_REGIONS = (
    "US CA MX BR AR CL CO PE UY EC DO JM GB IE DE AT CH FR BE NL LU ES PT IT PL CZ SK HU RO BG "
    "HR RS GR SE NO DK FI IS EE LT LV TR RU KZ UA GE IL AE SA QA KW JO LB EG MA TN SN NG GH CI "
    "KE UG TZ RW ET ZA IN PK BD LK NP CN HK TW JP KR SG MY ID TH VN PH AU NZ FJ"
).split()

IDN_DOMAINS = {
    "de": ("bäckerei-schäfer.de", "müller-büro.de", "grünewald-kanzlei.ch", "weiß-konditorei.at"),
    "fr": ("café-étoile.fr", "crème-brûlée.fr"),
    "es": ("españa-viajes.es", "ñandú-tours.com.ar"),
    "ru": ("почта-россии.рф", "пример-компании.рф", "дом-мебели.рф"),
    "ja": ("日本語ドメイン.jp", "お菓子工房.jp"),
    "ko": ("한국어도메인.kr",),
    "zh": ("中文网址.cn",),
    "el": ("ελληνικά-νέα.gr",),
    "pl": ("łódź-kwiaty.pl",),
    "tr": ("türkçe-alanadı.com.tr",),
    "da": ("københavn-cykler.dk",),
    "sv": ("åre-fjällstugor.se",),
}

ROLE_LOCALS = (
    "hr",
    "payroll",
    "billing",
    "info",
    "support",
    "office",
    "admin",
    "onboarding",
    "noreply",
    "contact",
    "accounts",
    "reservas",
    "kontakt",
    "contato",
    "facturation",
)

PLUS_TAGS = (
    "shop",
    "news",
    "bank",
    "amazon",
    "2fa",
    "receipts",
    "work",
    "travel",
    "lists",
    "tax",
    "school",
    "ebay",
    "dev",
)

ASCII_FIX = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "'": "",
    }
)


def to_ascii(word: str) -> str:
    """Lower-case ASCII spelling of a Latin-script word (for e-mail local parts)."""
    word = unicodedata.normalize("NFKD", word.translate(ASCII_FIX))
    return "".join(ch for ch in word if ch.isascii() and ch.isalnum()).lower()


@dataclass(frozen=True)
class Person:
    display: str
    first: str
    last: str
    a_first: str
    a_last: str


def parse_person(entry: str, family_first: bool) -> Person:
    """Parse "Display name[/ascii given/ascii family]"; family-first names are given last."""
    display, _, spelled = entry.partition("/")
    words = display.split()
    if len(words) == 1:
        words = [display[0], display[1:]] if family_first else words
    if family_first:
        words = [words[-1], words[0]]
    if spelled:
        a_first, _, a_last = spelled.partition("/")
    else:
        a_first, a_last = to_ascii(words[0]), to_ascii(words[-1])
    return Person(display, words[0], words[-1], a_first, a_last)


@dataclass(frozen=True)
class Locale:
    code: str
    regions: tuple[str, ...]
    people: tuple[Person, ...]
    cities: tuple[str, ...]
    mail: tuple[str, ...]
    work: tuple[str, ...]
    ibans: tuple[str, ...]
    date: str
    money: str


def split_field(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


FAMILY_FIRST = ("zh_CN", "zh_TW", "zh_HK", "ja_JP", "ko_KR", "hu_HU", "vi_VN")


def build_locales() -> dict[str, Locale]:
    out = {}
    for code, spec in LOCALE_SPECS.items():
        out[code] = Locale(
            code=code,
            regions=split_field(spec["regions"]),
            people=tuple(parse_person(n, code in FAMILY_FIRST) for n in split_field(spec["names"])),
            cities=split_field(spec["cities"]),
            mail=split_field(spec["mail"]),
            work=split_field(spec["work"]),
            ibans=split_field(spec["iban"]),
            date=spec["date"],
            money=spec["money"],
        )
    return out


LOCALES = build_locales()

# --------------------------------------------------------------------------------------------
# Value generators and validators
# --------------------------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for check in DIGITS:
        if luhn_ok(body + check):
            return body + check
    raise AssertionError(body)


def rand_digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = "".join(rng.choice(DIGITS) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = rng.choice("123456789") + out[1:]
    return out


CARD_BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (16, 16, 16, 16, 13, 19)),
    "mc": (("51", "52", "53", "54", "55"), (16,)),
    "mc2": (tuple(str(n) for n in range(2221, 2721)), (16,)),
    "amex": (("34", "37"), (15,)),
    "discover": (("6011", "644", "645", "646", "647", "648", "649", "65"), (16, 16, 19)),
    "jcb": (tuple(str(n) for n in range(3528, 3590)), (16,)),
    "diners": (("300", "301", "302", "303", "304", "305", "36", "38"), (14,)),
    "unionpay": (("62",), (16, 16, 17, 18, 19)),
    "maestro": (("5018", "5020", "5038", "6304", "6759", "6761", "6763"), (12, 13, 16, 19)),
    "mir": (("2200", "2201", "2202", "2203", "2204"), (16,)),
    "visa13": (("4",), (13,)),
    "troy": (("9792",), (16,)),
}
CARD_WEIGHTS = {
    "visa": 30,
    "mc": 16,
    "mc2": 8,
    "amex": 11,
    "discover": 7,
    "jcb": 6,
    "diners": 5,
    "unionpay": 7,
    "maestro": 5,
}
CARD_GROUPS = {
    12: (4, 4, 4),
    13: (4, 4, 5),
    14: (4, 6, 4),
    15: (4, 6, 5),
    17: (4, 4, 4, 5),
    18: (6, 12),
    19: (4, 4, 4, 4, 3),
}


def card_number(rng: random.Random, brand: str) -> str:
    prefixes, lengths = CARD_BRANDS[brand]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    return luhn_complete(prefix + rand_digits(rng, length - len(prefix) - 1))


def card_ok(digits: str) -> bool:
    if not digits.isdigit() or not luhn_ok(digits):
        return False
    for prefixes, lengths in CARD_BRANDS.values():
        if len(digits) in lengths and digits.startswith(prefixes):
            return True
    return False


def group_digits(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, pos = [], 0
    for size in sizes:
        parts.append(digits[pos : pos + size])
        pos += size
    if pos < len(digits):
        parts.append(digits[pos:])
    return sep.join(p for p in parts if p)


def format_card(rng: random.Random, digits: str, sep_code: str = "") -> str:
    sep = {"s": " ", "d": "-", "n": ""}.get(sep_code) if sep_code else None
    if sep is None:
        sep = rng.choices([" ", "-", ""], weights=[55, 15, 30])[0]
    sizes = CARD_GROUPS.get(len(digits), (4, 4, 4, 4))
    return group_digits(digits, sizes, sep)


# IBAN: country -> (length, BBAN shape as count+kind pieces; n digit, a letter, c alphanumeric)
IBAN_SPECS: dict[str, tuple[int, str]] = {
    "AD": (24, "8n12c"),
    "AE": (23, "19n"),
    "AL": (28, "8n16c"),
    "AT": (20, "16n"),
    "AZ": (28, "4a20c"),
    "BA": (20, "16n"),
    "BE": (16, "12n"),
    "BG": (22, "4a6n8c"),
    "BH": (22, "4a14c"),
    "BR": (29, "23n1a1c"),
    "CH": (21, "5n12c"),
    "CR": (22, "18n"),
    "CY": (28, "8n16c"),
    "CZ": (24, "20n"),
    "DE": (22, "18n"),
    "DK": (18, "14n"),
    "DO": (28, "4a20n"),
    "EE": (20, "16n"),
    "EG": (29, "25n"),
    "ES": (24, "20n"),
    "FI": (18, "14n"),
    "FO": (18, "14n"),
    "FR": (27, "10n11c2n"),
    "GB": (22, "4a14n"),
    "GE": (22, "2a16n"),
    "GI": (23, "4a15c"),
    "GL": (18, "14n"),
    "GR": (27, "7n16c"),
    "GT": (28, "4c20c"),
    "HR": (21, "17n"),
    "HU": (28, "24n"),
    "IE": (22, "4a14n"),
    "IL": (23, "19n"),
    "IS": (26, "22n"),
    "IT": (27, "1a10n12c"),
    "JO": (30, "4a4n18c"),
    "KW": (30, "4a22c"),
    "KZ": (20, "3n13c"),
    "LB": (28, "4n20c"),
    "LI": (21, "5n12c"),
    "LT": (20, "16n"),
    "LU": (20, "3n13c"),
    "LV": (21, "4a13c"),
    "MC": (27, "10n11c2n"),
    "MD": (24, "2c18c"),
    "ME": (22, "18n"),
    "MK": (19, "3n10c2n"),
    "MR": (27, "23n"),
    "MT": (31, "4a5n18c"),
    "MU": (30, "4a19n3a"),
    "NL": (18, "4a10n"),
    "NO": (15, "11n"),
    "PK": (24, "4a16c"),
    "PL": (28, "24n"),
    "PS": (29, "4a21c"),
    "PT": (25, "21n"),
    "QA": (29, "4a21c"),
    "RO": (24, "4a16c"),
    "RS": (22, "18n"),
    "SA": (24, "2n18c"),
    "SE": (24, "20n"),
    "SI": (19, "15n"),
    "SK": (24, "20n"),
    "SM": (27, "1a10n12c"),
    "TN": (24, "20n"),
    "TR": (26, "5n1n16c"),
    "UA": (29, "6n19c"),
    "VG": (24, "4a16n"),
    "XK": (20, "16n"),
}
BANK_CODES = {
    "GB": ("BARC", "NWBK", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG", "NAIA"),
    "NL": ("ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"),
    "IE": ("AIBK", "BOFI", "IPBS", "ULSB"),
    "RO": ("BTRL", "RNCB", "BRDE", "INGB", "RZBR"),
    "PK": ("HABB", "MEZN", "UNIL", "SCBL"),
}
IBAN_PIECE = re.compile(r"(\d+)([nac])")


def bban_char(rng: random.Random, kind: str) -> str:
    if kind == "n":
        return rng.choice(DIGITS)
    if kind == "a":
        return rng.choice(UPPER)
    return rng.choice(DIGITS) if rng.random() < 0.9 else rng.choice(UPPER)


def random_bban(rng: random.Random, country: str) -> str:
    _, shape = IBAN_SPECS[country]
    chars = [
        bban_char(rng, kind) for count, kind in IBAN_PIECE.findall(shape) for _ in range(int(count))
    ]
    bban = "".join(chars)
    if country in BANK_CODES:
        bban = rng.choice(BANK_CODES[country]) + bban[4:]
    return bban


def iban_remainder(text: str) -> int:
    rearranged = text[4:] + text[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97


def make_iban(rng: random.Random, country: str) -> str:
    bban = random_bban(rng, country)
    check = 98 - iban_remainder(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    spec = IBAN_SPECS.get(compact[:2])
    if spec is None or len(compact) != spec[0] or not compact.isalnum():
        return False
    return compact[2:4].isdigit() and iban_remainder(compact) == 1


def format_iban(rng: random.Random, iban: str, style: str = "") -> str:
    style = style or rng.choices("gcl", weights=[60, 33, 7])[0]
    if style == "c":
        return iban
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return grouped.lower() if style == "l" else grouped


V6_PREFIXES = (
    "2a02:8108",
    "2a01:4f8",
    "2001:4860",
    "2600:1700",
    "2607:f8b0",
    "2a00:1450",
    "2406:da18",
    "2c0f:fb50",
    "2804:14c",
    "2409:8a28",
    "2001:ee0",
    "2403:6200",
    "2a03:2880",
    "2605:a601",
    "2a0a:a540",
    "2401:4900",
    "2a01:e0a",
    "2800:810",
)


def public_v4(rng: random.Random) -> str:
    while True:
        text = (
            f"{rng.randint(1, 223)}.{rng.randint(0, 255)}."
            f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        )
        if ipaddress.ip_address(text).is_global:
            return text


def public_v6(rng: random.Random) -> str:
    while True:
        groups = rng.choice(V6_PREFIXES).split(":")
        while len(groups) < 8:
            groups.append("0" if rng.random() < 0.25 else f"{rng.getrandbits(16):x}")
        addr = ipaddress.IPv6Address(":".join(groups))
        if addr.is_global:
            return addr.compressed


def private_v4(rng: random.Random) -> str:
    kind = rng.randint(0, 2)
    if kind == 0:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if kind == 1:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(1, 254)}"
    return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def doc_v4(rng: random.Random) -> str:
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


def private_v6(rng: random.Random) -> str:
    tail = ":".join(f"{rng.getrandbits(16):x}" for _ in range(4))
    return rng.choice(
        (
            f"fe80::{tail}",
            f"fd{rng.getrandbits(8):02x}:{tail}::1",
            f"2001:db8::{rng.getrandbits(16):x}",
            "::1",
        )
    )


def ssn_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn_ok(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"\d{3}[ -]?\d{2}[ -]?\d{4}", value) or len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def bad_ssn(rng: random.Random) -> str:
    area, group, serial = ssn_parts(rng)
    kind = rng.randint(0, 4)
    if kind == 0:
        area = "000"
    elif kind == 1:
        area = "666"
    elif kind == 2:
        area = str(rng.randint(900, 999))
    elif kind == 3:
        group = "00"
    else:
        serial = "0000"
    return f"{area}-{group}-{serial}"


EMAIL_RE = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
OBF_AT = re.compile(r"\s*(?:\[at\]|\(at\)|\{at\}|\sat\s|\sAT\s|＠)\s*")
OBF_DOT = re.compile(r"\s*(?:\[dot\]|\(dot\)|\sdot\s|\sDOT\s)\s*")


def email_ok(value: str) -> bool:
    plain = OBF_DOT.sub(".", OBF_AT.sub("@", value))
    return EMAIL_RE.fullmatch(plain) is not None and plain.count("@") == 1


def ip_ok(value: str) -> bool:
    try:
        return ipaddress.ip_address(value).is_global
    except ValueError:
        return False


# --------------------------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------------------------

ACCEPT_TYPES = {
    PhoneNumberType.MOBILE: (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
    PhoneNumberType.FIXED_LINE: (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
    PhoneNumberType.TOLL_FREE: (PhoneNumberType.TOLL_FREE,),
}
NANP = ("US", "CA", "DO", "JM")
TRUNK_PAREN = ("GB", "DE", "AT", "CH", "NL", "BE", "FR", "IE")
DOTTED = ("FR", "BE", "MA", "SN", "CH", "LU")
SLASHED = ("DE", "AT")
BARE_NSN = ("IN",)
EXTENSIONS = (" ext. {}", " x{}", " ext {}", ", ext. {}", " Ext. {}", " x {}")
EXTENSION_WORDS = {"es": (" anexo {}", " ext. {}"), "ru": (" доб. {}",)}


def random_number(rng: random.Random, region: str, ptype: int) -> phonenumbers.PhoneNumber:
    example = phonenumbers.example_number_for_type(region, ptype)
    if example is None:
        ptype = PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, ptype)
    nsn = phonenumbers.national_significant_number(example)
    first = rng.choices((0, 1, 2, 3), weights=(50, 25, 15, 10))[0]
    for keep in (first, 1, 2, 3, 4):
        for _ in range(800):
            cand = nsn[:keep] + rand_digits(rng, len(nsn) - keep)
            num = phonenumbers.parse(f"+{example.country_code}{cand}")
            if (
                cand != nsn
                and phonenumbers.is_valid_number(num)
                and phonenumbers.region_code_for_number(num) == region
                and phonenumbers.number_type(num) in ACCEPT_TYPES[ptype]
            ):
                return num
    raise RuntimeError(f"no random number for {region}")


def intl_forms(num: phonenumbers.PhoneNumber, region: str) -> list[str]:
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    cc = f"+{num.country_code}"
    rest = intl[len(cc) :].strip()
    forms = [intl, intl, intl, phonenumbers.format_number(num, PhoneNumberFormat.E164)]
    if region not in NANP:
        forms += ["00" + intl[1:], "00" + intl[1:]]
    if "-" not in rest:
        forms.append(f"{cc}-{rest.replace(' ', '-')}")
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    if region in TRUNK_PAREN and nat.startswith("0"):
        forms.append(f"{cc} (0){nat[1:]}")
    if region in NANP:
        d = phonenumbers.national_significant_number(num)
        forms += [f"+1 {nat}", f"+1.{d[:3]}.{d[3:6]}.{d[6:]}", f"+1-{d[:3]}-{d[3:6]}-{d[6:]}"]
    return forms


def national_forms(num: phonenumbers.PhoneNumber, region: str) -> list[str]:
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    forms = [nat, nat, nat, re.sub(r"\D", "", nat)]
    if " " in nat and "(" not in nat:
        forms.append(nat.replace(" ", "-"))
        if region in DOTTED:
            forms += [nat.replace(" ", "."), nat.replace(" ", ".")]
        if region in SLASHED:
            head, _, tail = nat.partition(" ")
            forms += [f"{head}/{tail.replace(' ', '')}", f"{head}/{tail}"]
    if region in BARE_NSN:
        d = phonenumbers.national_significant_number(num)
        forms += [d, f"{d[:5]} {d[5:]}"] if len(d) == 10 else [d]
    if region in NANP:
        d = phonenumbers.national_significant_number(num)
        forms += [
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:]}",
            f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
        ]
    return forms


def phone_text_ok(text: str, region: str, num: phonenumbers.PhoneNumber | None = None) -> bool:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(parsed):
        return False
    return num is None or parsed.national_number == num.national_number


def styled_phone(
    rng: random.Random, num: phonenumbers.PhoneNumber, region: str, intl_share: float
) -> str:
    use_intl = rng.random() < intl_share
    forms = intl_forms(num, region) if use_intl else national_forms(num, region)
    forms = [f for f in forms if phone_text_ok(f, region, num)]
    if not forms:
        forms = [phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)]
    return rng.choice(forms)


# --------------------------------------------------------------------------------------------
# Rendering templates
# --------------------------------------------------------------------------------------------


@dataclass
class Piece:
    text: str
    entity: str | None = None
    other: bool = False
    region: str = "US"


@dataclass
class Ctx:
    rng: random.Random
    loc: Locale
    origin: Locale
    world: bool
    region: str
    cache: dict[str, Piece] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    regions: list[str] = field(default_factory=list)
    clock: int = 0

    def person(self, tag: str) -> Person:
        if tag not in self.people:
            taken = [p.display for p in self.people.values()]
            pool = [p for p in self.origin.people if p.display not in taken] or list(
                self.origin.people
            )
            self.people[tag] = self.rng.choice(pool)
        return self.people[tag]


def pick_region(ctx: Ctx, arg: str) -> str:
    if arg == "*":
        return ctx.rng.choice(ALL_REGIONS)
    if arg:
        return arg
    return ctx.region


def phone_slot(ctx: Ctx, arg: str, ptype: int, ext: bool = False) -> Piece:
    region_arg, _, style = arg.partition(",")
    region = pick_region(ctx, region_arg)
    num = random_number(ctx.rng, region, ptype)
    share = {"intl": 1.0, "nat": 0.0}.get(style, 0.75 if ctx.world or region_arg else 0.35)
    text = styled_phone(ctx.rng, num, region, share)
    if ext:
        words = EXTENSION_WORDS.get(ctx.loc.code[:2], EXTENSIONS)
        for _ in range(20):
            cand = text + ctx.rng.choice(words).format(ctx.rng.randint(2, 4999))
            if phone_text_ok(cand, region) and phonenumbers.parse(cand, region).extension:
                text = cand
                break
    ctx.regions.append(region)
    return Piece(text, "PHONE", region=region)


def slot_phone(ctx: Ctx, arg: str, tag: str) -> Piece:
    mobile = ctx.rng.random() < 0.65
    kind = PhoneNumberType.MOBILE if mobile else PhoneNumberType.FIXED_LINE
    return phone_slot(ctx, arg, kind)


def slot_mobile(ctx: Ctx, arg: str, tag: str) -> Piece:
    return phone_slot(ctx, arg, PhoneNumberType.MOBILE)


def slot_landline(ctx: Ctx, arg: str, tag: str) -> Piece:
    return phone_slot(ctx, arg, PhoneNumberType.FIXED_LINE)


def slot_tollfree(ctx: Ctx, arg: str, tag: str) -> Piece:
    return phone_slot(ctx, arg, PhoneNumberType.TOLL_FREE)


def slot_phonex(ctx: Ctx, arg: str, tag: str) -> Piece:
    return phone_slot(ctx, arg, PhoneNumberType.FIXED_LINE, ext=True)


def slot_ssn(ctx: Ctx, arg: str, tag: str) -> Piece:
    area, group, serial = ssn_parts(ctx.rng)
    style = arg or ctx.rng.choices("dsb", weights=[62, 13, 25])[0]
    sep = {"d": "-", "s": " ", "b": ""}[style]
    return Piece(f"{area}{sep}{group}{sep}{serial}", "SSN")


def slot_card(ctx: Ctx, arg: str, tag: str) -> Piece:
    brand, _, sep = arg.partition(",")
    if not brand:
        brand = ctx.rng.choices(list(CARD_WEIGHTS), weights=list(CARD_WEIGHTS.values()))[0]
    return Piece(format_card(ctx.rng, card_number(ctx.rng, brand), sep), "CARD")


def slot_iban(ctx: Ctx, arg: str, tag: str) -> Piece:
    country, _, style = arg.partition(",")
    if country == "*" or (not country and not ctx.origin.ibans):
        country = ctx.rng.choice(sorted(IBAN_SPECS))
    elif not country:
        country = ctx.rng.choice(ctx.origin.ibans)
    return Piece(format_iban(ctx.rng, make_iban(ctx.rng, country), style), "IBAN")


def slot_ip4(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(public_v4(ctx.rng), "IP")


def slot_ip6(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(public_v6(ctx.rng), "IP")


def slot_ip(ctx: Ctx, arg: str, tag: str) -> Piece:
    value = public_v6(ctx.rng) if ctx.rng.random() < 0.2 else public_v4(ctx.rng)
    return Piece(value, "IP")


def email_local(rng: random.Random, person: Person) -> str:
    first, last = person.a_first, person.a_last
    forms = (
        f"{first}.{last}",
        f"{first}{last}",
        f"{first[0]}.{last}",
        f"{first}_{last}",
        f"{first}{last}{rng.randint(1, 99)}",
        f"{last}.{first}",
        f"{first[0]}{last}",
        f"{first}.{last}{rng.randint(70, 99)}",
        f"{first}",
        f"{last}{first[0]}",
    )
    return rng.choice(forms)


def obfuscate(rng: random.Random, address: str) -> str:
    local, _, domain = address.partition("@")
    style = rng.randint(0, 3)
    if style == 0:
        return f"{local} [at] {domain.replace('.', ' [dot] ')}"
    if style == 1:
        return f"{local}(at){domain}"
    if style == 2:
        return f"{local} at {domain.replace('.', ' dot ')}"
    return f"{local} (at) {domain}"


def email_domain(ctx: Ctx, flags: list[str]) -> str:
    rng = ctx.rng
    if "idn" in flags:
        pool = IDN_DOMAINS.get(ctx.loc.code[:2]) or [d for v in IDN_DOMAINS.values() for d in v]
        return rng.choice(pool)
    if "work" in flags or "role" in flags or rng.random() < 0.2:
        domain = rng.choice(ctx.origin.work)
        if "sub" in flags or rng.random() < 0.12:
            domain = rng.choice(("mail.", "corp.", "eu.", "staff.")) + domain
        return domain
    return rng.choice(ctx.origin.mail)


def slot_email(ctx: Ctx, arg: str, tag: str) -> Piece:
    flags = arg.split(",") if arg else []
    rng = ctx.rng
    if "role" in flags:
        local = rng.choice(ROLE_LOCALS)
    else:
        local = email_local(rng, ctx.person(tag))
    if "plus" in flags or ("role" not in flags and rng.random() < 0.07):
        local += "+" + rng.choice(PLUS_TAGS)
    address = f"{local}@{email_domain(ctx, flags)}"
    if "obf" in flags:
        address = obfuscate(rng, address)
    if "fw" in flags:
        address = address.replace("@", "＠")
    return Piece(address, "EMAIL")


def slot_name(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(ctx.person(tag).display)


def slot_first(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(ctx.person(tag).first)


def slot_last(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(ctx.person(tag).last)


def slot_city(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(ctx.rng.choice(ctx.origin.cities))


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_fields(rng: random.Random, first_year: int, last_year: int) -> dict[str, str]:
    y, m, d = rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28)
    return {
        "y": str(y),
        "yy": f"{y % 100:02d}",
        "m": str(m),
        "d": str(d),
        "mm": f"{m:02d}",
        "dd": f"{d:02d}",
        "mon": MONTHS[m - 1],
    }


def slot_date(ctx: Ctx, arg: str, tag: str) -> Piece:
    fmt = arg or ctx.origin.date
    return Piece(fmt.format(**date_fields(ctx.rng, 2019, 2025)), other=True)


def slot_dob(ctx: Ctx, arg: str, tag: str) -> Piece:
    fmt = arg or ctx.origin.date
    return Piece(fmt.format(**date_fields(ctx.rng, 1948, 2005)), other=True)


def slot_iso(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece("{y}-{mm}-{dd}".format(**date_fields(ctx.rng, 2019, 2025)), other=True)


def slot_date8(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece("{y}{mm}{dd}".format(**date_fields(ctx.rng, 2019, 2025)), other=True)


def slot_clock(ctx: Ctx, arg: str, tag: str) -> Piece:
    """Chat timestamps that move forward within a text."""
    ctx.clock = ctx.clock + ctx.rng.randint(1, 40) if ctx.clock else ctx.rng.randint(420, 1200)
    minutes = min(ctx.clock, 1439)
    return Piece(f"{minutes // 60:02d}:{minutes % 60:02d}")


def slot_time(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(f"{ctx.rng.randint(6, 22):02d}:{ctx.rng.choice(range(0, 60, 5)):02d}")


MONEY_SEPARATORS = {
    "en": (",", "."),
    "de": (".", ","),
    "fr": ("\u202f", ","),
    "ch": ("'", "."),
    "in": (",", "."),
}
MAGNITUDES = {"s": (1, 99), "m": (100, 9999), "l": (10000, 250000), "": (5, 2500)}


def group_thousands(n: int, sep: str, indian: bool) -> str:
    text = str(n)
    if indian and len(text) > 3:
        head, tail = text[:-3], text[-3:]
        pairs = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        return sep.join([head, *pairs, tail])
    return f"{n:,}".replace(",", sep)


def slot_amt(ctx: Ctx, arg: str, tag: str) -> Piece:
    style, _, pattern = ctx.origin.money.partition(":")
    thou, dec = MONEY_SEPARATORS[style]
    low, high = MAGNITUDES[arg]
    whole = ctx.rng.randint(low, high)
    if "{i}" in pattern:
        whole *= ctx.rng.choice((100, 1000)) if whole < 5000 else 10
        return Piece(pattern.replace("{i}", group_thousands(whole, thou, False)))
    cents = ctx.rng.choice((0, 0, ctx.rng.randint(1, 99)))
    value = f"{group_thousands(whole, thou, style == 'in')}{dec}{cents:02d}"
    return Piece(pattern.replace("{v}", value))


def slot_int(ctx: Ctx, arg: str, tag: str) -> Piece:
    low, high = re.fullmatch(r"(-?\d+)-(-?\d+)", arg).groups()
    return Piece(str(ctx.rng.randint(int(low), int(high))))


def pattern_value(rng: random.Random, pattern: str) -> str:
    out, escape = [], False
    for ch in pattern:
        if escape:
            out.append(ch)
            escape = False
        elif ch == "^":
            escape = True
        elif ch == "d":
            out.append(rng.choice(DIGITS))
        elif ch == "L":
            out.append(rng.choice(UPPER))
        elif ch == "h":
            out.append(rng.choice(HEX))
        elif ch == "H":
            out.append(rng.choice(HEX.upper()))
        else:
            out.append(ch)
    return "".join(out)


def looks_scored(value: str) -> bool:
    """True for a filler that would itself pass as a card number, IBAN or dashed SSN."""
    digits = re.sub(r"[ -]", "", value)
    if digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits):
        return True
    return iban_ok(value) or (re.fullmatch(r"\d{3}-\d{2}-\d{4}", value) and ssn_ok(value))


def slot_pat(ctx: Ctx, arg: str, tag: str) -> Piece:
    for _ in range(100):
        value = pattern_value(ctx.rng, arg)
        if not looks_scored(value):
            return Piece(value, other=True)
    raise RuntimeError(arg)


def slot_imei(ctx: Ctx, arg: str, tag: str) -> Piece:
    tac = ctx.rng.choice(("35", "86", "01", "35"))
    value = luhn_complete(tac + rand_digits(ctx.rng, 12))
    if arg == "s":
        value = f"{value[:2]} {value[2:8]} {value[8:14]} {value[14]}"
    return Piece(value, other=True)


def slot_siret(ctx: Ctx, arg: str, tag: str) -> Piece:
    value = luhn_complete(ctx.rng.choice("1278") + rand_digits(ctx.rng, 12))
    return Piece(f"{value[:3]} {value[3:6]} {value[6:9]} {value[9:]}", other=True)


def slot_sin(ctx: Ctx, arg: str, tag: str) -> Piece:
    value = luhn_complete(ctx.rng.choice("1234567") + rand_digits(ctx.rng, 7))
    return Piece(f"{value[:3]} {value[3:6]} {value[6:]}", other=True)


def slot_zaid(ctx: Ctx, arg: str, tag: str) -> Piece:
    birth = "{yy}{mm}{dd}".format(**date_fields(ctx.rng, 1950, 2004))
    body = birth + rand_digits(ctx.rng, 4) + ctx.rng.choice("01") + "8"
    return Piece(luhn_complete(body), other=True)


def slot_routing(ctx: Ctx, arg: str, tag: str) -> Piece:
    while True:
        head = f"{ctx.rng.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31)):02d}"
        body = head + rand_digits(ctx.rng, 6)
        for check in DIGITS:
            d = [int(c) for c in body + check]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10:
                continue
            return Piece(body + check, other=True)


EIN_PREFIXES = (
    10,
    12,
    20,
    27,
    33,
    35,
    45,
    46,
    47,
    54,
    61,
    81,
    82,
    83,
    84,
    85,
    86,
    87,
    88,
    91,
    92,
    93,
    94,
    95,
    98,
    99,
)


def slot_ein(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(f"{ctx.rng.choice(EIN_PREFIXES)}-{rand_digits(ctx.rng, 7)}", other=True)


def slot_itin(ctx: Ctx, arg: str, tag: str) -> Piece:
    group = ctx.rng.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
    return Piece(f"9{rand_digits(ctx.rng, 2)}-{group}-{rand_digits(ctx.rng, 4)}", other=True)


def slot_zip4(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(f"{rand_digits(ctx.rng, 5, True)}-{rand_digits(ctx.rng, 4)}", other=True)


def slot_badssn(ctx: Ctx, arg: str, tag: str) -> Piece:
    value = bad_ssn(ctx.rng)
    return Piece(value.replace("-", " ") if arg == "s" else value, other=True)


def slot_badcard(ctx: Ctx, arg: str, tag: str) -> Piece:
    while True:
        digits = ctx.rng.choice(("4", "51", "53", "55", "37")) + rand_digits(ctx.rng, 14)
        if not luhn_ok(digits):
            return Piece(format_card(ctx.rng, digits, arg), other=True)


def slot_badiban(ctx: Ctx, arg: str, tag: str) -> Piece:
    country = arg or (ctx.rng.choice(ctx.origin.ibans) if ctx.origin.ibans else "DE")
    good = make_iban(ctx.rng, country)
    check = (int(good[2:4]) + ctx.rng.randint(1, 9)) % 97
    bad = f"{country}{max(check, 2):02d}{good[4:]}"
    if iban_ok(bad):
        bad = f"{country}{good[2:4]}{good[4:-1]}{(int(good[-1]) + 1) % 10}"
    return Piece(format_iban(ctx.rng, bad, "g"), other=True)


def slot_last4(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(rand_digits(ctx.rng, 4))


def slot_uuid(ctx: Ctx, arg: str, tag: str) -> Piece:
    h = f"{ctx.rng.getrandbits(128):032x}"
    return Piece(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}", other=True)


def slot_sha(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(f"{ctx.rng.getrandbits(160):040x}"[: int(arg or 40)], other=True)


def slot_sha256(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(f"{ctx.rng.getrandbits(256):064x}", other=True)


def slot_ver(ctx: Ctx, arg: str, tag: str) -> Piece:
    rng = ctx.rng
    major, minor, patch = rng.randint(1, 24), rng.randint(0, 40), rng.randint(0, 30)
    forms = (
        f"{major}.{minor}.{patch}",
        f"v{major}.{minor}.{patch}",
        f"{major}.{minor}.{patch}-rc.{rng.randint(1, 5)}",
        f"{major}.{minor}.{rng.randint(1000, 29999)}.{rng.randint(1, 999)}",
    )
    return Piece(rng.choice(forms), other=True)


def ean_check(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def slot_isbn(ctx: Ctx, arg: str, tag: str) -> Piece:
    while True:
        body = ctx.rng.choice(("978", "979")) + rand_digits(ctx.rng, 9)
        full = body + ean_check(body)
        if not luhn_ok(full):
            cut = ctx.rng.randint(5, 8)
            return Piece(
                f"{full[:3]}-{full[3]}-{full[4:cut]}-{full[cut:12]}-{full[12]}", other=True
            )


def slot_ean(ctx: Ctx, arg: str, tag: str) -> Piece:
    while True:
        body = rand_digits(ctx.rng, 12, True)
        full = body + ean_check(body)
        if not luhn_ok(full):
            return Piece(full, other=True)


def slot_coord(ctx: Ctx, arg: str, tag: str) -> Piece:
    lat = ctx.rng.uniform(-55, 65)
    lon = ctx.rng.uniform(-170, 175)
    return Piece(f"{lat:.5f}, {lon:.5f}", other=True)


def slot_mac(ctx: Ctx, arg: str, tag: str) -> Piece:
    parts = [f"{ctx.rng.getrandbits(8):02x}" for _ in range(6)]
    sep = ctx.rng.choice((":", "-"))
    text = sep.join(parts)
    return Piece(text.upper() if sep == "-" else text, other=True)


def slot_pip(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(private_v4(ctx.rng), other=True)


def slot_docip(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(doc_v4(ctx.rng), other=True)


def slot_pip6(ctx: Ctx, arg: str, tag: str) -> Piece:
    return Piece(private_v6(ctx.rng), other=True)


SLOTS = {
    "phone": slot_phone,
    "mobile": slot_mobile,
    "landline": slot_landline,
    "tollfree": slot_tollfree,
    "phonex": slot_phonex,
    "ssn": slot_ssn,
    "card": slot_card,
    "iban": slot_iban,
    "ip4": slot_ip4,
    "ip6": slot_ip6,
    "ip": slot_ip,
    "email": slot_email,
    "name": slot_name,
    "first": slot_first,
    "last": slot_last,
    "city": slot_city,
    "date": slot_date,
    "dob": slot_dob,
    "iso": slot_iso,
    "date8": slot_date8,
    "time": slot_time,
    "amt": slot_amt,
    "int": slot_int,
    "pat": slot_pat,
    "imei": slot_imei,
    "siret": slot_siret,
    "sin": slot_sin,
    "routing": slot_routing,
    "ein": slot_ein,
    "itin": slot_itin,
    "zip4": slot_zip4,
    "badssn": slot_badssn,
    "badcard": slot_badcard,
    "badiban": slot_badiban,
    "last4": slot_last4,
    "uuid": slot_uuid,
    "sha": slot_sha,
    "sha256": slot_sha256,
    "ver": slot_ver,
    "isbn": slot_isbn,
    "ean": slot_ean,
    "coord": slot_coord,
    "mac": slot_mac,
    "pip": slot_pip,
    "docip": slot_docip,
    "pip6": slot_pip6,
    "zaid": slot_zaid,
    "clock": slot_clock,
}

TOKEN_RE = re.compile(r"⟪([^⟫]+)⟫")
CHOICE_RE = re.compile(r"⟦([^⟧]*)⟧")


def resolve(ctx: Ctx, token: str) -> Piece:
    if token not in ctx.cache:
        base, _, tag = token.partition("#")
        name, _, arg = base.partition(":")
        ctx.cache[token] = SLOTS[name](ctx, arg, tag)
    return ctx.cache[token]


@dataclass
class Rendered:
    text: str
    spans: list[tuple[str, int, int, str]]
    waived: list[tuple[int, int]]


def render(ctx: Ctx, body: str) -> Rendered:
    body = CHOICE_RE.sub(lambda m: ctx.rng.choice(m.group(1).split("|")), body)
    out: list[str] = []
    length = 0
    spans: list[tuple[str, int, int, str]] = []
    waived: list[tuple[int, int]] = []
    pos = 0
    for match in TOKEN_RE.finditer(body):
        literal = body[pos : match.start()]
        out.append(literal)
        length += len(literal)
        piece = resolve(ctx, match.group(1))
        if piece.entity:
            spans.append((piece.entity, length, length + len(piece.text), piece.region))
        if piece.other:
            waived.append((length, length + len(piece.text)))
        out.append(piece.text)
        length += len(piece.text)
        pos = match.end()
    out.append(body[pos:])
    return Rendered("".join(out), spans, waived)


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

GROUPED_RE = re.compile(r"(?<!\d)\d+(?:[ -]\d+)*(?!\d)")
IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)")
IPV6_RE = re.compile(
    r"(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}"
    r"(?![0-9A-Fa-f:])"
)
SSN_DASHED_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
SPAN_CHECKS = {
    "EMAIL": email_ok,
    "CARD": lambda v: card_ok(re.sub(r"[ -]", "", v)),
    "IBAN": iban_ok,
    "IP": ip_ok,
    "SSN": ssn_ok,
}


def span_problems(rendered: Rendered) -> list[str]:
    problems = []
    spans = sorted(rendered.spans, key=lambda s: s[1])
    for i, (entity, start, end, region) in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        value = rendered.text[start:end]
        ok = phone_text_ok(value, region) if entity == "PHONE" else SPAN_CHECKS[entity](value)
        if not ok or value != value.strip():
            problems.append(f"invalid {entity} span {value!r}")
        if nxt is not None and nxt[1] < end:
            problems.append(f"overlapping spans at {start}")
    return problems


def luhn_runs(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in GROUPED_RE.finditer(text):
        groups = [
            (m.start() + match.start(), m.end() + match.start())
            for m in re.finditer(r"\d+", match.group())
        ]
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                start, end = groups[i][0], groups[j][1]
                digits = re.sub(r"\D", "", text[start:end])
                if 13 <= len(digits) <= 19 and luhn_ok(digits):
                    found.append((start, end, "Luhn-valid run"))
    return found


def iban_candidates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in IBAN_START_RE.finditer(text):
        country = match.group()[:2].upper()
        if country not in IBAN_SPECS:
            continue
        want = IBAN_SPECS[country][0]
        chars, pos = [], match.start()
        while pos < len(text) and len(chars) < want:
            ch = text[pos]
            if ch.isascii() and ch.isalnum():
                chars.append(ch)
            elif not (ch == " " and pos + 1 < len(text) and text[pos + 1].isalnum()):
                break
            pos += 1
        if len(chars) == want and iban_ok("".join(chars)):
            found.append((match.start(), pos, "IBAN"))
    return found


def ip_candidates(text: str) -> list[tuple[int, int, str]]:
    found = []
    for regex in (IPV4_RE, IPV6_RE):
        for match in regex.finditer(text):
            if ip_ok(match.group()):
                found.append((match.start(), match.end(), "public IP"))
    return found


def regex_candidates(text: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), "e-mail") for m in EMAIL_RE.finditer(text)]
    found += [
        (m.start(), m.end(), "dashed SSN")
        for m in SSN_DASHED_RE.finditer(text)
        if ssn_ok(m.group())
    ]
    return found


def phone_candidates(text: str, regions: list[str]) -> list[tuple[int, int, str]]:
    found = []
    for region in dict.fromkeys([*regions, "US"]):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
            found.append((match.start, match.end, f"phone ({region})"))
    return found


def sweep_problems(rendered: Rendered, regions: list[str]) -> list[str]:
    taken = [(s, e) for _, s, e, _ in rendered.spans] + rendered.waived
    text = rendered.text
    candidates = (
        luhn_runs(text)
        + iban_candidates(text)
        + ip_candidates(text)
        + regex_candidates(text)
        + phone_candidates(text, regions)
    )
    problems = []
    for start, end, what in candidates:
        if not any(s < end and start < e for s, e in taken):
            problems.append(f"unlabelled {what}: {text[start:end]!r}")
    return problems


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

HEADER_RE = re.compile(r"^@@ (\S+) ([PN]) (\d+) (.+)$")


@dataclass
class Template:
    locale: str
    kind: str
    count: int
    note: str
    lines: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(self.lines).strip("\n")


def parse_templates(block: str) -> list[Template]:
    templates: list[Template] = []
    for line in block.split("\n"):
        header = HEADER_RE.match(line)
        if header:
            locale, kind, count, note = header.groups()
            templates.append(Template(locale, kind, int(count), note))
        elif templates:
            templates[-1].lines.append(line)
        elif line.strip():
            raise ValueError(f"text before the first header: {line!r}")
    return templates


def new_ctx(rng: random.Random, template: Template) -> Ctx:
    world = template.locale == "en"
    origin = LOCALES[rng.choice(WORLD_ORIGINS)] if world else LOCALES[template.locale]
    loc = origin if world else LOCALES[template.locale]
    return Ctx(rng, loc, origin, world, rng.choice(origin.regions))


def render_checked(rng: random.Random, template: Template) -> tuple[Rendered, list[str]]:
    problems: list[str] = []
    for _ in range(40):
        ctx = new_ctx(rng, template)
        rendered = render(ctx, template.body)
        problems = span_problems(rendered) + sweep_problems(rendered, [ctx.region, *ctx.regions])
        if template.kind == "N" and rendered.spans:
            problems.append("hard negative with spans")
        if template.kind == "P" and not rendered.spans:
            problems.append("positive without spans")
        if not problems:
            return rendered, []
    return rendered, problems


def to_record(template: Template, rendered: Rendered) -> dict:
    spans = [
        {"entity": e, "start": s, "end": t}
        for e, s, t, _ in sorted(rendered.spans, key=lambda x: x[1])
    ]
    kind = "positive" if template.kind == "P" else "hard_negative"
    return {
        "text": rendered.text,
        "spans": spans,
        "kind": kind,
        "note": f"{template.note} [{template.locale}]",
    }


def build_records(templates: list[Template]) -> tuple[list[dict], set[str]]:
    rng = random.Random(SEED)
    records: list[dict] = []
    seen: set[str] = set()
    failures = []
    regions: set[str] = set()
    for template in templates:
        for _ in range(template.count):
            rendered, problems = render_checked(rng, template)
            if problems or rendered.text in seen:
                failures.append(f"{template.note}: {problems or 'duplicate'}\n{rendered.text}")
                continue
            seen.add(rendered.text)
            regions.update(r for e, _, _, r in rendered.spans if e == "PHONE")
            records.append(to_record(template, rendered))
    if failures:
        raise SystemExit("\n\n".join(failures))
    rng.shuffle(records)
    return records, regions


def report(records: list[dict], regions: set[str], templates: list[Template]) -> None:
    kinds = Counter(r["kind"] for r in records)
    texts_with: Counter[str] = Counter()
    span_total: Counter[str] = Counter()
    for record in records:
        entities = [s["entity"] for s in record["spans"]]
        span_total.update(entities)
        texts_with.update(set(entities))
    print(f"texts: {len(records)}  " + "  ".join(f"{k}: {v}" for k, v in sorted(kinds.items())))
    for entity in SCORED:
        print(f"{entity:6s} texts {texts_with[entity]:4d}  spans {span_total[entity]:4d}")
    languages = sorted({t.locale.split("_")[0] for t in templates})
    print(f"phone regions ({len(regions)}): {' '.join(sorted(regions))}")
    print(
        f"locales ({len({t.locale for t in templates})}), languages ({len(languages)}): "
        f"{' '.join(languages)}"
    )
    short = {e: n for e, n in MINIMUMS.items() if texts_with[e] < n}
    if short or kinds["hard_negative"] < 200 or len(records) < 650:
        raise SystemExit(f"below the minimums: {short} {dict(kinds)}")


def main() -> None:
    templates = parse_templates("\n".join(TEMPLATE_BLOCKS))
    records, regions = build_records(templates)
    with OUT_PATH.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    report(records, regions, templates)


# Template syntax: "@@ <locale> <P|N> <copies> <note>" starts a scene; its body runs to the next
# header.  ⟪slot⟫, ⟪slot:arg⟫ and ⟪slot#tag⟫ are filled per copy (the same token gives the same
# value within a text), ⟦a|b|c⟧ picks one alternative.  A backslash at the end of a line joins
# it to the next (Python's own line continuation), so long lines stay under 100 characters.

US_TEMPLATES = """
@@ en_US P 4 W-2 wage statement turned into text
Form W-2 Wage and Tax Statement ⟪int:2020-2024⟫
a Employee's social security number
⟪ssn⟫
b Employer identification number (EIN)    ⟪ein⟫
c Employer's name, address, and ZIP code
⟦Harbor Freight Logistics LLC|Mesa Verde Dental Group|Tri-County Roofing Inc.|Blue Heron \
Software Corp.⟧
⟪int:100-9899⟫ Commerce Pkwy, ⟪city⟫ ⟪zip4⟫
e Employee's first name and initial   Last name
⟪first⟫ ⟦A.|J.|M.|R.⟧   ⟪last⟫
1 Wages, tips, other compensation  ⟪amt:l⟫    2 Federal income tax withheld  ⟪amt:m⟫

@@ en_US P 3 W-9 request, SSN in the TIN boxes
Form W-9 (Rev. March 2024)  Request for Taxpayer Identification Number and Certification
1 Name (as shown on your income tax return) ⟪name⟫
3a Check the appropriate box for federal tax classification: [X] Individual/sole proprietor
5 Address (number, street, and apt. or suite no.) ⟪int:10-999⟫ ⟦Elm|Birch|Juniper|Walnut⟧ St
Part I Taxpayer Identification Number (TIN)
Social security number
⟪ssn:s⟫
or
Employer identification number
__ - _______

@@ en_US P 3 1099-NEC recipient copy
1099-NEC  Nonemployee Compensation  Copy B For Recipient  ⟪int:2021-2024⟫
PAYER'S TIN ⟪ein⟫        RECIPIENT'S TIN ⟪ssn:d⟫
RECIPIENT'S name  ⟪name⟫
City or town, state or province, country, and ZIP  ⟪city⟫, ⟦TX|OH|AZ|NC|GA⟧ ⟪zip4⟫
1 Nonemployee compensation $ ⟪int:1200-48000⟫.00
Account number (see instructions)  ⟪pat:dddd-dddd⟫

@@ en_US P 2 1099-INT from a credit union
⟦Redwood|Pinecrest|Riverbend⟧ Federal Credit Union — Form 1099-INT
RECIPIENT'S TIN: ⟪ssn⟫
Member: ⟪name⟫
Box 1 Interest income ........ ⟪amt:s⟫
Box 4 Federal income tax withheld ........ $0.00
Questions? Call member services at ⟪tollfree:US⟫.

@@ en_US P 3 payroll CSV export with a bare ssn column
employee_id,last_name,first_name,ssn,hire_date,hourly_rate
E⟪pat:dddd⟫,⟪last⟫,⟪first⟫,⟪ssn:b⟫,⟪iso⟫,⟪int:15-48⟫.50
E⟪pat:dddd#2⟫,⟪last#2⟫,⟪first#2⟫,⟪ssn:b#2⟫,⟪iso#2⟫,⟪int:15-48#2⟫.00
E⟪pat:dddd#3⟫,⟪last#3⟫,⟪first#3⟫,⟪ssn#3⟫,⟪iso#3⟫,⟪int:15-48#3⟫.25

@@ en_US P 2 payroll TSV with routing numbers next to the SSN
Name\tSSN\tRouting\tAccount\tNet pay
⟪name⟫\t⟪ssn:d⟫\t⟪routing⟫\t⟪pat:dddddddddd⟫\t⟪amt:m⟫
⟪name#2⟫\t⟪ssn:d#2⟫\t⟪routing#2⟫\t⟪pat:dddddddd⟫\t⟪amt:m#2⟫

@@ en_US P 3 HR onboarding e-mail
From: ⟪name⟫ <⟪email⟫>
To: ⟪email:role#hr⟫
Subject: Re: I-9 and direct deposit

Hi, attaching the voided check. For the I-9 my SSN is ⟪ssn⟫ and my cell is ⟪mobile⟫ if you need \
anything before ⟪date⟫.
Thanks, ⟪first⟫

@@ en_US P 3 mortgage pre-approval JSON from a lender portal
{"applicant": {"fullName": "⟪name⟫", "ssn": "⟪ssn⟫", "dob": "⟪dob⟫",
  "phone": "⟪phone⟫", "email": "⟪email⟫"},
 "loan": {"amount": ⟪int:180000-640000⟫, "termMonths": 360, "rate": 6.⟪int:10-95⟫},
 "employer": {"name": "⟦Acme Tools|Sunbelt Rentals|Mercy Health|Lowe's⟧", "years": ⟪int:1-19⟫}}

@@ en_US P 3 medical intake form turned into text
PATIENT REGISTRATION — ⟦Lakeshore Family Medicine|Desert Sky Pediatrics|Bayview Orthopedics⟧
Patient name: ⟪name⟫          Date of birth: ⟪dob⟫
Social Security
Number: ⟪ssn⟫
Home phone: ⟪landline⟫     Cell: ⟪mobile⟫
Emergency contact: ⟪name#2⟫, cell ⟪mobile#2⟫
Insurance member ID: ⟪pat:LLLdddddddd⟫   Group #: ⟪pat:dddddd⟫

@@ en_US P 3 WhatsApp chat with a tax preparer
[⟪date⟫, ⟪clock⟫] ⟪first⟫: hi! do you still need anything for my return?
[⟪date⟫, ⟪clock#2⟫] ⟦Gloria|Tax Pro Ray|Nina (CPA)⟧: yes, your husband's SSN and the kids' DOBs
[⟪date⟫, ⟪clock#3⟫] ⟪first⟫: his is ⟪ssn⟫. Mia ⟪dob⟫, Leo ⟪dob#2⟫
[⟪date⟫, ⟪clock#4⟫] ⟦Gloria|Tax Pro Ray|Nina (CPA)⟧: perfect, thanks

@@ en_US P 3 bank call transcript
AGENT: Thank you for calling, this call may be recorded. Can I have your full name?
CALLER: ⟪name⟫.
AGENT: And to verify, the Social Security number on the account?
CALLER: ⟪ssn⟫.
AGENT: Thank you. Is ⟪mobile⟫ still the best number to reach you?
CALLER: Yes. And I want to dispute a charge on the card ending ⟪last4⟫.

@@ en_US P 3 notes app: important numbers
Important numbers (do NOT share)
- my SSN: ⟪ssn⟫
- ⟦Dad|Mom|Grandma⟧ SSN ⟪ssn#2⟫ (for Medicare stuff)
- Costco Visa ⟪card:visa⟫ exp ⟪int:1-12⟫/⟪int:26-31⟫
- vet: ⟪landline⟫
- garage code 4471

@@ en_US P 3 tenant screening spreadsheet
Applicant\tSSN\tMonthly income\tCurrent landlord phone\tScore
⟪name⟫\t⟪ssn⟫\t⟪amt:m⟫\t⟪landline⟫\t⟪int:580-810⟫
⟪name#2⟫\t⟪ssn#2⟫\t⟪amt:m#2⟫\t⟪mobile⟫\t⟪int:580-810#2⟫

@@ en_US P 2 store credit card application
Apply for the ⟦Target|Kohl's|Macy's⟧ card — step 2 of 3
Social Security Number*  ⟪ssn:b⟫
Annual income*  ⟪amt:l⟫
Mobile phone*  ⟪mobile:,nat⟫
Email*  ⟪email:plus⟫

@@ en_US P 2 FAFSA worksheet note
FAFSA ⟦2024–25|2025–26|2026–27⟧ worksheet
Student: ⟪name⟫, SSN ⟪ssn⟫
Parent 1: ⟪name#2⟫, SSN ⟪ssn#2⟫, email ⟪email#2⟫
FSA ID username: ⟦mkcampbell07|jr_ortiz|lilyb2006⟧

@@ en_US P 2 auto insurance claim summary
CLAIM SUMMARY  Claim no. ⟪pat:dd-dddddd-LL⟫  Date of loss: ⟪date⟫
Insured: ⟪name⟫   SSN (last 4 on file: ⟪last4⟫)
Other driver: ⟪name#2⟫, SSN ⟪ssn⟫, ph ⟪phone⟫
Adjuster: ⟦Dana Whitlock|Ray Castillo⟧ ⟪phonex⟫

@@ en_US P 2 background check vendor log line
⟪iso⟫T⟪time⟫:12Z INFO order=⟪pat:BG-dddddd⟫ subject="⟪name⟫" ssn=⟪ssn:d⟫ dob=⟪iso#2⟫ \
status=COMPLETE client_ip=⟪ip4⟫

@@ en_US P 2 Social Security Administration letter
Social Security Administration
Retirement, Survivors and Disability Insurance
Notice of Award
⟪name⟫
⟪int:100-9999⟫ ⟦Lakeview|Sycamore|Prospect⟧ Rd, ⟪city⟫
Claim number on this letter is your Social Security number: ⟪ssn⟫
If you have questions, call ⟪tollfree:US⟫ (TTY users: see the back of this letter).

@@ en_US P 3 texts between spouses while filing taxes
⟪first⟫: babe what's your social again, turbotax is asking
⟪first#2⟫: ⟪ssn⟫
⟪first#2⟫: and don't save it in the notes app lol
⟪first⟫: too late 🙃

@@ en_US P 2 daycare enrollment packet
Little Acorns Early Learning — Enrollment
Child: ⟪first⟫ ⟪last⟫   DOB ⟪dob⟫
Child SSN (optional, for subsidy): ⟪ssn⟫
Parent/guardian: ⟪name#2⟫   Work phone: ⟪phonex⟫   Cell: ⟪mobile⟫
Authorized pick-up: ⟪name#3⟫ ⟪mobile#3⟫

@@ en_US P 2 YAML from a household budgeting app
household:
  members:
    - name: ⟪name⟫
      ssn: "⟪ssn:b⟫"
      email: ⟪email⟫
    - name: ⟪name#2⟫
      ssn: "⟪ssn#2⟫"
      phone: "⟪mobile⟫"
  filing_status: married_joint

@@ en_US P 3 API request log with SSN in the body
⟪iso⟫ ⟪time⟫:41.202 POST /v2/verify-identity 200 312ms \
body={"first_name":"⟪first⟫","last_name":"⟪last⟫","ssn":"⟪ssn⟫","zip":"⟪int:10001-99950⟫"} \
remote=⟪ip⟫

@@ en_US P 2 SQL seed script in a side project
INSERT INTO customers (id, full_name, ssn, phone, email) VALUES
  (⟪int:100-999⟫, '⟪name⟫', '⟪ssn:d⟫', '⟪phone⟫', '⟪email⟫'),
  (⟪int:1000-1999⟫, '⟪name#2⟫', '⟪ssn:d#2⟫', '⟪phone#2⟫', '⟪email#2⟫');

@@ en_US P 2 payslip converted from PDF
EARNINGS STATEMENT   Pay date ⟪date⟫   Period ⟪date#2⟫ – ⟪date#3⟫
Employee: ⟪name⟫   Employee ID: ⟪pat:dddddd⟫   SSN: XXX-XX-⟪last4⟫
Regular  80.00  ⟪int:18-45⟫.00  ⟪amt:m⟫
Net pay deposited to account ending ⟪last4#2⟫
Questions about your pay: payroll ⟪phonex:US⟫ or ⟪email:role⟫
Employee SSN on file (full, for W-2 correction request): ⟪ssn⟫

@@ en_US P 2 Form 1040 header lines
Form 1040 U.S. Individual Income Tax Return ⟪int:2021-2024⟫
Your first name and middle initial  ⟪first⟫ ⟦K|L|P⟧   Last name  ⟪last⟫
Your social security number  ⟪ssn:s⟫
If joint return, spouse's first name  ⟪first#2⟫   Last name  ⟪last⟫
Spouse's social security number  ⟪ssn:s#2⟫
Home address  ⟪int:10-9999⟫ ⟦Cherry|Hill|Pine⟧ Ln   Apt. no. ⟪int:1-40⟫

@@ en_US P 2 cue after the number in a chat
⟪ssn:b⟫ ← that's my social, please delete this message after you copy it
ok copied and deleted on my side

@@ en_US P 2 cue in the column header, value two lines down
EMPLOYEE VERIFICATION
SSN                       DOB               HIRE DATE
-----------------------   ---------------   ----------
⟪ssn⟫               ⟪dob⟫        ⟪iso⟫

@@ en_US P 2 landlord asks for SSN over SMS
Hi this is ⟪first⟫ from ⟦Oakwood|Parkside|Maple Court⟧ Apartments. For the background check \
I still need the SSN for your co-signer.
> sure it's ⟪ssn⟫, his name is ⟪name#2⟫
Thanks! Approval usually takes 24-48 hrs.

@@ en_US P 2 credit freeze worksheet
Credit freeze - done ⟪date⟫
Equifax PIN: ⟪pat:dddddddddd⟫
Experian PIN: ⟪pat:dddddddddd#2⟫
TransUnion login ⟪email:plus⟫
SSN used: ⟪ssn⟫

@@ en_US P 2 1099-K marketplace payout notice
Your ⟪int:2022-2024⟫ Form 1099-K is ready.
Payee TIN on file: ⟪ssn:d⟫ (individual)
Gross payments: ⟪amt:l⟫
Payout bank: routing ⟪routing⟫, account ••••⟪last4⟫

@@ en_US P 3 pharmacy and clinic SMS
⟦CVS|Walgreens|Rite Aid⟧: Your prescription is ready for pickup. Questions? Call ⟪landline⟫. \
Reply STOP to opt out.
Dr. ⟦Patel|Simmons|Gutierrez⟧'s office: reminder of your appt ⟪date⟫ ⟪time⟫. To reschedule \
call ⟪phonex⟫.

@@ en_US P 3 contacts CSV export
Name,Mobile,Home,Email,Birthday
⟪name⟫,⟪mobile⟫,⟪landline⟫,⟪email⟫,⟪dob⟫
⟪name#2⟫,⟪mobile#2⟫,,⟪email#2⟫,
⟪name#3⟫,⟪mobile#3⟫,⟪landline#3⟫,,⟪dob#3⟫

@@ en_US P 3 e-mail signature
Best regards,

⟪name⟫
⟦Senior Project Manager|Office Manager|Leasing Consultant|Paralegal⟧
⟦Brightline Logistics|Summit Builders|Northfield CPA Group⟧
O: ⟪phonex⟫ | M: ⟪mobile⟫
⟪email:work⟫

@@ en_US P 2 voicemail transcript
Voicemail from ⟪phone⟫, 0:42
"Hey, it's ⟪first⟫ from the dealership, your car is ready. You can call me back directly at \
⟪mobile⟫, I'm here till six."

@@ en_US P 2 Craigslist style listing
FREE couch, must pick up this weekend (⟦Midtown|Eastside|near the college⟧). Text ⟪mobile:,nat⟫, \
no calls after 9pm please. Serious only.

@@ en_US P 2 calendar entry export
BEGIN:VEVENT
SUMMARY:Closing with ⟦title company|realtor⟧
DTSTART:⟪date8⟫T150000
LOCATION:⟪int:100-999⟫ Main St Suite ⟪int:100-450⟫
DESCRIPTION:Bring ID. Escrow officer ⟪name⟫ ⟪phonex⟫\\, ⟪email:work⟫
END:VEVENT

@@ en_US P 3 chat: sending card details to a family member
⟪first⟫: can you book the flights on my card? i'm at work
⟪first⟫: ⟪card⟫ exp ⟪int:1-12⟫/⟪int:26-31⟫ cvv ⟪int:100-999⟫
⟪first#2⟫: got it, booking now
⟪first⟫: zip is ⟪int:10001-99950⟫ if it asks

@@ en_US P 2 online order confirmation with payment block
Order #⟪pat:ddd-ddddddd-ddddddd⟫ placed ⟪date⟫
Ship to: ⟪name⟫, ⟪city⟫ ⟪zip4⟫
Payment: ⟪card:amex⟫ (billing phone ⟪phone⟫)
Total: ⟪amt⟫

@@ en_US P 2 restaurant receipt with the full card printed (old terminal)
⟦JOE'S DINER|LA PALMA TAQUERIA|THE RUSTY ANCHOR⟧
⟪date⟫  ⟪time⟫   SERVER: ⟦KIM|DJ|ROSA⟧  TABLE ⟪int:1-30⟫
SUBTOTAL ⟪amt:s⟫
CARD # ⟪card:,n⟫
AUTH ⟪pat:dddddd⟫
TIP ______  TOTAL ______

@@ en_US P 3 nginx access log
⟪ip4⟫ - - [⟪int:10-28⟫/⟦Mar|Apr|May⟧/2024:⟪time⟫:07 +0000] "GET /wp-login.php HTTP/1.1" 404 \
153 "-" "Mozilla/5.0"
⟪ip4#2⟫ - - [⟪int:10-28⟫/⟦Mar|Apr|May⟧/2024:⟪time⟫:09 +0000] "POST /api/login HTTP/1.1" 200 \
512 "-" "okhttp/4.9.2"
⟪pip⟫ - - [⟪int:10-28⟫/⟦Mar|Apr|May⟧/2024:⟪time⟫:11 +0000] "GET /healthz HTTP/1.1" 200 2 "-" \
"kube-probe/1.29"

@@ en_US P 3 sshd auth log
⟦Mar|Apr|Jun⟧ ⟪int:10-28⟫ ⟪time⟫:01 vps-⟪int:1-9⟫ sshd[⟪int:1000-40000⟫]: Failed password for \
invalid user admin from ⟪ip4⟫ port ⟪int:30000-65000⟫ ssh2
⟦Mar|Apr|Jun⟧ ⟪int:10-28⟫ ⟪time⟫:03 vps-⟪int:1-9⟫ sshd[⟪int:1000-40000⟫]: Accepted publickey for \
deploy from ⟪ip⟫ port ⟪int:30000-65000#2⟫ ssh2: ED25519 SHA256:⟪pat:hhhhhhhhhhhhhhhh⟫

@@ en_US P 2 fail2ban ban list
2024-0⟪int:1-9⟫-1⟪int:0-9⟫ ⟪time⟫:22,118 fail2ban.actions [812]: NOTICE [sshd] Ban ⟪ip4⟫
2024-0⟪int:1-9⟫-1⟪int:0-9⟫ ⟪time⟫:49,630 fail2ban.actions [812]: NOTICE [sshd] Ban ⟪ip4#2⟫
2024-0⟪int:1-9⟫-1⟪int:0-9⟫ ⟪time⟫:02,004 fail2ban.actions [812]: NOTICE [nginx-botsearch] \
Ban ⟪ip6⟫

@@ en_US P 2 raw e-mail headers
Return-Path: <⟪email⟫>
Received: from mail-⟦oi1|pj1|yb1⟧-f⟪int:170-199⟫.google.com (mail.google.com [⟪ip4⟫])
    by mx.⟦redwoodcu.org|summitbuilders.net⟧ with ESMTPS id ⟪pat:hhhhhhhhhh⟫
    for <⟪email:work#2⟫>; ⟪date⟫ ⟪time⟫:33 -0500
X-Originating-IP: [⟪ip4#2⟫]
"""

ENGLISH_TEMPLATES = """
@@ en P 4 WhatsApp chat: sharing a friend's number abroad
[⟪clock⟫] ⟪first⟫: do you have ⟪first#2⟫'s number? my phone died and I lost everything
[⟪clock#2⟫] ⟪first#3⟫: yeah here ⟪mobile:*⟫
[⟪clock#2⟫] ⟪first#3⟫: that's the WhatsApp one, not the old one
[⟪clock#3⟫] ⟪first⟫: legend, thanks

@@ en P 3 Telegram group: airport pickup
Arrival ⟪date⟫ ⟦QR 701|EK 205|TK 33|LH 400|ET 500⟧ lands ⟪time⟫.
Driver: ⟦Samir|Joseph|Wei|Amadou|Pedro⟧, car plate on the sign. Call/text him on ⟪mobile⟫ \
or me on ⟪mobile:*,intl⟫ if anything changes.

@@ en P 3 conference attendee list (CSV)
first_name,last_name,organisation,country,email,phone
⟪first⟫,⟪last⟫,⟦Univ. of Lagos|TU Delft|IIT Madras|UNAM|KTH|Monash⟧,⟪int:1-9⟫,⟪email⟫,⟪phone⟫
⟪first#2⟫,⟪last#2⟫,⟦WHO|UNICEF|Red Cross|MSF⟧,⟪int:1-9#2⟫,⟪email:work#2⟫,⟪mobile:*⟫

@@ en P 3 Airbnb host message
Hi ⟪first⟫! Check-in is from 3pm. The key box code is ⟪int:1000-9999⟫. If you get lost call \
me on ⟪mobile⟫ — my cleaner ⟪first#2⟫ (⟪mobile#2⟫) will be there until noon.
WiFi: HomeNet_⟪int:10-99⟫ / pass sunflower⟪int:10-99#2⟫

@@ en P 3 forum post asking for help with a ban
Title: Got IP banned from the server for no reason??
Body: my IP is ⟪ip4⟫ (⟦Comcast|Vodafone|Airtel|Jio|Telstra|Orange⟧), was just playing normally \
last night. Can a mod check? My username is ⟦xXdarkwolfXx|kiki_plays|mango_lassi|tobi.k⟧. \
My router shows ⟪pip⟫ but that's the local one I think.

@@ en P 3 VPS welcome e-mail
Your new server is ready!
Hostname: ⟦srv|node|web⟧-⟪int:100-999⟫.⟦fsn1|hel1|ams3|sgp1|nyc3⟧
IPv4: ⟪ip4⟫
IPv6: ⟪ip6⟫
Root password was sent by SMS to ⟪mobile:*,intl⟫.
Billing contact: ⟪email⟫

@@ en P 3 nginx config allow-list
# only office and home may reach the admin
location /admin/ {
    allow ⟪ip4⟫;      # office (⟦Berlin|Lagos|Pune|Lima|Osaka⟧)
    allow ⟪ip4#2⟫;    # ⟪first⟫ home
    allow ⟪pip⟫/24;  # vpn
    deny all;
}

@@ en P 2 firewall rules with IPv6
ufw allow from ⟪ip6⟫ to any port 22 proto tcp   # my laptop via ⟦Hetzner|OVH|Linode⟧ jump host
ufw allow from ⟪ip4⟫ to any port 5432            # reporting box
ufw allow from ⟪pip⟫ to any                        # LAN

@@ en P 2 fraud alert e-mail with login IP
We noticed a new sign-in to your account.
Account: ⟪email:plus⟫
When: ⟪date⟫ ⟪time⟫ UTC
Where: ⟦São Paulo, Brazil|Hanoi, Vietnam|Kyiv, Ukraine|Nairobi, Kenya|Toronto, Canada⟧ \
(IP address ⟪ip⟫)
Device: ⟦Chrome on Windows|Safari on iPhone|Firefox on Linux⟧
If this wasn't you, reset your password now.

@@ en P 3 international wire instructions
Please wire the deposit to:
Beneficiary: ⟪name⟫
IBAN: ⟪iban⟫
BIC/SWIFT: ⟦DEUTDEFF|BNPAFRPP|INGBNL2A|UBSWCHZH|BARCGB22|CITIAEAD⟧
Reference: ⟪pat:INV-dddd-ddd⟫
Contact for questions: ⟪email⟫ / ⟪phone⟫

@@ en P 3 freelancer invoice with bank details
INVOICE ⟪pat:dddd/dd⟫                        Date: ⟪date⟫
From: ⟪name⟫, ⟪city⟫
Bill to: ⟦Northwind Media Ltd|Acme Research GmbH|Blue Fin Studio|Kito Labs⟧
Translation services, ⟪int:3-40⟫ pages ............ ⟪amt:m⟫
Pay to IBAN ⟪iban⟫
Thank you! Questions: ⟪email⟫

@@ en P 3 Stripe-like payment webhook in a log
⟪iso⟫T⟪time⟫:03Z DEBUG webhook payload={"type":"charge.failed","card":{"number":"⟪card:,n⟫",\
"exp":"⟪int:1-12⟫/⟪int:27-31⟫"},"billing":{"email":"⟪email⟫","phone":"⟪phone:*,intl⟫"},\
"ip":"⟪ip⟫"}

@@ en P 3 hotel booking form confirmation
Guest name: ⟪name⟫
Phone: ⟪phone⟫
E-mail: ⟪email⟫
Guarantee card: ⟪card⟫
Arrival ⟪date⟫ · ⟪int:1-9⟫ nights · ⟦Deluxe King|Twin|Family Suite⟧

@@ en P 3 support ticket about a double charge
Ticket #⟪pat:dddddd⟫ — Double charge
Customer: ⟪name⟫ (⟪email⟫)
Message: I was charged twice on my card ⟪card⟫ on ⟪date⟫. Please refund one. You can \
reach me on ⟪mobile⟫ after 6pm.
Agent note: verified last 4 ✔, refund queued.

@@ en P 2 travel insurance claim, split labels from a PDF
Claimant
Name: ⟪name⟫
Phone
number: ⟪phone⟫
E-mail
address: ⟪email⟫
Bank account for reimbursement (IBAN):
⟪iban⟫

@@ en P 3 git config and commit in a code snippet
$ git config --global user.email "⟪email⟫"
$ git log -1
commit ⟪sha⟫
Author: ⟪name⟫ <⟪email⟫>
Date:   ⟦Mon|Tue|Wed|Thu|Fri⟧ ⟦Mar|Jun|Oct⟧ ⟪int:10-28⟫ ⟪time⟫:13 2024 +0200

@@ en P 2 Python settings file
ADMINS = [("⟪name⟫", "⟪email⟫")]
SERVER_EMAIL = "⟪email:role⟫"
ALLOWED_HOSTS = ["⟪ip4⟫", "localhost", "127.0.0.1"]
SMS_FALLBACK_NUMBER = "⟪mobile:*,intl⟫"

@@ en P 3 e-mail written out to avoid spam bots
Contact me: ⟪email:obf⟫ (replace the obvious bits). Please no recruiters.

@@ en P 2 mailing list footer
You are subscribed as ⟪email:plus⟫. To unsubscribe reply with UNSUBSCRIBE in the subject.

@@ en P 2 IDN e-mail on a business card
⟪name⟫ · ⟪email:idn⟫ · ⟪phone:*,intl⟫

@@ en P 3 donor list export
donor_id;name;email;amount;iban;consent
⟪pat:Ddddd⟫;⟪name⟫;⟪email⟫;⟪amt⟫;⟪iban⟫;yes
⟪pat:Ddddd#2⟫;⟪name#2⟫;⟪email#2⟫;⟪amt#2⟫;⟪iban#2⟫;yes
⟪pat:Ddddd#3⟫;⟪name#3⟫;;⟪amt#3⟫;⟪iban:*⟫;no

@@ en P 2 call centre transcript, phone read back
Agent: So that's ⟪phone⟫, correct?
Customer: Yes, and if I don't answer try my wife on ⟪mobile#2⟫.
Agent: Noted. I've also updated the e-mail to ⟪email⟫.

@@ en P 2 expat forum: selling a car, phone with extension at work
Selling my 2016 ⟦Corolla|Golf|Civic|Tucson⟧, 118k km, full service history. ⟪amt:l⟫ ono. \
Call my office ⟪phonex⟫ during the day.

@@ en P 2 mobile money screenshot OCR
Send money
To: ⟪name⟫
Number: ⟪mobile⟫
Amount: ⟪amt⟫
Transaction ID: ⟪pat:LLdLLdLLdL⟫

@@ en P 3 DNS zone file excerpt
$ORIGIN ⟦fotostudio-kim|kaffee-ecke|lagos-eats|mi-tienda⟧.net.
@      3600 IN A     ⟪ip4⟫
@      3600 IN AAAA  ⟪ip6⟫
mail   3600 IN A     ⟪ip4#2⟫
@      3600 IN TXT   "v=spf1 ip4:⟪ip4#2⟫ -all"
@      3600 IN MX 10 mail

@@ en P 2 Cloudflare-style audit log JSON
{"when":"⟪iso⟫T⟪time⟫:10Z","actor":{"email":"⟪email⟫","ip":"⟪ip⟫"},"action":"dns_record.update",\
"resource":"A www","old":"⟪ip4⟫","new":"⟪ip4#2⟫"}

@@ en P 3 rent reminder to a flatmate
hey ⟪first⟫ rent for ⟦March|April|May|June⟧ is due friday, send your half (⟪amt⟫) to \
⟪iban⟫ as usual pls 🙏

@@ en P 2 scholarship application e-mail
Dear Committee,
Please find my documents attached. I can be reached at ⟪email⟫ or by phone on ⟪phone⟫ \
(⟦WhatsApp too|also on Signal|mornings are best⟧).
Kind regards,
⟪name⟫

@@ en P 2 medical tourism intake
Patient: ⟪name⟫   Passport: ⟪pat:Lddddddd⟫
Mobile (home country): ⟪mobile⟫
Local contact in Bangkok: ⟪mobile:TH⟫
E-mail: ⟪email⟫
Card for deposit: ⟪card⟫

@@ en P 2 IoT device registration log
[⟪iso⟫ ⟪time⟫:51] device ⟪mac⟫ registered owner=⟪email⟫ wan_ip=⟪ip⟫ lan_ip=⟪pip⟫ \
fw=⟪ver⟫

@@ en P 2 volunteer roster with phones from many countries
Volunteer            Shift        WhatsApp
⟪name⟫     ⟦Sat am|Sat pm|Sun am⟧      ⟪mobile:*,intl⟫
⟪name#2⟫     ⟦Sat am|Sat pm|Sun am⟧      ⟪mobile:*,intl#2⟫
⟪name#3⟫     ⟦Sat am|Sat pm|Sun am⟧      ⟪mobile:*,intl#3⟫

@@ en P 2 apartment lease, contact and deposit clauses
12. NOTICES. Notices to the Landlord shall be sent to ⟪email⟫ or by telephone to ⟪phone⟫.
13. DEPOSIT. The Tenant shall pay a deposit of ⟪amt:m⟫ into the account IBAN ⟪iban⟫ held \
by the Landlord.

@@ en_GB P 3 council tax e-mail with phone and IBAN refund
Dear ⟪name⟫,
Your council tax account ⟪pat:dddddddd⟫ is in credit. To receive a refund please confirm the \
account below:
Sort code ⟪pat:dd-dd-dd⟫ / IBAN ⟪iban:GB⟫
If you have any questions, call ⟪landline:GB⟫ (Mon–Fri 9–5).

@@ en_GB P 3 NHS appointment letter
⟦Royal Infirmary|St James's University Hospital|Queen Elizabeth Hospital⟧ — Outpatients
NHS number ⟪pat:ddd ddd dddd⟫
Dear ⟪name⟫, your appointment is on ⟪date⟫ at ⟪time⟫.
To change it ring ⟪phonex⟫ or text ⟪mobile⟫.

@@ en_GB P 2 WhatsApp: tradesperson quote
[⟪date⟫, ⟪clock⟫] ⟪first⟫: Hi mate, ⟪first#2⟫ gave me your number, need a boiler service
[⟪date⟫, ⟪clock#2⟫] Dave Plumbing: No worries, £85. Pay by transfer to ⟪iban:GB⟫ or cash. \
My landline is ⟪landline⟫ if WhatsApp plays up

@@ en_IE P 2 Irish estate agent e-mail
Hi ⟪first⟫, viewing confirmed for ⟪date⟫. Deposit of ⟪amt:m⟫ to IBAN ⟪iban⟫. My mobile is \
⟪mobile⟫, office ⟪landline⟫. Regards, ⟪name#2⟫ (⟪email:work#2⟫)

@@ en_IN P 3 Indian English: society WhatsApp group
[⟪clock⟫] Secretary: Dear residents, plumber contact for B wing: Ramesh ⟪mobile⟫. Electrician \
Salim bhai ⟪mobile#2⟫. Maintenance of ⟪amt⟫ to be paid before ⟪date⟫ 🙏
[⟪clock#2⟫] ⟪first⟫: thank you ji

@@ en_IN P 3 Indian English: courier and bank SMS
Dear Customer, your ⟦Delhivery|BlueDart|Ekart⟧ shipment AWB ⟪pat:dddddddddddd⟫ is out for \
delivery. Delivery boy: ⟪mobile:,nat⟫. For help call ⟪tollfree⟫.

@@ en_IN P 2 Indian English: job application e-mail
Respected Sir/Madam,
I am applying for the post of ⟦Data Analyst|Junior Accountant|Lab Technician⟧. PFA my resume.
Name: ⟪name⟫
Contact no.: ⟪mobile⟫ / ⟪landline⟫
Email id: ⟪email⟫
Thanking you

@@ en_AU P 3 Australian tradie invoice
⟦Harbour|Coastal|Outback⟧ Plumbing Pty Ltd  ABN ⟪pat:dd ddd ddd ddd⟫
Tax invoice ⟪pat:dddd⟫  ⟪date⟫
Customer: ⟪name⟫, ⟪city⟫
Ph ⟪mobile⟫  |  Office ⟪landline⟫
Total inc GST ⟪amt⟫  BSB ⟪pat:ddd-ddd⟫  Acc ⟪pat:dddddddd⟫

@@ en_AU P 2 Australian school newsletter contact
Year ⟪int:3-6⟫ camp: forms back by ⟪date⟫. Questions to ⟪name⟫ on ⟪mobile⟫ or \
⟪email:work⟫. Absences line: ⟪landline⟫.

@@ en_NZ P 2 Kiwi community noticeboard
Lost dog 🐕 near the ⟦domain|dairy|beach carpark⟧ in ⟪city⟫ — brown staffy, answers to Nala. \
Please ring ⟪mobile⟫ or ⟪landline⟫ anytime.

@@ en_CA P 3 Canadian rental application
Applicant: ⟪name⟫
Cell: ⟪mobile⟫   Work: ⟪phonex⟫
Email: ⟪email⟫
Current address: ⟪int:10-9999⟫ ⟦Bloor|Jasper|Portage|Robson⟧ St, ⟪city⟫ \
⟪pat:LdL dLd⟫
SIN (optional): ⟪sin⟫

@@ en_NG P 3 Nigerian group chat: event vendor contacts
Aso-ebi payment to ⟪name⟫ — ⟪amt⟫ (GTB acct ⟪pat:dddddddddd⟫). Small chops vendor ⟪mobile⟫, DJ \
⟪mobile#2⟫. Anybody that needs the tailor's number holla me: ⟪mobile#3⟫

@@ en_GH P 2 Ghanaian church announcement
Harvest thanksgiving on ⟪date⟫. Donations via MoMo to ⟪mobile⟫ (⟪name⟫) or call the office \
on ⟪landline⟫. God bless.

@@ en_KE P 3 Kenyan SACCO notice
Dear member, your loan of ⟪amt:l⟫ has been approved. Repay via M-Pesa Paybill \
⟪pat:dddddd⟫, account ⟪pat:dddddd#2⟫. Queries: ⟪mobile⟫ or ⟪email:role⟫.

@@ en_ZA P 3 South African estate agent listing
Neat 2-bed flat in ⟪city⟫, R⟪int:6-15⟫ 500 pm. Viewing by appointment: ⟪name⟫ ⟪mobile⟫ \
(WhatsApp) or the office ⟪landline⟫. ID number and 3 months payslips required.

@@ en_SG P 2 Singapore tuition ad
Experienced tutor (ex-MOE), Sec 3/4 A-Math & E-Math. ⟦Tampines|Jurong|Bishan⟧ & online. \
WhatsApp ⟪mobile⟫ or email ⟪email⟫. NRIC verified.
"""

EUROPE_TEMPLATES = """
@@ es_ES P 3 WhatsApp: pedir el número del fontanero
[⟪clock⟫] ⟪first⟫: oye, ¿me pasas el número del fontanero que vino a tu casa?
[⟪clock#2⟫] ⟪first#2⟫: claro, ⟪mobile⟫, se llama Paco. Dile que vas de mi parte
[⟪clock#2⟫] ⟪first#2⟫: si no lo coge, el fijo del taller es ⟪landline⟫

@@ es_ES P 3 recibo de alquiler con IBAN
RECIBO DE ALQUILER — ⟦enero|febrero|marzo|abril|mayo⟧ ⟪int:2022-2025⟫
Arrendatario: ⟪name⟫
Importe: ⟪amt:m⟫
Forma de pago: transferencia a la cuenta ⟪iban:ES⟫ (titular: ⟪name#2⟫)
Para cualquier incidencia: ⟪mobile#2⟫

@@ es_ES P 2 firma de correo de una gestoría
Un saludo,
⟪name⟫
Asesoría Fiscal y Laboral · ⟪city⟫
Tel. ⟪landline⟫ · Móvil ⟪mobile⟫
⟪email:work⟫

@@ es_ES P 2 compra online, datos de pago
Resumen del pedido ⟪pat:ES-dddddddd⟫
Titular de la tarjeta: ⟪name⟫
Número de tarjeta: ⟪card⟫
Caducidad: ⟪int:1-12⟫/⟪int:26-31⟫
Teléfono de contacto: ⟪mobile⟫

@@ es_ES P 2 nota: teléfono en la línea siguiente
¿Teléfono de la clínica veterinaria de urgencias?
⟪landline⟫ (24h)

@@ pt_PT P 3 SMS de uma imobiliária
Olá ⟪first⟫, fala ⟪first#2⟫ da Imobiliária ⟦Douro|Atlântico|Ribeira⟧. A visita ao T2 fica \
para ⟪date⟫ às ⟪time⟫. Qualquer coisa ligue para o ⟪mobile#2⟫.

@@ pt_PT P 3 fatura com IBAN
FATURA ⟪pat:FT dddd/ddd⟫   Data: ⟪date⟫
Cliente: ⟪name⟫  NIF ⟪pat:ddddddddd⟫
Total a pagar: ⟪amt⟫
Pagamento por transferência para o IBAN ⟪iban:PT⟫
Dúvidas: ⟪email:role⟫ · ⟪landline⟫

@@ pt_BR P 4 WhatsApp: me chama no zap
oi gente!! quem quiser o bolo de pote me chama no zap ⟪mobile⟫ 🍰 entrego em ⟪city⟫ \
sábado. pix é meu email ⟪email⟫

@@ pt_BR P 3 cadastro de cliente (CPF não é o foco)
CADASTRO
Nome completo: ⟪name⟫
CPF: ⟪pat:ddd.ddd.ddd-dd⟫
Celular: ⟪mobile⟫
Telefone fixo: ⟪landline⟫
E-mail: ⟪email⟫

@@ pt_BR P 3 compra parcelada no cartão
Pedido confirmado ✔
Cartão: ⟪card⟫ — 10x de ⟪amt:s⟫ sem juros
Nome impresso no cartão: ⟪name⟫
Dúvidas? SAC ⟪tollfree⟫

@@ pt_BR P 2 transferência internacional para o Brasil
Dados para remessa internacional:
Favorecido: ⟪name⟫
IBAN: ⟪iban:BR⟫
SWIFT: ⟦BRASBRRJ|ITAUBRSP|BBDEBRSP⟧
Telefone do favorecido: ⟪mobile:,intl⟫

@@ fr_FR P 3 SMS : nouveau numéro
Salut c'est ⟪first⟫ ! J'ai changé de numéro, voici le nouveau : ⟪mobile⟫. Tu peux effacer \
l'ancien 😉

@@ fr_FR P 3 bail : clause de paiement
Article 4 — Paiement du loyer
Le loyer mensuel de ⟪amt:m⟫, charges comprises, est payable d'avance par virement sur le \
compte du bailleur IBAN ⟪iban:FR⟫, ouvert au nom de ⟪name⟫.
Le bailleur peut être joint au ⟪landline⟫ ou par courriel : ⟪email⟫.

@@ fr_FR P 2 relevé d'identité bancaire (RIB)
RELEVÉ D'IDENTITÉ BANCAIRE
Titulaire du compte : ⟪name⟫
Domiciliation : ⟦CRÉDIT AGRICOLE|LCL|BANQUE POPULAIRE|CAISSE D'EPARGNE⟧ ⟪city⟫
IBAN : ⟪iban:FR,g⟫
BIC : ⟦AGRIFRPP|CRLYFRPP|CCBPFRPP|CEPAFRPP⟧

@@ fr_FR P 2 note de frais exportée en CSV
date;libellé;montant;carte;commentaire
⟪iso⟫;Taxi gare ⟪city⟫;⟪amt:s⟫;⟪card⟫;client ⟦Renault|Decathlon|SNCF⟧
⟪iso#2⟫;Hôtel Ibis;⟪amt⟫;⟪card⟫;2 nuits

@@ fr_FR P 2 signature avec téléphone et poste
Bien cordialement,
⟪name⟫ — Service comptabilité
Tél. : ⟪landline⟫
Portable : ⟪mobile⟫
⟪email:work⟫

@@ fr_BE P 3 message belge : GSM et compte
Bonjour ⟪first⟫, pour la location de la salle, merci de verser l'acompte de ⟪amt⟫ sur le \
compte ⟪iban:BE⟫ avec la communication « Salle ⟪date⟫ ». Mon GSM : ⟪mobile⟫.

@@ fr_CA P 2 courriel québécois avec poste
Bonjour,
Suite à notre appel, vous pouvez me joindre directement au ⟪phonex⟫ ou sur mon cellulaire \
au ⟪mobile⟫.
Au plaisir,
⟪name⟫, ⟪email:work⟫

@@ fr_MA P 2 annonce marocaine
À louer appartement meublé à ⟪city⟫, proche tramway. Prix : ⟪amt⟫ /mois. Contact : \
⟪name⟫ — GSM ⟪mobile⟫ / Fixe ⟪landline⟫

@@ fr_SN P 2 paiement mobile au Sénégal
Pour la cotisation de la tontine (⟪amt⟫), envoyez sur mon Wave ou Orange Money au \
⟪mobile⟫. Merci — ⟪first⟫

@@ de_DE P 3 Kleinanzeige mit Handynummer
Verkaufe gut erhaltenen Kinderwagen (⟦Bugaboo|Joolz|ABC Design⟧), ⟪amt:s⟫ VB. Abholung in \
⟪city⟫. Bei Interesse gerne unter ⟪mobile:,nat⟫ melden (auch WhatsApp).

@@ de_DE P 3 Rechnung eines Handwerkers
⟦Elektro Schmitt GmbH|Malerbetrieb Krüger|Fliesen Weiß⟧ · Tel. ⟪landline⟫ · ⟪email:work⟫
Rechnung Nr. ⟪pat:RE-dddd-ddd⟫ vom ⟪date⟫
Kunde: ⟪name⟫, ⟪city⟫
Gesamtbetrag: ⟪amt:m⟫
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:
IBAN ⟪iban:DE⟫ · BIC ⟦COLSDE33|DEUTDEDB|GENODEF1K02|BYLADEM1001⟧
USt-IdNr. DE⟪pat:ddddddddd⟫

@@ de_DE P 3 Familien-WhatsApp: neue Nummer
[⟪date⟫, ⟪clock⟫] ⟪first⟫: Papa hat jetzt ein neues Handy, die Nummer ist ⟪mobile⟫
[⟪date⟫, ⟪clock#2⟫] ⟪first#2⟫: Und das Festnetz bleibt ⟪landline⟫?
[⟪date⟫, ⟪clock#2⟫] ⟪first⟫: ja 👍

@@ de_DE P 2 Anmeldebogen einer Arztpraxis
Patientenstammblatt
Name, Vorname: ⟪last⟫, ⟪first⟫
Geburtsdatum: ⟪dob⟫
Telefon privat: ⟪landline⟫
Mobil: ⟪mobile⟫
E-Mail: ⟪email⟫
Krankenkasse: ⟦AOK|TK|Barmer|DAK⟧, Versichertennr. ⟪pat:Lddddddddd⟫

@@ de_DE P 2 Router-Protokoll der Fritzbox
⟪date⟫ ⟪time⟫:14 Anmeldung an der FRITZ!Box-Benutzeroberfläche von IP-Adresse ⟪pip⟫.
⟪date⟫ ⟪time#2⟫:55 Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: ⟪ip4⟫, \
DNS-Server: ⟪ip4#2⟫ und ⟪ip4#3⟫
⟪date⟫ ⟪time#2⟫:56 IPv6-Präfix wurde erfolgreich bezogen. Neues Präfix: ⟪ip6⟫/56

@@ de_AT P 3 Wiener Hausverwaltung
Sehr geehrte/r ⟪name⟫,
die Betriebskostenabrechnung ergibt eine Nachzahlung von ⟪amt⟫. Bitte überweisen Sie auf \
IBAN ⟪iban:AT⟫.
Rückfragen: ⟪landline⟫ oder Handy ⟪mobile⟫

@@ de_CH P 3 Schweizer Vereinsmitteilung
Liebe Mitglieder
Der Jahresbeitrag von ⟪amt⟫ ist bis ⟪date⟫ fällig. IBAN ⟪iban⟫ (Turnverein ⟪city⟫).
Bei Fragen: ⟪name⟫, Natel ⟪mobile⟫

@@ it_IT P 3 messaggio: richiamami
Ciao ⟪first⟫, sono ⟪first#2⟫ del ⟦CAF|patronato|condominio⟧. Mi puoi richiamare al \
⟪mobile#2⟫ quando puoi? Grazie

@@ it_IT P 3 bonifico con IBAN
Buongiorno, le invio i dati per il bonifico della caparra:
Intestatario: ⟪name⟫
IBAN: ⟪iban⟫
Causale: caparra appartamento ⟪city⟫ ⟪date⟫
Per qualsiasi cosa il mio cellulare è ⟪mobile⟫.

@@ it_IT P 2 firma e-mail studio legale
Cordiali saluti
Avv. ⟪name⟫
Studio Legale ⟦Ricci & Associati|Colombo|Greco⟧ — ⟪city⟫
T. ⟪landline⟫ | F. ⟪landline#2⟫
⟪email:work⟫

@@ it_IT P 2 iscrizione in palestra con carta
MODULO DI ISCRIZIONE
Nome e cognome: ⟪name⟫
Cellulare: ⟪mobile⟫
E-mail: ⟪email⟫
Addebito mensile su carta n. ⟪card⟫

@@ nl_NL P 3 Tikkie-achtig verzoek
Hoi ⟪first⟫! Kun je ⟪amt⟫ overmaken voor het etentje? ⟪iban:NL⟫ t.n.v. ⟪name#2⟫. \
Dankjewel!

@@ nl_NL P 3 Marktplaats-bericht
Hallo, is de fiets nog beschikbaar? Ik kan ⟪date⟫ langskomen in ⟪city⟫. Bel of app me \
op ⟪mobile⟫. Groetjes, ⟪first⟫

@@ nl_NL P 2 huisartsenpraktijk inschrijving
Inschrijfformulier huisartsenpraktijk
Naam: ⟪name⟫
Telefoonnummer: ⟪landline⟫
Mobiel: ⟪mobile⟫
E-mailadres: ⟪email⟫

@@ nl_BE P 2 Vlaamse vereniging
Inschrijving kamp: storten op ⟪iban:BE⟫ met vermelding naam kind. Vragen? Bel ⟪name⟫ op \
⟪mobile⟫ (gsm) of mail ⟪email⟫.

@@ pl_PL P 3 ogłoszenie z numerem telefonu
Sprzedam mieszkanie 2-pokojowe, ⟪city⟫, ⟪int:38-64⟫ m². Cena: ⟪amt:l⟫. Kontakt: tel. \
⟪mobile⟫, ⟪first⟫. Bez pośredników!

@@ pl_PL P 3 dane do przelewu
Dane do przelewu:
Odbiorca: ⟪name⟫
Numer konta: ⟪iban:PL⟫
Tytuł: opłata za ⟦przedszkole|czynsz|obóz⟧ ⟪date⟫
W razie pytań proszę o kontakt: ⟪email⟫

@@ pl_PL P 2 stopka e-maila
Pozdrawiam serdecznie
⟪name⟫
Biuro Rachunkowe · ⟪city⟫
tel. ⟪landline⟫, kom. ⟪mobile⟫

@@ cs_CZ P 3 česká zpráva s číslem účtu
Ahoj, za lístky na koncert posílej ⟪amt⟫ na účet ⟪iban⟫. Kdyby něco, volej ⟪mobile⟫. \
⟪first⟫

@@ cs_CZ P 2 český podpis e-mailu
S pozdravem
⟪name⟫
Autoservis ⟪city⟫
tel.: ⟪landline⟫ | mobil: ⟪mobile⟫ | ⟪email:work⟫

@@ tr_TR P 4 Türkçe: IBAN ve cep numarası
Merhaba ⟪first⟫, kapora için IBAN: ⟪iban:TR⟫ (⟪name#2⟫). Açıklamaya daire \
numarasını yazın lütfen. Cep: ⟪mobile#2⟫

@@ tr_TR P 2 Türkçe: kargo ve kart
Siparişiniz alındı. Kart: ⟪card⟫ — ⟪amt⟫ tek çekim.
Teslimat telefonu: ⟪mobile⟫
Sorularınız için: ⟪tollfree⟫

@@ tr_TR P 1 Türkçe: Troy kartı ile ödeme notu
Aidat ödemesi Troy kartımla yapıldı: ⟪card:troy⟫. Dekont mailime gelsin: ⟪email⟫

@@ ru_RU P 3 русский: номер для Telegram
Привет! Это ⟪first⟫. Мой новый номер ⟪mobile⟫, пиши лучше в телеграм, звонки не всегда \
слышу.

@@ ru_RU P 3 русский: перевод на карту
Скинь, пожалуйста, за билеты ⟪amt⟫ на карту ⟪card:mir⟫ (⟪name⟫). Или по номеру \
телефона ⟪mobile#2⟫ через СБП.

@@ ru_RU P 2 русский: анкета
Анкета участника
ФИО: ⟪name⟫
Телефон: ⟪phone⟫
Электронная почта: ⟪email⟫
Дата рождения: ⟪dob⟫

@@ ru_RU P 2 русский: реквизиты в Казахстане
Реквизиты для оплаты (Алматы):
Получатель: ⟪name⟫
IBAN: ⟪iban:KZ⟫
Телефон: ⟪mobile:KZ⟫

@@ uk_UA P 3 українська: реквізити
Реквізити для благодійного внеску:
Отримувач: ⟪name⟫
IBAN: ⟪iban:UA⟫
Призначення: на дрон для ⟦бригади|батальйону⟧
Контакт: ⟪mobile⟫

@@ uk_UA P 2 українська: номер картки
Кидай на моно ⟪card:mc⟫, або на приват ⟪card:visa⟫. Дякую! Мій номер, якщо що, ⟪mobile⟫

@@ el_GR P 3 ελληνικά: στοιχεία επικοινωνίας
Καλησπέρα, ⟪name⟫ εδώ. Μπορείτε να με καλέσετε στο κινητό ⟪mobile⟫ ή στο σταθερό \
⟪landline⟫. Το IBAN για την προκαταβολή: ⟪iban⟫

@@ el_GR P 2 ελληνικά: υπογραφή e-mail
Με εκτίμηση,
⟪name⟫
Τηλ.: ⟪landline⟫ | Κιν.: ⟪mobile⟫
⟪email:work⟫

@@ ro_RO P 3 română: date pentru plată
Bună ziua, plata pentru ⟦cazare|curs|chirie⟧ se face în contul IBAN ⟪iban⟫, titular \
⟪name⟫. Pentru detalii sunați la ⟪mobile⟫.

@@ ro_RO P 2 română: formular
Nume: ⟪name⟫
Telefon: ⟪phone⟫
E-mail: ⟪email⟫
Card pentru abonament: ⟪card⟫

@@ hu_HU P 3 magyar: utalás és telefon
Szia! A társasházi közös költséget (⟪amt⟫) erre a számlára utald: ⟪iban:HU⟫. Kérdés \
esetén hívj: ⟪mobile⟫. ⟪first⟫

@@ hu_HU P 2 magyar: e-mail aláírás
Üdvözlettel:
⟪name⟫
Tel.: ⟪landline⟫ · Mobil: ⟪mobile⟫
⟪email:work⟫

@@ sv_SE P 3 svenska: ring mig
Hej! Jag såg annonsen om lägenheten i ⟪city⟫. Ring mig gärna på ⟪mobile⟫ eller mejla \
⟪email⟫. Mvh ⟪first⟫

@@ sv_SE P 2 svenska: utlandsbetalning
Betalning från utlandet: IBAN ⟪iban:SE⟫, BIC ⟦ESSESESS|HANDSESS|NDEASESS|SWEDSESS⟧. \
Mottagare: ⟪name⟫. Tel ⟪landline⟫

@@ nb_NO P 3 norsk: dugnad og kontakt
Hei alle sammen! Dugnad i borettslaget ⟪date⟫ kl. ⟪time⟫. Spørsmål til ⟪name⟫ på \
⟪mobile⟫. Innbetaling fra utlandet: ⟪iban:NO⟫

@@ da_DK P 3 dansk: SMS fra håndværker
Hej ⟪first⟫, det er ⟪first#2⟫ fra VVS-firmaet. Vi kommer ⟪date⟫ ca. kl. ⟪time⟫. Ring på \
⟪mobile#2⟫ hvis det ikke passer. Faktura betales til ⟪iban⟫.

@@ fi_FI P 3 suomi: lasku ja puhelin
Hei! Lasku talkoiden ruoista: ⟪amt⟫, tilille ⟪iban:FI⟫ (⟪name⟫). Soita ⟪mobile⟫ jos \
kysyttävää.

@@ fi_FI P 2 suomi: sähköpostin allekirjoitus
Ystävällisin terveisin
⟪name⟫
puh. ⟪landline⟫, gsm ⟪mobile⟫
⟪email:work⟫
"""

SSN_WORLD_TEMPLATES = """
@@ es_US P 3 español (EE. UU.): preparación de impuestos
Hola, soy ⟪first⟫. Para la declaración de impuestos le mando los datos:
Mi número de Seguro Social: ⟪ssn⟫
El de mi esposo (⟪first#2⟫): ⟪ssn#2⟫
Mi teléfono es ⟪mobile⟫. Gracias!

@@ es_US P 2 español (EE. UU.): solicitud de apartamento
SOLICITUD DE ARRENDAMIENTO
Nombre: ⟪name⟫
No. de Seguro Social (SSN): ⟪ssn:d⟫
Teléfono celular: ⟪mobile⟫
Correo electrónico: ⟪email⟫
Empleador: ⟦Walmart|H-E-B|Tyson Foods|Home Depot⟧  Ingreso mensual: ⟪amt:m⟫

@@ es_US P 2 español (EE. UU.): audio de WhatsApp transcrito
"Mija, el seguro social de tu papá es ⟪ssn⟫, apúntalo bien porque lo piden en la clínica. \
Y el número de la clínica es ⟪landline⟫."

@@ pt_BR P 2 português (EUA): brasileira nos EUA abrindo conta
Oi ⟪first⟫, consegui meu SSN finalmente!! ⟪ssn⟫. Agora dá pra abrir a conta no banco e \
tirar a carteira de motorista. Meu número americano é ⟪mobile:US⟫

@@ zh_CN P 3 中文：在美国报税
王会计您好，我是⟪name⟫。报税需要的资料如下：
社会安全号码（SSN）：⟪ssn⟫
W-2 已经发到您的邮箱 ⟪email:work#2⟫
我的美国手机：⟪mobile:US⟫

@@ zh_TW P 2 中文（台灣）：留學生打工
學長你好，學校的 payroll 說我的 SSN 填錯了，正確的是 ⟪ssn:d⟫，麻煩幫我跟 HR 說一下，謝謝！

@@ ko_KR P 3 한국어: 미국 사회보장번호
안녕하세요 ⟪name⟫입니다. 보험 가입 서류에 필요한 사회보장번호(SSN)는 ⟪ssn⟫ 입니다. \
연락은 ⟪mobile:US⟫ 으로 주세요.

@@ vi_VN P 3 tiếng Việt: số an sinh xã hội Mỹ
Chị ơi, em gửi số an sinh xã hội (SSN) của mẹ để làm giấy tờ Medicaid: ⟪ssn⟫. Số điện \
thoại của mẹ là ⟪landline:US⟫ nha chị.

@@ fil_PH P 3 Filipino: SSN para sa trabaho
Ate, eto yung SSN ko para sa onboarding sa ospital: ⟪ssn⟫. Pakisabi kay ⟪first#2⟫ na \
na-email ko na rin yung ibang docs sa ⟪email:work#2⟫. Salamat po!

@@ ru_RU P 2 русский (США): номер социального страхования
Номер социального страхования (SSN) мужа: ⟪ssn⟫, мой: ⟪ssn#2⟫. Пришли, пожалуйста, \
заполненную форму на ⟪email⟫.

@@ hi_IN P 2 हिन्दी: अमेरिका में SSN
भैया, H-1B वाले पेपर के लिए मेरा SSN ⟪ssn⟫ है। कुछ और चाहिए तो मेरे US नंबर \
⟪mobile:US⟫ पर कॉल कर लेना।

@@ pl_PL P 2 polski (USA): numer SSN
Cześć ⟪first⟫, do formularza z banku potrzebny jest mój numer SSN: ⟪ssn⟫. Telefon \
amerykański: ⟪mobile:US⟫.

@@ ar_EG P 2 عربي: رقم الضمان الاجتماعي الأمريكي
السلام عليكم، رقم الضمان الاجتماعي (SSN) الخاص بابني هو ⟪ssn⟫، ورقم هاتفي في أمريكا \
⟪mobile:US⟫. شكراً لكم.

@@ fr_FR P 2 français (USA) : numéro de sécurité sociale américain
Pour le dossier de l'université, mon numéro de sécurité sociale américain (SSN) est le \
⟪ssn⟫. Vous pouvez me joindre au ⟪mobile:US⟫.

@@ de_DE P 2 deutsch (USA): Sozialversicherungsnummer fürs Konto
Für das US-Konto brauchen sie meine Social Security Number: ⟪ssn⟫. Schick mir bitte auch \
noch deine amerikanische Handynummer, meine ist ⟪mobile:US⟫.

@@ ja_JP P 2 日本語：アメリカの社会保障番号
駐在中の確定申告用メモ：夫のソーシャルセキュリティナンバー（SSN）⟪ssn⟫、私の ITIN は \
⟪itin⟫。会計士さんの電話 ⟪landline:US⟫

@@ pt_BR P 2 português (EUA): formulário W-4 em conversa
moço, no W-4 ele pede o social security, o meu é ⟪ssn:b⟫ e o endereço é ⟪int:10-999⟫ \
⟦Elm|Union|Broadway⟧, ⟦Newark|Framingham|Orlando⟧

@@ en_US P 3 gig-work onboarding chat
Support: To finish your driver profile we need your SSN for the background check.
You: ⟪ssn⟫
Support: Thanks ⟪first⟫! Your phone ⟪mobile⟫ is verified. You can start driving after \
approval.

@@ en_US P 2 immigration paralegal notes
Client: ⟪name⟫ (A-number ⟪pat:Addd-ddd-ddd⟫)
SSN issued ⟪date⟫: ⟪ssn⟫
EAD card # ⟪pat:LLLddddddddd⟫
Phone ⟪mobile⟫ · email ⟪email⟫

@@ en_US P 2 spaced SSN dictated over a bad line
Rep: Sorry, the line broke up — can you repeat it slowly?
Member: ⟪ssn:s⟫. S as in Sam.
Rep: Thank you, ⟪first⟫, that matches.

@@ en_US P 2 bank account opening JSON
{"customer":{"name":"⟪name⟫","taxId":{"type":"SSN","value":"⟪ssn:b⟫"},"phones":\
[{"type":"mobile","number":"⟪mobile:,intl⟫"},{"type":"home","number":"⟪landline⟫"}],\
"email":"⟪email⟫"},"branch":"⟪pat:dddd⟫"}

@@ en_US P 2 HR spreadsheet: dependents for open enrollment
Employee,Dependent,Relationship,Dependent SSN,DOB
⟪name⟫,⟪name#2⟫,Spouse,⟪ssn⟫,⟪dob⟫
⟪name⟫,⟪first#3⟫ ⟪last⟫,Child,⟪ssn#3⟫,⟪dob#3⟫

@@ en_US P 2 divorce paperwork checklist e-mail
Attorney checklist for ⟪name⟫:
- Financial affidavit (signed)
- Last 3 years' returns
- Your SSN (⟪ssn⟫) and your ex-spouse's (⟪ssn#2⟫ if known)
Call our office at ⟪phonex⟫ with questions.
"""

ASIA_TEMPLATES = """
@@ zh_CN P 4 微信聊天：留手机号
⟪name⟫：师傅，明天几点到？
师傅：上午十点左右，到了给你打电话。你手机号多少？
⟪name⟫：⟪mobile⟫，打不通就加我微信，同号
师傅：好的

@@ zh_CN P 3 快递/外卖备注
收货人：⟪name⟫
联系电话：⟪mobile⟫
地址：⟪city⟫⟦朝阳区|浦东新区|南山区|西湖区⟧⟦幸福路|人民路|建设大道⟧⟪int:1-300⟫号
备注：放门口，到了打电话，座机 ⟪landline⟫ 没人接

@@ zh_CN P 2 银联卡支付记录
交易成功
付款卡号：⟪card:unionpay⟫
持卡人：⟪name⟫
金额：⟪amt⟫
预留手机号：⟪mobile⟫

@@ zh_CN P 2 服务器日志（中文注释）
# 异常登录告警
时间: ⟪iso⟫ ⟪time⟫:33  用户: ⟪email⟫  登录IP: ⟪ip4⟫  归属地: ⟦广东|浙江|四川⟧
内网地址: ⟪pip⟫  处理结果: 已锁定

@@ zh_TW P 3 LINE 訊息：房東聯絡
房東您好，我是要看房的⟪name⟫。我的手機是 ⟪mobile⟫，週末都可以。押金匯款後會再跟您說。

@@ zh_HK P 3 香港 WhatsApp：搬屋公司
你好，想問下星期六搬屋仲有冇位？地址係⟪city⟫，聯絡電話 ⟪mobile⟫，唔該晒！
搬屋公司：有位，請致電 ⟪landline⟫ 確認。

@@ ja_JP P 4 日本語：連絡先の交換
本日はありがとうございました。⟪name⟫です。
連絡先をお送りします。
携帯：⟪mobile⟫
メール：⟪email⟫
今後ともよろしくお願いいたします。

@@ ja_JP P 2 日本語：フリーダイヤルと注文
ご注文ありがとうございます。配送に関するお問い合わせは、フリーダイヤル ⟪tollfree⟫ \
（平日9時〜18時）までご連絡ください。お届け先電話番号：⟪phone⟫

@@ ja_JP P 2 日本語：迷惑メール対策で全角＠のメールアドレス
お問い合わせは ⟪email:fw⟫ まで（＠を半角に変えて送信してください）。電話 ⟪landline⟫

@@ ja_JP P 2 日本語：カード決済メモ
家族カード（⟪name⟫）：⟪card:jcb⟫ 有効期限 ⟪int:1-12⟫/⟪int:27-31⟫
メインカード：⟪card⟫

@@ ko_KR P 4 한국어: 카톡으로 번호 전달
[⟪clock⟫] ⟪name⟫: 부동산 사장님 번호 알려줄게 ⟪mobile⟫
[⟪clock#2⟫] ⟪name#2⟫: 고마워! 사무실 번호도 있어?
[⟪clock#3⟫] ⟪name⟫: ⟪landline⟫

@@ ko_KR P 2 한국어: 온라인 주문서
주문자: ⟪name⟫
휴대폰: ⟪mobile⟫
이메일: ⟪email⟫
결제카드: ⟪card⟫ (일시불)

@@ id_ID P 3 Bahasa Indonesia: WA jual beli
Kak, motornya masih ada? Kalau jadi COD di ⟪city⟫ ya. Nomor WA aku ⟪mobile⟫, atau \
telpon aja ke ⟪mobile#2⟫ (nomor suami). Makasih kak 🙏

@@ id_ID P 2 Bahasa Indonesia: formulir pendaftaran
FORMULIR PENDAFTARAN
Nama lengkap: ⟪name⟫
No. HP: ⟪mobile⟫
Email: ⟪email⟫
Telepon rumah: ⟪landline⟫

@@ ms_MY P 3 Bahasa Melayu: kenduri dan hubungi
Assalamualaikum semua, kenduri kahwin anak kami pada ⟪date⟫ di ⟪city⟫. Sebarang \
pertanyaan sila hubungi ⟪name⟫ di talian ⟪mobile⟫ atau ⟪landline⟫.

@@ vi_VN P 3 tiếng Việt: Zalo giao hàng
Shop ơi, em đặt 2 áo size M. Tên: ⟪name⟫, SĐT: ⟪mobile⟫, địa chỉ ⟪city⟫. Gọi trước \
khi giao giúp em nha. Zalo em cũng số này.

@@ vi_VN P 2 tiếng Việt: thẻ thanh toán
Thanh toán vé máy bay bằng thẻ ⟪card⟫, chủ thẻ ⟪name⟫. Hóa đơn gửi về ⟪email⟫.

@@ th_TH P 3 ภาษาไทย: ติดต่อช่าง
สวัสดีค่ะ ช่างแอร์ที่เคยมาซ่อมชื่อพี่ต้น เบอร์ ⟪mobile⟫ นะคะ ถ้าไม่รับโทรหาร้าน \
⟪landline⟫ ได้เลยค่ะ

@@ th_TH P 2 ภาษาไทย: ใบสมัคร
ชื่อ-นามสกุล: ⟪name⟫
โทรศัพท์มือถือ: ⟪mobile⟫
อีเมล: ⟪email⟫

@@ fil_PH P 3 Filipino: GCash at contact
Hi po! Para sa reservation, pa-send na lang po ng downpayment sa GCash ⟪mobile⟫ (⟪name⟫). \
Pag may tanong, tawag lang po sa landline namin ⟪landline⟫. Salamat!

@@ fil_PH P 2 Filipino: resume header
⟪name⟫
⟪city⟫ · ⟪mobile⟫ · ⟪email⟫
OBJECTIVE: To obtain a position as ⟦Customer Service Representative|Staff Nurse|Encoder⟧

@@ hi_IN P 3 हिन्दी: शादी का निमंत्रण
सादर आमंत्रण — ⟪name⟫ के विवाह समारोह में, दिनांक ⟪date⟫, ⟪city⟫। संपर्क करें: \
⟪mobile⟫, ⟪mobile#2⟫

@@ hi_IN P 2 हिन्दी: बिजली बिल शिकायत
शिकायत दर्ज: उपभोक्ता ⟪name⟫, मोबाइल नं. ⟪mobile⟫, ईमेल ⟪email⟫। हेल्पलाइन ⟪tollfree⟫ \
पर भी संपर्क कर सकते हैं।

@@ bn_BD P 3 বাংলা: বিকাশ ও ফোন
ভাই, টাকাটা আমার বিকাশে পাঠিয়ে দিও: ⟪mobile⟫ (পার্সোনাল)। কোনো সমস্যা হলে \
⟪mobile#2⟫ নম্বরে কল দিও।

@@ bn_BD P 2 বাংলা: চাকরির আবেদন
নাম: ⟪name⟫
মোবাইল: ⟪mobile⟫
ইমেইল: ⟪email⟫

@@ ur_PK P 3 اردو: رابطہ نمبر اور آئی بی اے این
السلام علیکم، کمیٹی کی قسط اس اکاؤنٹ میں بھیج دیں: ⟪iban:PK⟫ (⟪name⟫)۔ رابطہ: \
⟪mobile⟫

@@ ur_PK P 2 اردو: جاز کیش
بھائی جان، پیسے جاز کیش پر ⟪mobile⟫ پر بھیج دیں۔ شکریہ

@@ fa_IR P 3 فارسی: شماره تماس
سلام، برای هماهنگی جلسه با شماره ⟪mobile⟫ تماس بگیرید. تلفن دفتر: ⟪landline⟫. \
ایمیل: ⟪email⟫

@@ he_IL P 3 עברית: פרטי קשר ותשלום
היי ⟪first⟫, מספר הטלפון של הגנן: ⟪mobile⟫. את התשלום לוועד הבית אפשר להעביר ל-IBAN \
⟪iban:IL⟫. תודה!

@@ he_IL P 2 עברית: חתימת מייל
בברכה,
⟪name⟫
טל׳: ⟪landline⟫ | נייד: ⟪mobile⟫
⟪email:work⟫

@@ ar_EG P 3 عربي (مصر): رقم الموبايل
يا جماعة اللي عايز يحجز في رحلة الغردقة يكلمني على ⟪mobile⟫ أو على الأرضي ⟪landline⟫. \
التحويل على حساب ⟪iban:EG⟫

@@ ar_SA P 3 عربي (السعودية): بيانات التحويل
السلام عليكم، بيانات التحويل لرسوم النادي:
الاسم: ⟪name⟫
الآيبان: ⟪iban:SA⟫
للتواصل: ⟪mobile⟫

@@ ar_AE P 3 عربي (الإمارات): حجز موعد
تم تأكيد موعدك يوم ⟪date⟫ الساعة ⟪time⟫. للاستفسار يرجى الاتصال على ⟪landline⟫ أو \
واتساب ⟪mobile⟫. رقم الآيبان للدفع المسبق: ⟪iban:AE⟫

@@ ar_JO P 2 عربي (الأردن): جمعية
قسط الجمعية لهذا الشهر ⟪amt⟫، التحويل على الآيبان ⟪iban:JO⟫ باسم ⟪name⟫. موبايل: ⟪mobile⟫

@@ sw_KE P 3 Kiswahili: Harambee
Habari wote! Harambee ya kumsaidia ⟪name⟫ itafanyika ⟪date⟫. Michango kupitia M-Pesa \
⟪mobile⟫. Kwa maelezo zaidi piga ⟪mobile#2⟫.

@@ sw_TZ P 3 Kiswahili: fundi na malipo
Fundi wa umeme anaitwa Juma, namba yake ni ⟪mobile⟫. Malipo kwa M-Pesa au Tigo Pesa. \
Ofisi: ⟪landline⟫

@@ am_ET P 3 አማርኛ: የስልክ ቁጥር
ሰላም ⟪name⟫፣ ለስብሰባው በዚህ ስልክ ቁጥር ይደውሉልኝ፡ ⟪mobile⟫። የቢሮ ስልክ፡ ⟪landline⟫

@@ yo_NG P 3 Yorùbá: ìpè fún ayẹyẹ
Ẹ kú àárọ̀ o! Ayẹyẹ ọjọ́ ìbí ⟪name⟫ yóò wáyé ní ⟪date⟫. Ẹ pè mí lórí ⟪mobile⟫ fún \
àlàyé síwájú sí i.

@@ es_MX P 3 español (México): recado
Buenas tardes, le habla ⟪name⟫. Le dejo mi celular ⟪mobile⟫ para lo del presupuesto. \
También puede marcar a la oficina al ⟪landline⟫.

@@ es_MX P 2 español (México): pago con tarjeta
Comprobante de pago
Tarjeta: ⟪card⟫
Titular: ⟪name⟫
Teléfono: ⟪mobile⟫
Correo: ⟪email⟫

@@ es_AR P 3 español (Argentina): mensaje de WhatsApp
Che, te paso el número del electricista: ⟪mobile⟫. Decile que vas de parte de ⟪first⟫. \
Cobra bien, no te hace precio pero es prolijo.

@@ es_CO P 3 español (Colombia): domicilios
Pedidos a domicilio al ⟪mobile⟫ o al fijo ⟪landline⟫. Atendemos de 7 a 9. ¡Gracias por \
preferirnos! — ⟪name⟫

@@ es_CL P 2 español (Chile): contacto con anexo
Estimada ⟪first⟫: por favor llámeme al ⟪phonex⟫ o a mi celular ⟪mobile⟫. Saludos, \
⟪name#2⟫

@@ es_PE P 2 español (Perú): Yape
Para separar tu cupo yapea al ⟪mobile⟫ (⟪name⟫) y manda captura. Consultas al ⟪landline⟫
"""

NEGATIVE_EN_TEMPLATES = """
@@ en N 4 order confirmation with order and tracking numbers
Thanks for your order, ⟪first⟫!
Order number: ⟪pat:dddddddddd⟫
Placed on ⟪date⟫ · ⟪int:1-6⟫ items · Total ⟪amt⟫
Your parcel ships with ⟦UPS|DHL Express|FedEx⟧, tracking number ⟪pat:1ZLLLddddddddddddd⟫.
Questions? Reply in the app under Orders › Help.

@@ en_US N 3 marketplace order with the 3-7-7 order id
Your order of "⟦USB-C hub|Air fryer liners|Kids' rain boots|Phone case⟧" has shipped.
Order # ⟪pat:ddd-ddddddd-ddddddd⟫
Arriving ⟪date⟫. Track package: ⟪pat:TBAdddddddddddd⟫

@@ en N 3 flight e-ticket receipt
E-TICKET RECEIPT
Passenger: ⟪last⟫/⟪first⟫ ⟦MR|MS|MRS⟧
Booking reference (PNR): ⟪pat:LLLLLL⟫
Ticket number: ⟪pat:ddd-dddddddddd⟫
Flight ⟦LH|AF|TK|EK|QR|ET|KQ|LA⟧ ⟪int:100-999⟫  ⟪date⟫  dep ⟪time⟫  seat ⟪int:10-45⟫⟦A|C|F|K⟧
Fare ⟪amt⟫ · Frequent flyer no. ⟪pat:dddddddddd⟫

@@ en N 2 changelog with version strings
## ⟪ver⟫ — ⟪iso⟫
- Fixed crash when importing contacts with empty fields (#⟪int:1000-9999⟫)
- Bumped minimum Android to 8.0, iOS to 15.4
## ⟪ver#2⟫ — ⟪iso#2⟫
- Build ⟪ver#3⟫ shipped to beta testers

@@ en N 2 Windows system information dump
OS Name: Microsoft Windows 11 Pro
Version: 10.0.22631 Build 22631
BIOS Version: ⟦LENOVO N3EET|Dell Inc. 1.|HP U82 Ver. 01.⟧⟪int:10-40⟫
Product ID: ⟪pat:ddddd-ddddd-ddddd-LLLLL⟫
Total Physical Memory: ⟪int:7-64⟫,⟪int:100-999⟫ MB
Network adapter: Intel(R) Wi-Fi 6 AX201, IP address(es) ⟪pip⟫, ⟪pip6⟫

@@ en N 3 app log with private addresses and request ids
⟪iso⟫T⟪time⟫:02.118Z INFO  request_id=⟪uuid⟫ upstream=⟪pip⟫:8080 latency_ms=⟪int:3-900⟫
⟪iso⟫T⟪time⟫:02.431Z WARN  request_id=⟪uuid#2⟫ retry=2 peer=⟪pip#2⟫ status=503
⟪iso⟫T⟪time⟫:03.007Z INFO  health ok from 127.0.0.1 and ::1

@@ en N 2 git history excerpt
⟪sha:7⟫ Merge pull request #⟪int:100-999⟫ from feature/export-csv
⟪sha:7#2⟫ Fix rounding in invoice totals (closes #⟪int:100-999#2⟫)
⟪sha:7#3⟫ Release ⟪ver⟫
full hash of HEAD: ⟪sha⟫

@@ en N 2 book list with ISBNs
Reading list for ⟦the book club|Year 11 English|my thesis⟧:
1. ⟦The Remains of the Day|Things Fall Apart|Pedro Páramo|Norwegian Wood⟧ — ISBN ⟪isbn⟫
2. ⟦Half of a Yellow Sun|The Vegetarian|Beloved|Stoner⟧ — ISBN ⟪isbn#2⟫
3. ⟦Kindred|Ficciones|The Makioka Sisters⟧ — ISBN ⟪isbn#3⟫

@@ en N 3 grocery receipt with barcodes and prices
⟦FRESHMART|CORNER GROCER|VALUE FOODS⟧ #⟪int:10-999⟫   ⟪date⟫ ⟪time⟫
⟪ean⟫  BANANAS 1.2KG        ⟪amt:s⟫
⟪ean#2⟫  OAT MILK 1L          ⟪amt:s#2⟫
⟪ean#3⟫  RICE 5KG             ⟪amt:s#3⟫
ITEMS 3   TOTAL ⟪amt⟫   PAID CASH
Loyalty card no. ⟪pat:dddd dddd dd⟫  Points balance ⟪int:100-9000⟫

@@ en N 2 fitness tracker weekly summary
Week ⟪int:1-52⟫ summary: ⟪int:40000-98000⟫ steps, ⟪int:5-40⟫.⟪int:1-9⟫ km, \
resting HR ⟪int:48-72⟫ bpm, \
sleep avg 7h ⟪int:1-59⟫m, VO2max ⟪int:35-55⟫.⟪int:0-9⟫. Streak: ⟪int:2-300⟫ days.

@@ en_US N 3 W-9 for an LLC with only an EIN
Form W-9
1 Name: ⟦Sunrise Property Holdings LLC|Blue Ridge Catering LLC|Keystone Auto Glass Inc.⟧
3a Federal tax classification: [X] Limited liability company (C)
Part I Taxpayer Identification Number
Social security number: (leave blank)
Employer identification number: ⟪ein⟫
Address: ⟪int:100-9999⟫ Industrial Blvd, ⟪city⟫ ⟪zip4⟫

@@ en_US N 2 ITIN assignment letter
CP565 Notice — We assigned you an Individual Taxpayer Identification Number (ITIN)
Your ITIN: ⟪itin⟫
Name: ⟪name⟫
Use this number on your federal tax returns. An ITIN is not a Social Security number and \
does not authorize work in the U.S.

@@ en_US N 3 direct deposit form with routing and account numbers
DIRECT DEPOSIT AUTHORIZATION
Employee: ⟪name⟫    Employee ID: ⟪pat:dddddd⟫
Bank routing number (ABA): ⟪routing⟫
Checking account number: ⟪pat:dddddddddd⟫
Deposit: 100% of net pay starting ⟪date⟫

@@ en_US N 2 mailing labels with ZIP+4
⟪name⟫
⟪int:100-9999⟫ ⟦Oak|Pine|Lake|River⟧ ⟦St|Rd|Ave⟧ Apt ⟪int:1-40⟫
⟪city⟫ ⟦TX|OH|WA|FL⟧ ⟪zip4⟫

⟪name#2⟫
PO Box ⟪int:100-9999#2⟫
⟪city#2⟫ ⟦MN|CO|GA|NY⟧ ⟪zip4#2⟫

@@ en_US N 3 HR training manual with sample SSNs that cannot be issued
Data-entry guide, section 3: never type a real Social Security number in the training \
system. Use the practice values ⟪badssn⟫ or ⟪badssn#2⟫ instead; the validator rejects \
numbers starting with 000, 666 or 9.

@@ en_US N 2 placeholder SSNs in a form template
EMPLOYEE FORM (TEMPLATE — DO NOT FILL)
Name: ____________________
SSN: ⟪badssn⟫
Date of birth: MM/DD/YYYY

@@ en N 3 card receipt with only the last four digits
⟦SHELL|TESCO EXPRESS|STARBUCKS|7-ELEVEN⟧   ⟪date⟫ ⟪time⟫
⟦VISA|MASTERCARD|AMEX⟧ ************⟪last4⟫
APPROVED  AUTH CODE ⟪pat:dddddd⟫
AMOUNT ⟪amt⟫
Terminal ID ⟪pat:dddddddd⟫  Merchant ID ⟪pat:ddddddddddddddd⟫

@@ en N 3 phone repair ticket with IMEI
Repair order ⟪pat:RO-dddddd⟫
Device: ⟦iPhone 13|Galaxy S22|Pixel 7|Redmi Note 12⟧, colour ⟦black|blue|green⟧
IMEI: ⟪imei⟫
Serial: ⟪pat:LLLLddLLLdLL⟫
Issue: cracked screen, battery swelling. Quote ⟪amt⟫. Ready ⟪date⟫.

@@ en N 2 laptop warranty lookup
Service Tag: ⟪pat:LdLLdLd⟫   Express Service Code: ⟪pat:ddddddddddd⟫
Ship date: ⟪date⟫   Warranty: ⟦Premium Support|Basic Onsite⟧ until ⟪date#2⟫
Battery serial ⟪pat:ddddd-dd-dddd⟫

@@ en N 2 Kubernetes manifest
apiVersion: v1
kind: Service
metadata:
  name: billing-api
  uid: ⟪uuid⟫
spec:
  clusterIP: ⟪pip⟫
  ports:
    - port: 8443
      targetPort: 8443
  selector:
    app: billing-api

@@ en N 2 download page checksums
⟦kiwix-desktop|inkscape|obs-studio|libreoffice⟧-⟪ver⟫-x86_64.AppImage
SHA256: ⟪sha256⟫
Size: ⟪int:80-400⟫.⟪int:1-9⟫ MB   Released ⟪iso⟫

@@ en N 2 Python snippet with numeric constants
MAX_RETRIES = 5
TIMEOUT_S = 30.0
MAGIC = 0x⟪pat:HHHHHHHH⟫
SEED = ⟪pat:dddddddddd⟫
BATCH_SIZES = [16, 32, 64, 128]

def backoff(attempt: int) -> float:
    return min(2 ** attempt * 0.25, TIMEOUT_S)

@@ en N 3 utility bill with account and meter numbers
⟦CITY POWER & LIGHT|METRO WATER|GREEN GAS CO⟧   STATEMENT
Account number: ⟪pat:dddddddddd⟫
Meter number: ⟪pat:dddddddd⟫   Reading ⟪int:10000-99999⟫ kWh
Billing period ⟪date⟫ – ⟪date#2⟫   Amount due ⟪amt⟫
Pay online or in the app.

@@ en N 2 calendar with compact dates
backup_⟪date8⟫_full.tar.gz
backup_⟪date8#2⟫_incr.tar.gz
report-⟪date8#3⟫.pdf (generated ⟪time⟫)

@@ en N 2 sports results and lottery draw
League table: United ⟪int:30-70⟫ pts, City ⟪int:30-70#2⟫ pts, Rovers ⟪int:20-60⟫ pts.
Last night: ⟪int:0-5⟫–⟪int:0-5#2⟫. Attendance ⟪int:12000-60000⟫.
Lotto draw ⟪int:1000-3000⟫: 4, 11, 19, 23, 38, 45, bonus 7.

@@ en N 1 recipe quantities
Banana bread: 3 ripe bananas, 250 g flour, 1 tsp baking soda, 115 g butter, 150 g sugar, \
2 eggs. Bake 60–65 min at 175 °C (350 °F).

@@ en N 2 bus timetable
Route ⟪int:10-99⟫ — weekdays
06:05 06:35 07:05 07:20 07:35 07:50 08:05
16:10 16:40 17:10 17:40 18:10
Stop ID ⟪pat:ddddd⟫ · Zone ⟪int:1-4⟫

@@ en N 2 car documents with VIN and plate
Vehicle: ⟦2017 Toyota RAV4|2019 VW Polo|2015 Honda Fit|2020 Kia Niro⟧
VIN: ⟪pat:dLLLLdddddLdddddd⟫
Registration: ⟪pat:LLdd LLL⟫
Odometer ⟪int:20000-180000⟫ km · Policy no. ⟪pat:LLL-ddddddd⟫

@@ en_US N 2 lab report with values and codes
LAB RESULTS  Collected ⟪date⟫ ⟪time⟫
Glucose, fasting ⟪int:70-130⟫ mg/dL (70–99)
HbA1c ⟪int:4-9⟫.⟪int:0-9⟫ %
LDL ⟪int:60-190⟫ mg/dL
Dx: E11.9, I10   Ordering NPI: ⟪pat:dddddddddd⟫   Specimen ID ⟪pat:dddddddddddd⟫

@@ en N 2 router admin page
Connected devices
⟦Living-room-TV|Pixel-7|MacBook-Air|Nintendo-Switch⟧   ⟪pip⟫   ⟪mac⟫
⟦printer|ESP32-garden|Echo-Dot|iPad⟧   ⟪pip#2⟫   ⟪mac#2⟫
Gateway 192.168.1.1 · DNS 192.168.1.1 · Link-local fe80::1

@@ en N 2 networking tutorial with documentation addresses
In this example the web server listens on ⟪docip⟫ and the client connects from \
⟪docip#2⟫. For IPv6 use 2001:db8::10. These ranges are reserved for documentation.

@@ en N 3 support chat: IBAN rejected by the bank
Customer: the app says my IBAN is invalid?? I typed ⟪badiban⟫
Agent: The check digits don't match, so it's likely a typo. Could you copy it from your \
banking app instead of typing it?

@@ en N 2 checkout error: card number fails validation
Error: "Card number is invalid." Entered: ⟪badcard⟫
Hint: check for a mistyped digit — the last digit is a checksum.

@@ en_CA N 2 Canadian SIN and postal code on a form
Social Insurance Number (SIN): ⟪sin⟫
Postal code: ⟪pat:LdL dLd⟫
Province: ⟦ON|BC|AB|NS|MB⟧

@@ en N 2 geocache log with coordinates
Found it! Cache at ⟪coord⟫, under the third rock left of the bench. Elevation ⟪int:5-2400⟫ m. \
TFTC, log #⟪int:100-9999⟫.

@@ en N 2 product catalogue rows
SKU\tPart number\tDescription\tUnit price
⟪pat:LL-dddd-dd⟫\t⟪pat:dddd-dddd-dd⟫\t⟦Hex bolt M8x40|Hinge, steel|Cable tie 200mm⟧\t⟪amt:s⟫
⟪pat:LL-dddd-dd#2⟫\t⟪pat:dddd-dddd-dd#2⟫\t⟦Washer M8|LED strip 5m|Fuse 10A⟧\t⟪amt:s#2⟫

@@ en N 2 supplier invoice with invoice and PO numbers
INVOICE ⟪pat:INV-dddddd⟫   PO ⟪pat:ddddddddd⟫   Date ⟪date⟫
Qty 12 × Widget A @ ⟪amt:s⟫
Qty 3 × Service hours @ ⟪amt:s#2⟫
Subtotal ⟪amt⟫   VAT 20%   Due in 30 days

@@ en N 2 lab instrument firmware and serials
Instrument: ⟦centrifuge|spectrophotometer|incubator⟧ model ⟪pat:LL-ddd⟫
Serial no. ⟪pat:dddddddd⟫
Firmware version ⟪pat:2.1.0.dd⟫, bootloader 1.0.4
Calibrated ⟪date⟫

@@ en N 2 stock and crypto prices
Watchlist ⟪date⟫: AAPL ⟪int:150-230⟫.⟪int:10-99⟫ (+1.2%), NVDA ⟪int:400-1100⟫.⟪int:10-99#2⟫, \
BTC ⟪int:25000-70000⟫, ETH ⟪int:1500-4000⟫. Portfolio ⟪amt:l⟫, up ⟪int:1-30⟫.⟪int:0-9⟫% YTD.

@@ en_GB N 2 UK national insurance number and payroll reference
National Insurance number: ⟪pat:LL dd dd dd L⟫
Payroll number: ⟪pat:dddddd⟫
Tax code: 1257L   P60 year ending 5 April ⟪int:2021-2024⟫

@@ en_AU N 2 Australian TFN, Medicare and BSB
Tax File Number: ⟪pat:ddd ddd ddd⟫
Medicare card: ⟪pat:dddd ddddd d⟫ (IRN 2)
BSB ⟪pat:ddd-ddd⟫  Account ⟪pat:dddddddd⟫

@@ en_IN N 3 Indian KYC ids and UPI handle
KYC details
Aadhaar: ⟪pat:dddd dddd dddd⟫
PAN: ⟪pat:LLLLLddddL⟫
UPI ID: ⟦rahul.s|priya1990|kiran.m⟧@⟦okaxis|okhdfcbank|ybl|paytm⟧
IRCTC PNR ⟪pat:dddddddddd⟫, train ⟪int:12000-22999⟫

@@ en_NG N 1 Nigerian BVN and NIN on a bank form
BVN: ⟪pat:ddddddddddd⟫
NIN: ⟪pat:ddddddddddd#2⟫
Account officer code ⟪pat:LLddd⟫

@@ en_ZA N 2 South African ID number on a lease
Tenant ID number: ⟪zaid⟫
Unit ⟪int:1-99⟫, deposit ⟪amt⟫, lease ref ⟪pat:LL/dddd/dd⟫

@@ en_SG N 1 Singapore NRIC on a clinic slip
NRIC/FIN: ⟪pat:^Sddddddd^L⟫   Queue no. ⟪int:1000-1999⟫   Consult fee ⟪amt⟫

@@ en N 3 one-time passcode messages
Your verification code is ⟪pat:dddddd⟫. It expires in 10 minutes. Don't share it with anyone.
⟦Bank|Wallet|Shop⟧: Use ⟪pat:dddd⟫ to confirm the payment of ⟪amt⟫.

@@ en N 1 meeting room booking
Room ⟪int:100-999⟫ booked ⟪date⟫ ⟪time⟫–⟪time#2⟫, booking ref ⟪pat:LLL-dddd⟫, ⟪int:4-20⟫ seats.

@@ en N 2 survey statistics table
Region\tResponses\tMean\tSD\tp-value
North\t⟪int:100-2000⟫\t⟪int:1-5⟫.⟪int:10-99⟫\t0.⟪int:10-99⟫\t0.0⟪int:1-9⟫
South\t⟪int:100-2000#2⟫\t⟪int:1-5#2⟫.⟪int:10-99#2⟫\t0.⟪int:10-99#3⟫\t0.⟪int:10-99#4⟫
Total N = ⟪int:2000-9000⟫, response rate ⟪int:20-80⟫.⟪int:0-9⟫%

@@ en N 2 bank statement lines with references only
Date        Description                        Ref              Amount     Balance
⟪iso⟫  CARD PURCHASE ⟦TESCO|LIDL|WOOLWORTHS⟧        ⟪pat:dddddddddddd⟫   -⟪amt:s⟫   ⟪amt:m⟫
⟪iso#2⟫  STANDING ORDER RENT                ⟪pat:ddddddddd⟫      -⟪amt:m#2⟫  ⟪amt:m#3⟫
⟪iso#3⟫  SALARY                             ⟪pat:LLLddddddd⟫       ⟪amt:m#4⟫  ⟪amt:m#5⟫

@@ en_US N 2 nonprofit 990 summary with EIN and ZIP+4
Form 990-N (e-Postcard) ⟪int:2021-2024⟫
EIN: ⟪ein⟫
Organization: ⟦Friends of the Library|Eastside Youth Soccer|Harvest Food Pantry⟧
Mailing address: PO Box ⟪int:10-999⟫, ⟪city⟫ ⟪zip4⟫
Gross receipts normally $50,000 or less: Yes

@@ en N 2 spreadsheet of meter readings named as such
meter_id,reading_date,reading_kwh
⟪pat:dddddddddd⟫,⟪iso⟫,⟪int:1000-9999⟫
⟪pat:dddddddddd#2⟫,⟪iso#2⟫,⟪int:1000-9999#2⟫

@@ en N 2 customer number that looks like a phone number
Your customer number is ⟪pat:0ddddddddd⟫ — please quote it when you contact us. (This is not \
a phone number; our helpline is listed in the app.)
"""

NEGATIVE_WORLD_TEMPLATES = """
@@ de_DE N 3 Rechnung mit Rechnungs-, Kunden- und Sendungsnummer
Rechnung Nr. ⟪pat:dddddddd⟫ vom ⟪date⟫
Kundennummer: ⟪pat:dddddddddd⟫
Steuernummer: ⟪pat:ddd/ddd/ddddd⟫ · USt-IdNr.: DE⟪pat:ddddddddd⟫
Sendungsnummer (DHL): ⟪pat:dddddddddddd⟫
Gesamtbetrag: ⟪amt⟫ — bereits per PayPal bezahlt.

@@ de_DE N 2 Steuer-ID im Lohnsteuerbescheid
Ihre steuerliche Identifikationsnummer: ⟪pat:dd ddd ddd ddd⟫
Steuerklasse ⟦I|III|IV⟧, Kinderfreibeträge 1,0
Aktenzeichen: ⟪pat:ddd/ddd/ddddd⟫, Bescheid vom ⟪date⟫

@@ de_DE N 2 Bahnbuchung
Auftragsnummer: ⟪pat:dddddddddddd⟫
ICE ⟪pat:ddd⟫, ⟪date⟫, ab ⟪time⟫, Wagen ⟪int:1-14⟫, Platz ⟪int:11-118⟫
BahnCard-Nr. ⟪pat:dddd dddd dddd dddd⟫ · Preis ⟪amt⟫

@@ fr_FR N 3 facture avec SIRET et numéro de commande
FACTURE n° ⟪pat:FA-dddd-dddd⟫ du ⟪date⟫
SIRET : ⟪siret⟫ · TVA intracom. FR⟪pat:dd ddddddddd⟫
N° de commande : ⟪pat:dddddddddd⟫
Total TTC : ⟪amt⟫ — payé par carte (**** ⟪last4⟫)

@@ fr_FR N 2 numéro de sécurité sociale français et référence
Numéro de sécurité sociale : ⟪pat:d dd dd dd ddd ddd dd⟫
Référence dossier CPAM : ⟪pat:dddddddd⟫ · remboursement ⟪amt:s⟫ le ⟪date⟫

@@ es_ES N 3 pedido con DNI y localizador
Localizador de la reserva: ⟪pat:LLLLLL⟫
Titular: ⟪name⟫ · DNI ⟪pat:ddddddddL⟫
Número de pedido: ⟪pat:dddddddddd⟫ · Importe: ⟪amt⟫
Código postal de entrega: ⟪pat:ddddd⟫

@@ pt_BR N 3 boleto, CPF/CNPJ e rastreio dos Correios
Boleto — vencimento ⟪date⟫ — valor ⟪amt⟫
Linha digitável: ⟪pat:ddddd.ddddd ddddd.dddddd ddddd.dddddd d ddddddddddddddd⟫
Beneficiário CNPJ ⟪pat:dd.ddd.ddd/dddd-dd⟫ · Pagador CPF ⟪pat:ddd.ddd.ddd-dd⟫
Código de rastreio: ⟪pat:LLdddddddd^B^R⟫

@@ it_IT N 2 codice fiscale e partita IVA
Codice fiscale: ⟪pat:LLLLLLddLddLdddL⟫
Partita IVA: ⟪pat:ddddddddddd⟫
Numero ordine: ⟪pat:dddddddddd⟫ del ⟪date⟫ · Totale ⟪amt⟫

@@ nl_NL N 2 BSN, KvK en ordernummer
BSN: ⟪pat:ddddddddd⟫
KvK-nummer: ⟪pat:dddddddd⟫
Ordernummer: ⟪pat:dddddddddd⟫ · Postcode ⟪pat:dddd LL⟫ · Totaal ⟪amt⟫

@@ pl_PL N 2 PESEL, NIP i numer zamówienia
PESEL: ⟪pat:ddddddddddd⟫
NIP: ⟪pat:ddd-ddd-dd-dd⟫
Numer zamówienia: ⟪pat:dddddddddd⟫ · Paczkomat ⟪pat:LLLddL⟫ · Kwota ⟪amt⟫

@@ cs_CZ N 1 rodné číslo a IČO
Rodné číslo: ⟪pat:dddddd/dddd⟫
IČO: ⟪pat:dddddddd⟫ · Číslo objednávky: ⟪pat:dddddddddd⟫ · Cena ⟪amt⟫

@@ tr_TR N 2 TC Kimlik ve kargo takip
T.C. Kimlik No: ⟪pat:ddddddddddd⟫
Sipariş No: ⟪pat:dddddddddd⟫
Kargo takip numarası: ⟪pat:dddddddddddd⟫ · Tutar: ⟪amt⟫

@@ ru_RU N 2 ИНН, СНИЛС и трек-номер
ИНН: ⟪pat:dddddddddddd⟫
СНИЛС: ⟪pat:ddd-ddd-ddd dd⟫
Номер заказа: ⟪pat:dddddddddd⟫ · трек-номер ⟪pat:LLddddddddd^R^U⟫ · сумма ⟪amt⟫

@@ uk_UA N 2 РНОКПП і ТТН Нової пошти
РНОКПП: ⟪pat:dddddddddd⟫
ТТН Нова пошта: ⟪pat:dddddddddddddd⟫
Номер замовлення: ⟪pat:ddddddddd⟫ · до сплати ⟪amt⟫

@@ zh_CN N 3 身份证号、订单号和快递单号
订单编号：⟪pat:dddddddddddddddddd⟫
身份证号：⟪pat:ddddddddddddddddd⟫X
快递单号：顺丰 SF⟪pat:dddddddddddd⟫
下单时间：⟪date⟫ ⟪time⟫　实付 ⟪amt⟫

@@ ja_JP N 2 マイナンバーと注文番号
注文番号：⟪pat:ddd-ddddddd-ddddddd⟫
マイナンバー（個人番号）：⟪pat:dddd dddd dddd⟫
郵便番号 〒⟪pat:ddd-dddd⟫
お届け予定日：⟪date⟫　合計 ⟪amt⟫

@@ ko_KR N 2 주민등록번호와 송장번호
주문번호: ⟪pat:dddddddddddddd⟫
주민등록번호: ⟪pat:dddddd-ddddddd⟫
송장번호(CJ대한통운): ⟪pat:dddddddddddd⟫
결제금액: ⟪amt⟫

@@ ar_EG N 2 الرقم القومي ورقم الطلب
الرقم القومي: ⟪pat:dddddddddddddd⟫
رقم الطلب: ⟪pat:dddddddddd⟫
رقم الشحنة: ⟪pat:dddddddddddd⟫ — المبلغ ⟪amt⟫

@@ ar_SA N 1 فاتورة ضريبية
فاتورة ضريبية مبسطة رقم ⟪pat:dddddd⟫
الرقم الضريبي: 3⟪pat:dddddddddddd⟫3
الإجمالي شامل الضريبة: ⟪amt⟫ — ⟪date⟫

@@ he_IL N 1 תעודת זהות ומספר הזמנה
מספר תעודת זהות: ⟪pat:ddddddddd⟫
מספר הזמנה: ⟪pat:dddddddd⟫ · סכום ⟪amt⟫

@@ fa_IR N 1 کد ملی و شماره سفارش
کد ملی: ⟪pat:dddddddddd⟫
شماره سفارش: ⟪pat:dddddddd⟫ — مبلغ ⟪amt⟫ — تاریخ ⟪date⟫

@@ hi_IN N 2 आधार, पैन और पीएनआर
आधार संख्या: ⟪pat:dddd dddd dddd⟫
पैन: ⟪pat:LLLLLddddL⟫
पीएनआर नं. ⟪pat:dddddddddd⟫ — ट्रेन ⟪int:12000-22999⟫, कोच B⟪int:1-9⟫, बर्थ ⟪int:1-72⟫

@@ bn_BD N 1 জাতীয় পরিচয়পত্র ও অর্ডার
এনআইডি নম্বর: ⟪pat:dddddddddd⟫
অর্ডার নম্বর: ⟪pat:dddddddd⟫ — মোট ⟪amt⟫

@@ ur_PK N 1 شناختی کارڈ نمبر
شناختی کارڈ نمبر: ⟪pat:ddddd-ddddddd-d⟫
آرڈر نمبر: ⟪pat:dddddddd⟫ — رقم ⟪amt⟫

@@ id_ID N 2 NIK dan nomor resi
NIK: ⟪pat:dddddddddddddddd⟫
No. resi JNE: ⟪pat:dddddddddddddddd#2⟫
No. pesanan: ⟪pat:LLddddddddddd⟫ · Total ⟪amt⟫

@@ vi_VN N 2 CCCD và mã đơn hàng
Số CCCD: ⟪pat:dddddddddddd⟫
Mã đơn hàng: ⟪pat:dddddddddLLL⟫ · Mã vận đơn: ⟪pat:LLLLddddddddd⟫
Tổng tiền: ⟪amt⟫

@@ th_TH N 2 เลขประจำตัวประชาชนและเลขพัสดุ
เลขประจำตัวประชาชน: ⟪pat:d dddd ddddd dd d⟫
เลขพัสดุ: ⟪pat:LLddddddddd^T^H⟫
ยอดชำระ ⟪amt⟫ วันที่ ⟪date⟫

@@ el_GR N 1 ΑΦΜ και αριθμός παραγγελίας
ΑΦΜ: ⟪pat:ddddddddd⟫ · ΔΟΥ ⟦Α' Αθηνών|Καλαμαριάς⟧
Αριθμός παραγγελίας: ⟪pat:dddddddd⟫ · Σύνολο ⟪amt⟫

@@ ro_RO N 1 CNP și număr comandă
CNP: ⟪pat:ddddddddddddd⟫
Număr comandă: ⟪pat:dddddddddd⟫ · Total ⟪amt⟫

@@ hu_HU N 1 adóazonosító és TAJ szám
Adóazonosító jel: ⟪pat:dddddddddd⟫
TAJ szám: ⟪pat:ddd ddd ddd⟫
Rendelésszám: ⟪pat:dddddddd⟫ · Végösszeg ⟪amt⟫

@@ sv_SE N 1 personnummer och OCR
Personnummer: ⟪pat:dddddd-dddd⟫
OCR-nummer: ⟪pat:dddddddddddd⟫ · Bankgiro ⟪pat:ddd-dddd⟫ · Att betala ⟪amt⟫

@@ nb_NO N 1 fødselsnummer og kontonummer
Fødselsnummer: ⟪pat:ddddddddddd⟫
Kontonummer: ⟪pat:dddd.dd.ddddd⟫ · KID ⟪pat:dddddddddd⟫ · Beløp ⟪amt⟫

@@ da_DK N 1 CPR og ordrenummer
CPR-nr.: ⟪pat:dddddd-dddd⟫
Ordrenummer: ⟪pat:dddddddd⟫ · Reg.nr. ⟪pat:dddd⟫ · I alt ⟪amt⟫

@@ fi_FI N 1 henkilötunnus ja viitenumero
Henkilötunnus: ⟪pat:dddddd-dddL⟫
Viitenumero: ⟪pat:dd ddddd ddddd⟫ · Eräpäivä ⟪date⟫ · Summa ⟪amt⟫

@@ sw_KE N 2 Kiswahili: ujumbe wa M-Pesa
⟪pat:LLLdLdLLdL⟫ Imethibitishwa. Umepokea ⟪amt⟫ kutoka kwa ⟪name⟫ tarehe ⟪date⟫ saa ⟪time⟫. \
Salio lako jipya la M-PESA ni ⟪amt:m⟫.

@@ fil_PH N 2 Filipino: SSS, PhilHealth at TIN
SSS No.: ⟪pat:dd-ddddddd-d⟫
PhilHealth No.: ⟪pat:dd-ddddddddd-d⟫
TIN: ⟪pat:ddd-ddd-ddd-ddd⟫
Reference no. ng bayad: ⟪pat:dddddddddddd⟫

@@ es_MX N 2 CURP, RFC y folio
CURP: ⟪pat:LLLLddddddLLLLLLdd⟫
RFC: ⟪pat:LLLLddddddLLd⟫
Folio fiscal: ⟪uuid⟫ · Total ⟪amt⟫

@@ es_AR N 1 DNI y CUIT
DNI: ⟪pat:dd.ddd.ddd⟫ · CUIT: ⟪pat:dd-dddddddd-d⟫ · Nro. de pedido ⟪pat:dddddddd⟫

@@ zh_TW N 1 統一編號與發票號碼
統一編號：⟪pat:dddddddd⟫
發票號碼：⟪pat:LL-dddddddd⟫　總計 ⟪amt⟫

@@ ja_JP N 1 日付と金額だけの家計簿
⟪date⟫　食費 ⟪amt⟫／日用品 ⟪amt#2⟫／交通費 ⟪amt#3⟫　残高 ⟪amt:l⟫

@@ ko_KR N 1 통계 보고서
⟪int:2019-2024⟫년 응답자 ⟪int:1000-9000⟫명, 평균 ⟪int:20-60⟫.⟪int:0-9⟫세, \
만족도 ⟪int:50-95⟫.⟪int:0-9#2⟫%

@@ es_ES N 1 estadística de un informe
Según el informe, la tasa de paro bajó al ⟪int:8-15⟫,⟪int:10-99⟫ % y se crearon \
⟪int:100000-900000⟫ empleos entre ⟪int:2019-2021⟫ y ⟪int:2022-2024⟫.

@@ am_ET N 1 አማርኛ: የፈተና ውጤት
የተማሪ መለያ ቁጥር ⟪pat:dddddddd⟫ — ውጤት ⟪int:300-600⟫/700 — ቀን ⟪date⟫

@@ yo_NG N 1 Yorùbá: nọ́mbà ìforúkọsílẹ̀
Nọ́mbà ìforúkọsílẹ̀ JAMB: ⟪pat:ddddddddLL⟫ — Àmì ⟪int:150-350⟫ — ⟪date⟫

@@ de_AT N 1 Sozialversicherungsnummer (Österreich) und Aktenzahl
Sozialversicherungsnummer: ⟪pat:dddd dddddd⟫
Aktenzahl: ⟪pat:dddd-dd/dddd⟫ · Termin ⟪date⟫ ⟪time⟫

@@ de_CH N 1 AHV-Nummer
AHV-Nr.: 756.⟪pat:dddd.dddd.dd⟫ · Versicherten-Nr. ⟪pat:ddddddddd⟫

@@ fr_BE N 1 numéro de registre national
Numéro de registre national : ⟪pat:dd.dd.dd-ddd.dd⟫ · N° de dossier ⟪pat:dddddd⟫

@@ pt_PT N 1 NIF e referência Multibanco
NIF: ⟪pat:ddddddddd⟫ · Entidade ⟪pat:ddddd⟫ · Referência ⟪pat:ddd ddd ddd⟫ · Valor ⟪amt⟫

@@ it_IT N 1 targa e numero di telaio
Targa: ⟪pat:LL dddLL⟫ · Telaio: ⟪pat:LLLdddddLLdddddd⟫ · Polizza n. ⟪pat:dddddddd⟫

@@ nl_BE N 1 rijksregisternummer en gestructureerde mededeling
Rijksregisternummer: ⟪pat:dd.dd.dd-ddd.dd⟫ · Mededeling: +++⟪pat:ddd/dddd/ddddd⟫+++
"""

CARD_IP_TEMPLATES = """
@@ en P 3 subscription billing export
customer_id,name,plan,card_number,exp,last_charge
cus_⟪pat:LLLLdddLLd⟫,⟪name⟫,⟦pro|team|basic⟧,⟪card:,n⟫,⟪int:1-12⟫/⟪int:26-31⟫,⟪amt:s⟫
cus_⟪pat:LLLLdddLLd#2⟫,⟪name#2⟫,⟦pro|team|basic⟧,⟪card:,n#2⟫,⟪int:1-12#2⟫/⟪int:26-31#2⟫,\
⟪amt:s#2⟫

@@ en_US P 3 corporate expense report with an Amex
EXPENSE REPORT  ⟪name⟫  Dept ⟦Sales|Field Ops|Marketing⟧
Corporate card: ⟪card:amex⟫
⟪date⟫  Uber to airport            ⟪amt:s⟫
⟪date#2⟫  Marriott (2 nights)        ⟪amt:m⟫
⟪date#3⟫  Client dinner              ⟪amt:m#2⟫
Approver: ⟪name#2⟫

@@ en P 3 payment gateway debug log that leaked a PAN
[⟪iso⟫ ⟪time⟫:09,412] ERROR gateway.client: authorize failed pan=⟪card:,n⟫ \
exp=⟪int:1-12⟫⟪int:26-31⟫ amount=⟪int:5-900⟫.00 currency=⟦EUR|USD|GBP|BRL|INR⟧ \
code=05 client=⟪ip4⟫

@@ en P 3 e-mail: card details for a deposit
Hi ⟪first#2⟫,
As discussed, please take the deposit from this card:
Name on card: ⟪name⟫
Card number: ⟪card⟫
Expiry: ⟪int:1-12⟫/⟪int:26-31⟫
Thanks!
⟪first⟫

@@ en P 2 card vault export JSON
[{"holder":"⟪name⟫","pan":"⟪card:,n⟫","brand":"auto","exp_month":⟪int:1-12⟫,\
"exp_year":20⟪int:26-31⟫},
 {"holder":"⟪name#2⟫","pan":"⟪card:,n#2⟫","brand":"auto","exp_month":⟪int:1-12#2⟫,\
"exp_year":20⟪int:26-31#2⟫}]

@@ en P 2 travel agent booking form with a Diners card
Traveller: ⟪name⟫   Passport ⟪pat:Ldddddddd⟫
Corporate Diners Club: ⟪card:diners⟫
Billing contact: ⟪email:work⟫

@@ en P 2 SMS to a partner with a JCB card
pls order the tickets, use my JCB ⟪card:jcb⟫ exp ⟪int:1-12⟫/⟪int:26-31⟫, the code is on \
the back, I'll text it

@@ en P 2 Discover card on a utility autopay form
AUTOPAY ENROLLMENT
Service address: ⟪int:10-9999⟫ ⟦Spruce|Chestnut|Harbor⟧ Dr
Card type: Discover
Card number: ⟪card:discover⟫
Cardholder: ⟪name⟫

@@ en P 2 Maestro card in a shared household note
Household cards:
- joint Maestro ⟪card:maestro⟫
- my Mastercard ⟪card:mc2⟫

@@ en P 2 UnionPay card on a tuition payment
Tuition payment — student ⟪name⟫ (ID ⟪pat:dddddddd⟫)
Payer card (UnionPay): ⟪card:unionpay⟫
Amount: ⟪amt:l⟫

@@ en_US P 2 old customer record with a 13-digit Visa
CUSTOMER CARD (scanned ⟪int:2003-2009⟫)
Name ⟪name⟫   Acct ⟪pat:dddddd⟫
Visa ⟪card:visa13⟫
Phone ⟪landline⟫

@@ de_DE P 2 Hotelreservierung mit Kreditkarte
Ihre Reservierung ⟪pat:dddddddd⟫ ist bestätigt.
Gast: ⟪name⟫
Kreditkarte zur Garantie: ⟪card⟫ (gültig bis ⟪int:1-12⟫/⟪int:26-31⟫)
Anreise ⟪date⟫, ⟪int:1-9⟫ Nächte

@@ fr_FR P 2 réservation : carte bancaire
Pour confirmer la réservation du gîte, voici ma carte : ⟪card⟫, expiration \
⟪int:1-12⟫/⟪int:26-31⟫. Merci de me confirmer par SMS.

@@ es_ES P 2 tarjeta para la reserva del hotel
Hola, os confirmo la reserva. Tarjeta de garantía: ⟪card⟫ a nombre de ⟪name⟫. Llegamos \
el ⟪date⟫.

@@ it_IT P 1 carta per l'abbonamento
Rinnovo abbonamento treno: carta ⟪card⟫, scadenza ⟪int:1-12⟫/⟪int:26-31⟫, intestata a ⟪name⟫.

@@ pt_BR P 2 cartão salvo no app
Cartões salvos
• ⟦Nubank|Itaú|Inter⟧ ⟪card:mc⟫
• ⟦Elo|Visa|Santander⟧ ⟪card:visa⟫

@@ ja_JP P 2 日本語：ネット通販のカード情報
カード番号：⟪card⟫
名義：⟪name⟫
有効期限：⟪int:1-12⟫月/20⟪int:26-31⟫年

@@ ko_KR P 2 한국어: 카드 번호 공유
엄마 카드 번호 ⟪card⟫ 유효기간 ⟪int:1-12⟫/⟪int:26-31⟫ 이걸로 결제해줘

@@ zh_CN P 2 中文：信用卡信息
信用卡号：⟪card⟫，有效期 ⟪int:1-12⟫/⟪int:26-31⟫，持卡人 ⟪name⟫

@@ ar_AE P 2 عربي: بيانات البطاقة
رقم البطاقة: ⟪card⟫
تاريخ الانتهاء: ⟪int:1-12⟫/⟪int:26-31⟫
اسم حامل البطاقة: ⟪name⟫

@@ hi_IN P 2 हिन्दी: कार्ड नंबर
टिकट मेरे कार्ड से बुक कर दो: ⟪card⟫, एक्सपायरी ⟪int:1-12⟫/⟪int:26-31⟫

@@ tr_TR P 2 Türkçe: kart bilgisi
Kart numarası: ⟪card⟫ · Son kullanma: ⟪int:1-12⟫/⟪int:26-31⟫ · Kart sahibi: ⟪name⟫

@@ ru_RU P 2 русский: данные карты
Номер карты: ⟪card⟫, срок действия ⟪int:1-12⟫/⟪int:26-31⟫, владелец ⟪name⟫

@@ pl_PL P 1 polski: karta do rezerwacji
Numer karty: ⟪card⟫, ważna do ⟪int:1-12⟫/⟪int:26-31⟫

@@ nl_NL P 1 creditcard voor de huurauto
Creditcard voor de borg: ⟪card⟫ (t.n.v. ⟪name⟫)

@@ en P 3 apache error log
[⟦Mon|Tue|Wed|Thu|Fri⟧ ⟦Mar|Apr|Jul|Oct⟧ ⟪int:10-28⟫ ⟪time⟫:44.118412 2024] [php:error] \
[pid ⟪int:1000-9999⟫] \
[client ⟪ip4⟫:⟪int:30000-65000⟫] PHP Fatal error: Uncaught TypeError in \
/var/www/html/checkout.php:⟪int:10-400⟫

@@ en P 3 postfix mail log
postfix/smtpd[⟪int:1000-9999⟫]: connect from unknown[⟪ip4⟫]
postfix/smtpd[⟪int:1000-9999⟫]: NOQUEUE: reject: RCPT from unknown[⟪ip4⟫]: 554 5.7.1 \
<⟪email⟫>: Relay access denied
postfix/smtpd[⟪int:1000-9999⟫]: disconnect from unknown[⟪ip4⟫]

@@ en P 3 WordPress comment moderation queue
Pending comment on "⟦10 easy sourdough tips|Our trip to Zanzibar|Fixing a leaky tap⟧"
Author: ⟦Sam|Leila|Bogdan|Priya⟧ (⟪email⟫)
IP: ⟪ip⟫
"Great post! Check my site for cheap ⟦watches|followers|loans⟧"

@@ en P 2 Minecraft server log
[⟪clock⟫:51] [Server thread/INFO]: ⟦Creeper_Hunter|blocky_bea|n00bmaster⟧\
[/⟪ip4⟫:⟪int:30000-65000⟫] \
logged in with entity id ⟪int:100-999⟫ at (⟪int:-900-900⟫.5, 64.0, ⟪int:-900-900⟫.5)
[⟪clock⟫:52] [Server thread/INFO]: UUID of player is ⟪uuid⟫

@@ en P 2 Windows security event
An account was successfully logged on.
Logon Type: 10
Account Name: ⟪first⟫.⟪last⟫
Workstation Name: DESKTOP-⟪pat:LLLdLLd⟫
Source Network Address: ⟪ip4⟫
Source Port: ⟪int:30000-65000⟫

@@ en P 3 WireGuard client config
[Interface]
PrivateKey = (redacted)
Address = 10.⟪int:0-255⟫.0.2/32
DNS = ⟪ip4⟫

[Peer]
PublicKey = (redacted)
Endpoint = ⟪ip4#2⟫:51820
AllowedIPs = 0.0.0.0/0, ::/0

@@ en P 2 cloud security group JSON
{"GroupName":"db-access","IpPermissions":[{"FromPort":5432,"ToPort":5432,\
"IpRanges":[{"CidrIp":"⟪ip4⟫/32","Description":"⟪first⟫ home"},\
{"CidrIp":"⟪pip⟫/32","Description":"bastion"}],\
"Ipv6Ranges":[{"CidrIpv6":"⟪ip6⟫/128"}]}]}

@@ en P 3 reverse-proxy headers
GET /account HTTP/1.1
Host: ⟦app.kitolabs.io|shop.kaffee-ecke.net|portal.lagos-eats.net⟧
X-Forwarded-For: ⟪ip⟫, ⟪pip⟫
X-Real-IP: ⟪ip⟫
User-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)

@@ en P 2 traceroute output
traceroute to ⟦github.com|bbc.co.uk|wikipedia.org⟧, 30 hops max
 1  ⟪pip⟫  1.1 ms
 2  ⟪ip4⟫  8.4 ms
 3  ⟪ip4#2⟫  9.0 ms
 4  ⟪ip4#3⟫  21.7 ms

@@ en P 2 web analytics CSV
timestamp,ip,country,page,referrer
⟪iso⟫ ⟪time⟫,⟪ip4⟫,⟦BR|IN|NG|DE|VN⟧,/pricing,google
⟪iso⟫ ⟪time#2⟫,⟪ip6⟫,⟦US|FR|KE|JP|MX⟧,/blog/⟦tips|news⟧,direct
⟪iso⟫ ⟪time#3⟫,⟪ip4#2⟫,⟦PL|TR|EG|AU|CO⟧,/signup,newsletter

@@ en P 2 Nextcloud log line
{"reqId":"⟪pat:LLLLddLLLddLLLdd⟫","level":2,"time":"⟪iso⟫T⟪time⟫:11+00:00",\
"remoteAddr":"⟪ip⟫","user":"⟪first⟫","app":"core","method":"PROPFIND",\
"message":"Login failed: ⟪first⟫ (Remote IP: ⟪ip⟫)"}

@@ en P 2 game chat asking to join a server
yo join my server its ⟪ip4⟫:⟪int:25000-28000⟫ pw is tacos, ⟪first⟫ is already on

@@ de_DE P 2 Warnung vom Hoster
Sehr geehrte/r ⟪name⟫,
von Ihrer IP-Adresse ⟪ip4⟫ wurden in den letzten 24 Stunden ⟪int:200-9000⟫ \
Login-Versuche auf fremde Server registriert. Bitte prüfen Sie Ihren Server.

@@ es_ES P 2 registro de acceso comentado
# accesos sospechosos al panel, bloquear:
⟪ip4⟫  (⟪int:40-900⟫ intentos)
⟪ip4#2⟫  (⟪int:40-900#2⟫ intentos)
⟪ip6⟫  (⟪int:5-40⟫ intentos)

@@ pt_BR P 2 log do roteador comentado
# IP público que a operadora me deu hoje: ⟪ip4⟫
# IP do DVR na rede local: ⟪pip⟫ (porta 8000 liberada)

@@ ru_RU P 2 русский: журнал входов
⟪date⟫ ⟪time⟫ — вход в личный кабинет с IP ⟪ip⟫ (⟦Москва|Казань|Алматы⟧). Если это были не вы, \
смените пароль.

@@ ja_JP P 2 日本語：不正アクセスの報告
管理者様　本日 ⟪time⟫ 頃、IPアドレス ⟪ip4⟫ から管理画面へのログイン試行が \
⟪int:50-500⟫ 回ありました。ブロックをお願いします。

@@ zh_TW P 1 中文：防火牆白名單
公司出口 IP：⟪ip4⟫（中華電信），家裡：⟪ip6⟫，請加到白名單。

@@ en P 2 forum post with IPv6 only
Anyone else seeing this? my ISP just gave me ⟪ip6⟫ and half the sites time out. \
The router's own address is ⟪pip6⟫.

@@ en_US P 3 state unemployment claim portal
UNEMPLOYMENT INSURANCE CLAIM — confirmation ⟪pat:ddddddddd⟫
Claimant SSN: ⟪ssn⟫
Last employer: ⟦Amazon Fulfillment|Kroger|Delta Air Lines|Sutter Health⟧
Weekly benefit amount: ⟪amt:m⟫
Submitted from IP ⟪ip4⟫ on ⟪date⟫

@@ en_US P 3 life insurance beneficiary form
Primary beneficiary: ⟪name#2⟫   Relationship: ⟦Spouse|Daughter|Son⟧   Share: 100%
Beneficiary SSN: ⟪ssn⟫   Beneficiary DOB: ⟪dob⟫
Policy owner: ⟪name⟫, SSN ⟪ssn#2⟫

@@ en_US P 2 tax software export (TXF-like)
^
TD
N⟪int:200-299⟫
C1
L1
P⟪name⟫ SSN⟪ssn:b⟫
$⟪int:100-9000⟫.00
^

@@ en_US P 2 chat with a car dealer's finance office
Finance: For the credit app I need your SSN and your monthly rent.
⟪first⟫: ⟪ssn⟫ and rent is ⟪amt:m⟫
Finance: Perfect. And the co-buyer?
⟪first⟫: my mom, ⟪name#2⟫, ⟪ssn#2⟫
"""

NEGATIVE_MORE_TEMPLATES = """
@@ en N 3 calendar invite with a video-meeting dial-in id
⟦Weekly sync|Quarterly review|Parent-teacher call|Thesis check-in⟧
⟪date⟫ ⟪time⟫ – ⟪time#2⟫
Join online. Meeting ID: ⟪pat:ddd dddd dddd⟫
Passcode: ⟪pat:dddddd⟫

@@ en N 2 parcel locker pickup message
Your parcel is waiting in locker ⟦A|B|C⟧⟪int:1-48⟫ at ⟦Central Station|the mall|Main St⟧. \
Pickup code: ⟪pat:dddddd⟫. Tracking ⟪pat:LLdddddddddLL⟫. Collect by ⟪date⟫.

@@ en N 2 monthly expense sheet without personal details
Category\tBudget\tSpent\tLeft
Rent\t⟪amt:m⟫\t⟪amt:m#2⟫\t0
Groceries\t⟪amt⟫\t⟪amt#2⟫\t⟪amt:s⟫
Transport\t⟪amt:s#2⟫\t⟪amt:s#3⟫\t⟪amt:s#4⟫

@@ en N 2 insurance renewal with policy and claim numbers
Policy number: ⟪pat:LLL-dddddddd-dd⟫
Previous claim ref: ⟪pat:CLdddddddd⟫
Renewal premium ⟪amt⟫, due ⟪date⟫. No-claims years: ⟪int:1-9⟫.

@@ en_US N 2 prescription label with Rx and NDC numbers
Rx# ⟪pat:ddddddd⟫   Refills: ⟪int:0-5⟫
⟦Lisinopril 10 mg|Metformin 500 mg|Atorvastatin 20 mg⟧ — take 1 tablet daily
NDC ⟪pat:dddd-dddd-dd⟫   Qty ⟪int:30-90⟫   Filled ⟪date⟫

@@ en N 2 hotel confirmation without contact details
Confirmation number: ⟪pat:dddddddddd⟫
Room ⟪int:101-1820⟫ · ⟪int:1-6⟫ nights · Rate code ⟪pat:LLLd⟫
Check-in ⟪date⟫ after 15:00. Total ⟪amt:m⟫ (prepaid).

@@ en N 2 transfer confirmation with a masked IBAN
Transfer sent ✔
To: ⟪name⟫
Account: ⟦DE|FR|NL|ES|IT⟧** **** **** **** ⟪int:10-99⟫
Amount: ⟪amt⟫ · Reference ⟪pat:LLddddddddLL⟫ · Value date ⟪date⟫

@@ en N 2 SSH and GPG fingerprints
ED25519 key fingerprint is SHA256:⟪pat:hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh⟫.
gpg: key ⟪pat:HHHHHHHHHHHHHHHH⟫: public key imported
Fingerprint: ⟪pat:HHHH HHHH HHHH HHHH HHHH  HHHH HHHH HHHH HHHH HHHH⟫

@@ en N 2 social-media export with numeric ids
{"tweet_id": "⟪pat:1ddddddddddddddddd⟫", "created_at": "⟪iso⟫T⟪time⟫:00Z",
 "retweets": ⟪int:0-900⟫, "likes": ⟪int:0-9000⟫, "conversation_id": "⟪pat:1ddddddddddddddddd#2⟫"}

@@ en N 2 docker compose with private networking
services:
  db:
    image: postgres:⟪int:13-16⟫.⟪int:1-9⟫@sha256:⟪sha256⟫
    ports: ["5432:5432"]
    networks:
      backend:
        ipv4_address: ⟪pip⟫

@@ en N 2 package manifest with version ranges
"dependencies": {
  "react": "^18.⟪int:0-3⟫.⟪int:0-9⟫",
  "date-fns": "~⟪int:2-3⟫.⟪int:0-30⟫.0",
  "lodash": "4.17.21",
  "@sentry/node": "⟪int:7-8⟫.⟪int:10-120⟫.⟪int:0-9⟫"
}

@@ en N 1 homework with long numbers
2^64 = 18446744073709551616, and 3^30 = 205891132094649. Pi to 20 places: \
3.14159265358979323846.

@@ en N 1 software licence key
Licence key: ⟪pat:LLdLL-dLLdL-LLLdd-dLdLL-LLdLd⟫ (activated on ⟪int:1-3⟫ of 3 devices)

@@ en N 2 app records with epoch timestamps
id,created_ms,updated_s,status
⟪int:1000-9999⟫,⟪pat:17dddddddddd⟫,⟪pat:17dddddddd⟫,ok
⟪int:1000-9999#2⟫,⟪pat:17dddddddddd#2⟫,⟪pat:17dddddddd#2⟫,failed

@@ en_US N 1 property tax bill
Parcel number (APN): ⟪pat:ddd-ddd-dd⟫
Tax rate area ⟪pat:ddd-ddd⟫ · First installment ⟪amt:m⟫ due ⟪date⟫

@@ en_US N 2 USPS tracking and receipt
USPS Tracking #: ⟪pat:9400 dddd dddd dddd dddd dd⟫
Priority Mail 2-Day · ⟪amt:s⟫ · Retail ⟪pat:ddddddddddd⟫
Label created ⟪date⟫ ⟪time⟫

@@ en_GB N 1 UK bank details named as sort code and account number
Sort code: ⟪pat:dd-dd-dd⟫
Account number: ⟪pat:dddddddd⟫
Payment reference: ⟪pat:LLLdddd⟫

@@ en_IN N 1 Indian bank details with IFSC
A/c no.: ⟪pat:dddddddddddd⟫
IFSC: ⟦SBIN|HDFC|ICIC|UTIB⟧0⟪pat:dddddd⟫
Branch: ⟪city⟫ Main

@@ en N 1 browser versions that look like addresses
Tested on Chrome ⟪pat:12d.0.6ddd.1dd⟫, Firefox ⟪int:120-126⟫.0.1 and Safari 17.4.1.

@@ de_DE N 2 Paketstation und Versichertennummer
PostNummer: ⟪pat:ddddddddd⟫ · Packstation ⟪int:100-299⟫
Versichertennummer: ⟪pat:Lddddddddd⟫ · Termin ⟪date⟫ um ⟪time⟫

@@ fr_FR N 1 avis d'impôt
Numéro fiscal : ⟪pat:dd dd ddd ddd ddd⟫
Référence de l'avis : ⟪pat:dd dd Ldddddd dd⟫
Montant à payer : ⟪amt⟫ avant le ⟪date⟫

@@ es_ES N 1 número de afiliación a la Seguridad Social española
Nº de afiliación a la Seguridad Social: ⟪pat:dd dddddddddd⟫
Código de cuenta de cotización: ⟪pat:dddd ddddddd⟫

@@ it_IT N 1 tessera sanitaria
Numero tessera sanitaria: ⟪pat:dddddddddddddddddddd⟫ · scadenza ⟪date⟫

@@ ja_JP N 1 会員番号と予約番号
会員番号：⟪pat:dddd-dddd-dddd⟫
予約番号：⟪pat:LLdddddd⟫　⟪date⟫ ⟪time⟫〜　2名様

@@ zh_CN N 1 取件码和订单
【菜鸟驿站】您的包裹已到站，取件码 ⟪pat:d-d-dddd⟫，请于 ⟪date⟫ 前领取。\
订单号 ⟪pat:dddddddddddddddddd⟫

@@ ko_KR N 1 계좌번호와 금액 (명시)
입금 계좌번호: ⟦신한|국민|우리⟧ ⟪pat:ddd-ddd-dddddd⟫ (예금주 ⟪name⟫) · 금액 ⟪amt⟫

@@ pt_BR N 1 chave de acesso da nota fiscal
Chave de acesso: ⟪pat:dddd dddd dddd dddd dddd dddd dddd dddd dddd dddd dddd⟫
Nº ⟪pat:ddddddd⟫ Série 1 · Valor total ⟪amt⟫

@@ ar_AE N 1 رقم الحجز ورقم الرحلة
رقم الحجز: ⟪pat:LLLLLL⟫ — رحلة EK ⟪int:100-999⟫ — مقعد ⟪int:10-60⟫A — ⟪date⟫

@@ tr_TR N 1 vergi numarası ve fatura
Vergi No: ⟪pat:dddddddddd⟫ · Fatura No: ⟪pat:LLLdddddddddddd⟫ · Tutar ⟪amt⟫

@@ ru_RU N 1 полис ОМС
Номер полиса ОМС: ⟪pat:dddddddddddddddd⟫ · выдан ⟪date⟫

@@ id_ID N 1 nomor virtual account
Bayar ke Virtual Account BCA: ⟪pat:dddd dddd dddd dddd⟫ sebelum ⟪date⟫ ⟪time⟫. Total ⟪amt⟫

@@ vi_VN N 1 mã số thuế
Mã số thuế: ⟪pat:dddddddddd⟫ · Số hóa đơn: ⟪pat:ddddddd⟫ · Tổng ⟪amt⟫

@@ th_TH N 1 ใบแจ้งหนี้
เลขที่ใบแจ้งหนี้ ⟪pat:LLddddddddd⟫ ครบกำหนด ⟪date⟫ ยอด ⟪amt⟫

@@ sw_TZ N 1 Kiswahili: namba ya kumbukumbu ya LUKU
Namba ya mita ya LUKU: ⟪pat:ddddddddddd⟫ · Tokeni: ⟪pat:dddd dddd dddd dddd dddd⟫ · ⟪amt⟫

@@ fil_PH N 1 Filipino: bill reference
Meralco account no.: ⟪pat:dddddddddd⟫ · Reference no.: ⟪pat:dddddddddddd⟫ · Due ⟪date⟫

@@ hi_IN N 1 हिन्दी: बिजली बिल
उपभोक्ता संख्या: ⟪pat:dddddddddd⟫ · बिल संख्या: ⟪pat:dddddddd⟫ · देय राशि ⟪amt⟫

@@ es_MX N 1 guía de paquetería y CLABE
Número de guía: ⟪pat:dddddddddddddddddddddd⟫
CLABE interbancaria: ⟪pat:dddddddddddddddddd⟫ · Referencia ⟪pat:ddddddd⟫

@@ en N 2 IMEI pair on a dual-SIM phone box
Model ⟦SM-A546E|M2101K6G|CPH2581⟧ · Dual SIM
IMEI 1: ⟪imei:s⟫
IMEI 2: ⟪imei:s#2⟫
S/N: ⟪pat:LLLLddddLLL⟫
"""

EMAIL_TEMPLATES = """
@@ de_DE P 2 Impressum einer kleinen Bäckerei
Impressum
⟦Bäckerei Schäfer|Café Grünewald|Konditorei Weiß⟧, Inhaber: ⟪name⟫
⟪int:1-120⟫ ⟦Hauptstraße|Marktplatz|Lindenweg⟧, ⟪city⟫
Telefon: ⟪landline⟫
E-Mail: ⟪email:idn⟫

@@ ru_RU P 2 русский: адрес на кириллическом домене
Пишите нам: ⟪email:idn⟫ или звоните ⟪landline⟫ (с 9 до 18).

@@ en P 3 forum signature with an obfuscated address
--
⟪first⟫ | ⟦amateur astronomer|bike mechanic|retired teacher|beekeeper⟧ | ⟪email:obf⟫

@@ en P 2 README contact line written for humans only
## Contact
Bug reports go to the issue tracker. For security issues write to ⟪email:obf⟫ \
(PGP key in KEYS.txt).

@@ en P 2 newsletter signup list with plus-addresses
email,signed_up,source
⟪email:plus⟫,⟪iso⟫,footer
⟪email:plus#2⟫,⟪iso#2⟫,popup
⟪email#3⟫,⟪iso#3⟫,checkout

@@ ja_JP P 1 日本語：ドメインが日本語のメールアドレス
ご予約・お問い合わせ：⟪email:idn⟫（担当 ⟪name⟫）
"""

TEMPLATE_BLOCKS = (
    US_TEMPLATES,
    EMAIL_TEMPLATES,
    CARD_IP_TEMPLATES,
    ENGLISH_TEMPLATES,
    EUROPE_TEMPLATES,
    SSN_WORLD_TEMPLATES,
    ASIA_TEMPLATES,
    NEGATIVE_EN_TEMPLATES,
    NEGATIVE_WORLD_TEMPLATES,
    NEGATIVE_MORE_TEMPLATES,
)

if __name__ == "__main__":
    main()
