# ruff: noqa: E501
"""Writes the held-out personal-data set, `personal_data_holdout.jsonl`, next to this script.

A second labelled set for `benchmarks/privacy_detection.py`, written after attune's
detectors were tuned on the first one and without reading them or that set: the check
that they generalise. Every text is written by hand below with its personal data marked
inline, `[[ENTITY|value]]` (a phone typed without `+` names its country, so it can be
checked: `[[PHONE:FR|01 42 68 53 00]]`). Hard negatives hold no personal data; a
look-alike in one is marked `((CHECK|value))` and must fail that check (NOLUHN, BADIBAN,
BADSSN, NOTIP). Every marked value is checked (Luhn and brand, ISO 13616 mod-97 and
length, SSA ranges, `phonenumbers` when it is installed, ...) and every span round-trips.

    python benchmarks/holdout/make_personal_data_holdout.py
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "personal_data_holdout.jsonl"
SEED = 20240917  # only shuffles the order of the rows
MINIMUM_SPANS = {"EMAIL": 30, "PHONE": 30, "CARD": 30, "IBAN": 30, "IP": 30, "SSN": 30}
MINIMUM_SPANS |= {"URL_SECRET": 15, "API_KEY": 15, "DOB": 15, "ADDRESS": 15, "PERSON": 15}
MINIMUM_NEGATIVES, MINIMUM_TEXTS = 120, 400

EMAIL = (
    "hey, can you send the slides to [[EMAIL|priya.raman@outlook.com]]? thx",
    "From: [[PERSON|Tomasz Wiśniewski]] <[[EMAIL|t.wisniewski@firma-budowlana.pl]]>\nSubject: Re: faktura 2024/05/117\n\nDzień dobry, w załączeniu korekta.",
    "[[EMAIL|J.OKAFOR@LAGOSMAIL.COM.NG]] keeps bouncing, try his other one: [[EMAIL|jide.okafor1988@gmail.com]]",
    "Contact: mailto:[[EMAIL|support+billing@kestrel-analytics.io]]",
    '{"user": {"id": 88213, "email": "[[EMAIL|lena_schulz@web.de]]", "verified": true}}',
    "2024-05-17T09:12:44Z INFO auth: login ok user=[[EMAIL|m.delacroix@orange.fr]] ip=[[IP|86.247.113.20]]",
    "Bitte antworten Sie an [[EMAIL|buchhaltung@mueller-sohn.de]].",
    "name,email,plan\n[[PERSON|Ana Lima]],[[EMAIL|ana.lima@uol.com.br]],pro\n[[PERSON|Kenji Watanabe]],[[EMAIL|kenji.w@docomo.ne.jp]],free",
    "(cc [[EMAIL|r.oconnor@tcd.ie]])",
    'Reply-To: "[[PERSON|Sofía Hernández]]" <[[EMAIL|sofia.hernandez.g@yahoo.es]]>',
    "my new address is [[EMAIL|noah-b@proton.me]]—the old one is dead",
    "Email:[[EMAIL|aisha.k@company.co.uk]];Tel:[[PHONE|+44 161 496 0753]]",
    "Pour toute question : [[EMAIL|contact@boulangerie-lefevre.fr]] ou [[PHONE:FR|04 91 23 45 67]].",
    "ERROR smtp: 550 5.1.1 <[[EMAIL|olga.petrova@mail.ru]]>: Recipient address rejected: User unknown",
    "> On Tue, 14 May 2024 at 16:02, [[PERSON|Daniel Cohen]] <[[EMAIL|dcohen@technion.ac.il]]> wrote:\n> sounds good, ship it",
    "signup: [[EMAIL|x_ae_12@icloud.com]]",
    "[[EMAIL|wei.zhang@tsinghua.edu.cn]] — please add to the reviewers list",
    "git config user.email [[EMAIL|dev.marco.rossi@libero.it]]",
    "Ciao, scrivimi a [[EMAIL|giulia.bianchi92@gmail.com]] oppure chiamami al [[PHONE:IT|347 123 4567]].",
    "Escríbeme a [[EMAIL|javier.moreno@telefonica.net]], porfa.",
    "To: [[EMAIL|hr@northwind-logistics.com]], [[EMAIL|f.nguyen@northwind-logistics.com]]",
    "email = '[[EMAIL|first.last+qa@sub.mailhost.example.org]]'",
    "[[PERSON|Björn Andersson]] ([[EMAIL|bjorn.andersson@telia.se]]) will join the call",
    "Uw e-mailadres [[EMAIL|s.devries@ziggo.nl]] is bevestigd.",
    "Kindly revert on [[EMAIL|accounts.payable@tatamotors.co.in]] at the earliest.",
    "ping me at [[EMAIL|SAM.LEE@Gmail.com]]!!!",
    "notify:\n  - [[EMAIL|oncall@paystack-ops.com]]\n  - [[EMAIL|k.mensah@paystack-ops.com]]",
    "e-mail:[[EMAIL|o'brien.pat@eircom.net]]",
    "Sent from [[EMAIL|ha.nguyen@fpt.com.vn]] via webmail",
    "[[EMAIL|user_4471@hotmail.fr]]",
    "Réf. dossier 2024-117 — contact [[EMAIL|c.dubois@avocats-dubois.fr]].",
    "Schreib einfach an [[EMAIL|jürgen@müller-bau.de]], der liest das.",
    '<a href="mailto:[[EMAIL|info@casa-rural-elcastano.es]]">Escríbenos</a>',
    "alerts go to [[EMAIL|ops-alerts@blue-harbor.photography]] and nowhere else",
)

PHONE = (
    "call me on [[PHONE:GB|07911 123456]] after 6",
    "Tel.: [[PHONE:DE|030 1234567]], Fax: [[PHONE:DE|030 1234568]]",
    "Mein Handy: [[PHONE:DE|0171 2345678]]",
    "Vous pouvez me joindre au [[PHONE:FR|06.12.34.56.78]] ou au [[PHONE:FR|01 42 68 53 00]] (bureau).",
    "Office: [[PHONE:US|(212) 555-0147]] | Cell: [[PHONE:US|646.555.0199]]",
    "whatsapp [[PHONE|+447911123456]]",
    "Ring [[PHONE:DE|0044 20 7946 0958]] and ask for reception.",
    "[[PHONE|+33 (0)6 71 23 45 89]] c'est mon portable",
    "Llámame al [[PHONE:ES|612 34 56 78]] o al fijo [[PHONE|+34 912 34 56 78]].",
    "Chiamami al [[PHONE|+39 06 6982 1234]] in ufficio, dopo le 15.",
    "Bel me op [[PHONE:NL|06 12345678]] of op kantoor [[PHONE:NL|020-1234567]].",
    "phone: [[PHONE|+1 (312) 847-2290]] ext. 4471",
    "SMS from [[PHONE|+4915123456789]]: Ihr Bestätigungscode lautet 482913",
    '{"phone": "[[PHONE|+61 2 9374 4000]]", "country": "AU"}',
    "mob. [[PHONE:AU|0412 345 678]]",
    "Call [[PHONE|+91 98765 43210]] for delivery, the rider is waiting",
    "携帯: [[PHONE:JP|090-1234-5678]]",
    "Meu celular é [[PHONE:BR|(11) 91234-5678]].",
    "Tel [[PHONE|+52 55 1234 5678]]",
    "[[PERSON|Thabo Nkosi]], [[PHONE|+27 21 123 4567]]",
    "contact no. [[PHONE|+65 6123 4567]]",
    "HK office: [[PHONE|+852 2123 4567]]",
    "[[PHONE|+971 50 123 4567]] (WhatsApp only)",
    "Telefon: [[PHONE|+90 532 123 45 67]]",
    "연락처 [[PHONE:KR|010-1234-5678]]",
    "电话：[[PHONE|+86 138 0013 8000]]",
    "Звоните: [[PHONE:RU|8 (916) 123-45-67]]",
    "Please call [[PHONE|+234 803 123 4567]] or [[PHONE|+254 712 345678]]",
    "Tel.: [[PHONE|+41 44 668 18 00]]; Natel [[PHONE:CH|079 123 45 67]]",
    "Erreichbar unter [[PHONE|+43 1 5123456]] oder [[PHONE:AT|0664 1234567]]",
    "call my mobile [[PHONE:IE|087 123 4567]]",
    "Telemóvel: [[PHONE:PT|912 345 678]]",
    "Ring mig på [[PHONE:SE|070-123 45 67]]",
    "Tlf. [[PHONE|+45 32 12 34 56]]",
    "Zadzwoń: [[PHONE:PL|601 234 567]]",
    "Toronto desk [[PHONE|+1 416 555 0123]], Vancouver [[PHONE:CA|(604) 555-0172]]",
    '<a href="tel:[[PHONE|+493012345678]]">Anrufen</a>',
    "Phone Number: [[PHONE:US|212-555-0147]]\nAlt: [[PHONE:US|1-617-555-0134]]",
    "My number changed to [[PHONE:GB|0113 496 0321]].",
    "Soita [[PHONE|+358 40 1234567]]",
    "Volejte [[PHONE|+420 601 123 456]]",
    "Τηλ. [[PHONE|+30 21 0123 4567]]",
    "WhatsApp: [[PHONE|+54 9 11 2345-6789]]",
    "cel [[PHONE|+57 301 2345678]]",
    "Text me at [[PHONE|+63 917 123 4567]]",
    "id,phone\n7,[[PHONE|+62 812-3456-7890]]\n8,[[PHONE|+66 81 234 5678]]",
    "اتصل على [[PHONE|+20 10 1234 5678]]",
    "appelle-moi au [[PHONE|+212 6 12 34 56 78]]",
    "Tel: [[PHONE:DE|0049 40 4289 1234]]",
    "Fax [[PHONE:DE|030/12345678]]",
    "Rückruf bitte an [[PHONE|+49 (0)30 12345678]].",
    "fixe : [[PHONE:FR|0033 1 45 67 89 12]]",
    "US: [[PHONE|+1-202-555-0173]]",
    "reach me on [[PHONE|+44 (0) 20 7946 0321]] (desk) or [[PHONE:GB|020 3865 1190]]",
    "phone:[[PHONE|+48221234567]],",
    "numero: [[PHONE|+39 347 123 4567]]",
    "Call back: [[PHONE:US|(415) 867-5309]]",
    "Mobil [[PHONE|+49 176 12345678]]",
    "Portable : [[PHONE:FR|07 81 22 34 56]]",
    "NZ mobile [[PHONE:NZ|021 123 4567]]",
    "[[PHONE|+32 2 512 34 56]] is het nummer van het secretariaat",
    "GSM: [[PHONE:BE|0470 12 34 56]]",
    "נייד [[PHONE|+972 52-612-3456]]",
    "Tel. [[PHONE|+84 91 234 56 78]]",
)

CARD = (
    "card: [[CARD|4526 0181 5908 3012]] exp 09/27 cvv 381",
    "Visa [[CARD|4661-3186-0913-9090]] please",
    '{"pan":"[[CARD|4960308246281940]]","exp":"11/26","brand":"visa"}',
    "Mastercard [[CARD|5129 1703 4236 6719]]",
    "Die Kartennummer lautet [[CARD|5227 6842 6846 5637]], gültig bis 03/28.",
    "numéro de carte : [[CARD|5321 2233 0792 4406]]",
    "tarjeta [[CARD|5426-8599-5289-0782]]",
    "[[CARD|5566661760313720]] was declined (do_not_honor)",
    "new MC 2-series: [[CARD|2221 1590 1092 8151]]",
    "pls charge [[CARD|2306901396245959]] instead",
    "order,card\n88412,[[CARD|2720 7117 7774 1213]]",
    "card=[[CARD|2488547280385284]]&amount=49.90&currency=EUR",
    "AmEx [[CARD|3408 414852 53880]]",
    "American Express no. [[CARD|3785 393363 38752]]",
    "amex [[CARD|3700 474395 75518]], the other one expired",
    "2024-05-17 10:03:12 WARN payment failed pan=[[CARD|343137353799071]] reason=expired_card",
    "Discover card [[CARD|6011 5116 3726 5166]]",
    "[[CARD|6576 1222 0297 2991]] (Discover)",
    "Karte: [[CARD|6447-5288-2001-8263]]",
    "card number [[CARD|6493304348395481]].",
    "JCBカード [[CARD|3528 6205 7986 8284]]",
    "JCB: [[CARD|3566 2880 7290 2225]]",
    "my jcb is [[CARD|3589791805888713]]",
    "Diners Club [[CARD|3680 334018 7801]]",
    "Diners: [[CARD|3001 759898 3474]]",
    "carta Diners [[CARD|30588783848375]]",
    "[[CARD|3826 167513 6133]] — Diners Club International",
    "old visa [[CARD|4412524273169]]",
    "Visa (19 digits): [[CARD|4723 2686 5635 5150 581]]",
    "Kaartnummer [[CARD|4821 9935 1819 0934]]",
    "número da cartão: [[CARD|4786579754323199]]",
    "Numero carta: [[CARD|4487 5749 1186 2520]]; scadenza 04/29",
    "Here's the company card: [[CARD|4760 1895 5597 9718]]",
    "[[CARD|4147-1049-7465-0752]]",
    "Use [[CARD|5129170342366719]] for the hotel and [[CARD|378539336338752]] for flights.",
)

IBAN = (
    "Bitte überweisen Sie den Betrag auf [[IBAN|DE48 3704 0044 7877 8932 87]] (Commerzbank).",
    "IBAN: [[IBAN|DE48500105179217421809]]\nBIC: INGDDEFFXXX",
    "Kontoinhaberin: [[PERSON|Jana Köhler]], IBAN [[IBAN|DE50 1001 0010 6792 9081 00]]",
    "iban=[[IBAN|DE38700202703390757938]]&amount=120.00",
    "Mon RIB : [[IBAN|FR97 3000 4347 0100 0746 8145 384]]",
    "IBAN : [[IBAN|FR2020041019160146100330766]] — merci de virer avant le 5.",
    "Virement vers [[IBAN|FR42 3000 3619 3400 0514 5061 231]] effectué.",
    "Please pay into [[IBAN|GB97 NWBK 0077 2837 8326 61]], ref INV-2024-0442.",
    "[[IBAN|GB69BARC66304940326991]] is my Barclays account",
    "Account: [[PERSON|Oliver Bennett]] / [[IBAN|GB02 LOYD 0237 4095 4611 13]]",
    'iban: "[[IBAN|GB46HBUK93095597297926]]"',
    "Mi IBAN es [[IBAN|ES34 2100 2243 9332 8367 9160]].",
    "Domiciliación bancaria: [[IBAN|ES3700491108436469748212]]",
    "cuenta [[IBAN|ES91 0182 3789 9143 3014 6730]] (BBVA)",
    "Il mio IBAN: [[IBAN|IT62 X030 6902 4589 2152 7589 290]]",
    "Bonifico su [[IBAN|IT46K0200807540000009171452]], causale: affitto maggio.",
    "Rekeningnummer: [[IBAN|NL63 ABNA 0117 8502 55]]",
    "Maak het over naar [[IBAN|NL37RABO0171607909]] t.n.v. [[PERSON|J. de Vries]]",
    "mijn iban is [[IBAN|nl04ingb0006690911]]",
    "Compte: [[IBAN|BE66 1146 5697 7781]]",
    "Rekening [[IBAN|BE95880491703179]]",
    "Kontonummer (IBAN): [[IBAN|AT62 7405 4293 8257 7356]]",
    "IBAN [[IBAN|CH65 0076 2436 3363 9532 2]]",
    "Zahlung an [[IBAN|CH5500700750142177436]] (ZKB)",
    "Numer konta: [[IBAN|PL70 6875 9751 0490 4954 9026 7304]]",
    "NIB/IBAN: [[IBAN|PT96 0035 3201 7185 1337 4207 8]]",
    "IBAN [[IBAN|IE98 AIBK 9302 3458 8892 63]], BIC AIBKIE2D",
    "pay to [[IBAN|IE81BOFI90166277306898]] pls",
    "Kontonummer: [[IBAN|SE54 5000 5753 1133 6148 5405]]",
    "Kontonr: [[IBAN|NO36 8107 5864 703]]",
    "IBAN: [[IBAN|DK08 1602 8527 2887 79]]",
    "Tilinumero [[IBAN|FI69 1378 8482 8884 46]]",
    "[[IBAN|LU300019934288497368]]",
    "Číslo účtu: [[IBAN|CZ91 0800 1809 6080 8689 1712]]",
    "Számlaszám: [[IBAN|HU54 1876 6437 7256 7851 3690 4200]]",
    "Cont: [[IBAN|RO76 BTRL RONC RO32 3045 5397]]",
    "Αριθμός λογαριασμού [[IBAN|GR52 0110 1251 7918 9438 6066 892]]",
    "IBAN: [[IBAN|TR53 0006 1083 8383 8992 3525 95]]",
    "Transfer to [[IBAN|SA24 8033 3123 2146 1668 2360]] by Thursday",
    "beneficiary IBAN [[IBAN|AE20 0331 3955 1858 3171 008]]",
    "Conta: [[IBAN|BR50 9897 2321 3224 1902 7115 676C 1]]",
    "payee,iban,amount\n[[PERSON|Ivana Horvat]],[[IBAN|HR8124840085441262585]],450.00\n[[PERSON|Luka Novak]],[[IBAN|SI66026362632154710]],120.50",
    '{"beneficiary": {"iban": "[[IBAN|EE172200316901913476]]", "bic": "HABAEE2X"}}',
    "IBAN [[IBAN|MT20 MALT 0110 0856 0395 0032 6755 639]]",
    "Konto [[IBAN|LI55 0880 0218 0516 9938 9]]",
    "IBAN: [[IBAN|SK30 0900 5903 4453 6928 1687]]",
    "Sąskaita [[IBAN|LT53 7044 79496582 4237]]",
    "Konts: [[IBAN|LV02HABA8689171890626]]",
    "IBAN [[IBAN|BG74 UNCR 7000 7278 9906 76]]",
    "[[IBAN|CY21 0024 8694 5847 4844 0039 0266]] (Bank of Cyprus)",
    "Reikningur: [[IBAN|IS20 0159 0560 9513 6743 0817 23]]",
    "Compte à Monaco : [[IBAN|MC39 1122 2910 9607 1305 8215 726]]",
)

IP = (
    '[[IP|81.2.69.160]] - - [17/May/2024:09:12:44 +0000] "GET /login HTTP/1.1" 200 512 "-" "Mozilla/5.0"',
    "May 17 03:14:07 web1 sshd[23114]: Failed password for invalid user admin from [[IP|45.133.1.22]] port 52144 ssh2",
    "X-Forwarded-For: [[IP|198.51.100.23]], [[IP|203.0.113.60]]",
    "my home IP is [[IP|86.142.77.201]], can you whitelist it?",
    "$ ping -c 3 [[IP|8.8.8.8]]",
    "client=[[IP|2001:db8:85a3::8a2e:370:7334]] method=POST path=/api/v1/session",
    "Address: [[IP|2001:0db8:85a3:0000:0000:8a2e:0370:7334]]",
    "Der Zugriff kam von [[IP|2a02:8109:9c40:1e00:5d3a:2f1b:8c4e:91a7]].",
    "curl -6 http://[[[IP|2606:4700:4700::1111]]]/",
    "listen [[[IP|2001:db8:4006:812::200e]]]:443 ssl;",
    "Connection from [[IP|::ffff:203.0.113.9]] port 443",
    "Server IP: [[IP|151.101.1.69]]:8443",
    "http://[[IP|93.184.216.34]]/admin/login.php",
    '{"ip": "[[IP|177.54.145.12]]", "country": "BR", "asn": 28573}',
    "IP-Adresse: [[IP|2.56.188.14]]",
    "adresse IP : [[IP|90.12.44.187]].",
    "dirección IP [[IP|189.203.7.11]]",
    "New sign-in from Lagos (IP [[IP|41.203.64.9]])",
    "2024-05-17 04:00:01 fail2ban.actions [812]: NOTICE [sshd] Ban [[IP|185.220.101.47]]",
    "peer [[IP|2001:DB8:ACAD::12]] went down",
    " 3  [[IP|62.115.44.33]]  12.412 ms  12.398 ms",
    "allow [[IP|203.0.113.77]];\ndeny all;",
    "Your IP: [[IP|2a00:1450:4001:82b::200e]]",
    "timestamp,ip,user\n2024-05-17T10:00:01Z,[[IP|104.28.16.92]],u_4471",
    "A record → [[IP|172.67.182.31]]",
    "from [[IP|5.188.62.140]]:51234 -> [[IP|80.67.169.12]]:25",
    "IPv4 [[IP|31.13.72.36]] / IPv6 [[IP|2a03:2880:f10e:83:face:b00c:0:25de]]",
    "Accès refusé pour [[IP|78.192.54.3]]",
    "[[IP|194.59.250.18]] — that's my VPN exit node",
    "The requests came from [[IP|103.41.167.205]] and [[IP|2001:db8:1f70::999:de8:7648:6e8]]",
    "remote_addr=[[IP|212.58.244.22]] status=403",
    "inet6 [[IP|2a01:4f8:c17:b8f::1]]/64 scope global",
    "ssh root@[[IP|159.89.214.31]]",
    "Il server risponde su [[IP|95.110.235.18]]",
)

SSN = (
    "SSN: [[SSN|536-22-1947]]",
    "My social is [[SSN|412-68-3305]], DOB [[DOB|04/11/1979]].",
    "Taxpayer identification number (SSN): [[SSN|219 45 7781]]",
    '{"applicant": {"ssn": "[[SSN|078624410]]"}}',
    "Social Security No. [[SSN|142-30-8856]]",
    "ssn=[[SSN|587-44-2013]]",
    "SSN#[[SSN|458-09-1172]]",
    "Please verify SSN [[SSN|701-32-8841]] against the W-2.",
    "social security number [[SSN|772105590]]",
    "2024-05-17 WARN kyc: ssn=[[SSN|350-92-6617]] mismatch for applicant 88213",
    "emp_id,name,ssn\n1042,[[PERSON|Marcus Reed]],[[SSN|264-81-0038]]",
    "Spouse SSN: [[SSN|029-55-7184]]; primary SSN: [[SSN|486-27-3391]]",
    "número de seguro social: [[SSN|612-40-7725]]",
    "SS# [[SSN|129 63 0450]]",
    "[[SSN|393-18-4482]] is the SSN on file",
    "Soc. Sec. No.: [[SSN|555-28-1196]]",
    "ssn: '[[SSN|208-77-9034]]'",
    "my ssn is [[SSN|746053318]] lol don't share",
    "SSN [[SSN|861-44-2270]] (dependent)",
    "Last year's 1040 listed SSN [[SSN|317-68-0509]].",
    "Social: [[SSN|490-12-6643]]",
    "<ssn>[[SSN|655-39-8127]]</ssn>",
    "SSN (last name first): [[PERSON|Alvarez, Rosa]] [[SSN|083-74-2265]]",
    "The SSA letter confirms SSN [[SSN|665-01-0001]].",
    "SSN:[[SSN|667-12-3548]]",
    "Numéro de sécurité sociale américain : [[SSN|899-99-9999]]",
    "Employee SSN\t[[SSN|305-48-2219]]",
    "TIN/SSN: [[SSN|523-71-0945]]",
    "soc sec [[SSN|611-80-3327]]",
    "SSN [[SSN|234-57-7890]], DOB [[DOB|1988-03-14]]",
    "Applicant's Social Security Number: [[SSN|001-48-5762]]",
    "ssn [[SSN|699-21-4438]]; spouse none",
)

SECRETS = (
    "git remote set-url origin https://[[URL_SECRET|deploy-bot:Xk9%23rT2vLm]]@gitlab.acme-corp.net/infra/terraform.git",
    "DATABASE_URL=postgres://[[URL_SECRET|app_rw:vMtvp2euu55Cb3Zi]]@db-prod.internal:5432/orders",
    "REDIS_URL=redis://:[[URL_SECRET|YiAe3tpBG5rPNWcv8uHA]]@cache-01:6379/0",
    "mongodb+srv://[[URL_SECRET|svc_reporting:3oFWkc3GMUYDhjS4]]@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority",
    "amqp://[[URL_SECRET|orders:ALWyF2utwJze]]@rabbit.svc:5672/",
    "Reset link: https://app.tallyforge.com/password/reset?token=[[URL_SECRET|hj3Hu43_FYTMKlomaYvu8OHRPEeEkjdq]]&email=[[EMAIL|m.kaya@gmail.com]]",
    '"GET /api/v2/export?access_token=[[URL_SECRET|L6stwCo7inbezzefrcQtXwMGBetvQJ_8]]&format=csv HTTP/1.1" 200 18233',
    "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=[[URL_SECRET|AIzalHGzBws-P0RVC2gWOoihqoxo3KqTvmUQL6A]]",
    "https://stdatalake01.blob.core.windows.net/exports/q2.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-01T00:00:00Z&sig=[[URL_SECRET|jSfKvM6cwztgVToSq5GxustMlDa9RN059ScONtMZK2J3%3D]]",
    "wss://stream.quantbridge.io/ws?apikey=[[URL_SECRET|dkp3h5vgDb2VaLZGjMVX2r0Krd8sFBORf9U4Ke3i]]",
    "ftp://[[URL_SECRET|backup:hPrnXLkGuI7w]]@ftp.sauvegarde-pro.fr/2024/",
    "curl -s 'https://api.openweathermap.org/data/2.5/forecast?lat=52.52&lon=13.40&appid=[[URL_SECRET|0432181a58e873db90fcd716aa180df9]]'",
    "Tomcat manager: http://[[URL_SECRET|admin:yPxNQWsu2vxq]]@[[IP|81.2.69.142]]:8080/manager/html",
    "webhook: https://hooks.buildkite-mirror.dev/trigger?secret=[[URL_SECRET|hVUXSjut3RfTukayxyPIa0SjOya7IlQl]]",
    "POST https://login.contoso-idp.com/oauth2/token?grant_type=client_credentials&client_id=web-portal&client_secret=[[URL_SECRET|2dRB_8-Ks9XQtPLaYLZ31EGd7amhdbl8]]",
    "Link zum Download (24 h gültig): https://share.datentresor.de/d/report_q2.zip?auth=[[URL_SECRET|Vv7SpH_cazjFndEjdL5c8OhIvZGjiofn]]",
    "pip install --index-url https://[[URL_SECRET|ci-reader:UVnI0w2JGlci0Vgcr9C7]]@pypi.internal.example.net/simple/ attune",
    "jdbc:mysql://db.local:3306/shop?user=shop&password=[[URL_SECRET|urH8tMPJkSfWBlkYsE3j]]",
    "git clone https://[[URL_SECRET|x-access-token:ghs_oZmhFkrrQxeJ6mXJlSwP90IfVRhUi0ijIfcW]]@github.com/acme/payments.git",
    "Abmelden: https://news.shop-example.de/u?id=88213&sig=[[URL_SECRET|f2e424b4c2f420a844af02d300c798e2df666bcf]]",
    "export GITHUB_TOKEN=[[API_KEY|ghp_7X8s51fbLtByHwiUmrCaoND5bgfTFAbGOUBw]]",
    "Authorization: Bearer [[API_KEY|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0ODIxIiwiaWF0IjoxNzE2MjAwMDAwLCJleHAiOjE3MTYyMDM2MDAsInNjb3BlIjoicmVhZCB3cml0ZSJ9.D8Jo_E1-7ay7U_jkD0sjTfoIcoATz8PRqCVbDNWb4Cu]]",
    'OPENAI_API_KEY="[[API_KEY|sk-proj-Ivsi7pi28sNpcAzSNIK3_LRcCtiroNGokke9eHI1azjqwB-h]]"',
    'client = anthropic.Anthropic(api_key="[[API_KEY|sk-ant-api03-osuro2zvAiImqo3TiAWQmFsV26BuFQemqtiVee5guHSA7RMl29nZWWcwideQsnQYs0MqJZwIZRtbRMk-9Sg0kJwocDU2FAA]]")',
    "stripe.api_key = '[[API_KEY|sk_live_fN6SPMkch6VlbiNRi7UsE5Ts]]'",
    "slack:\n  bot_token: [[API_KEY|xoxb-296138466489-8041025863215-JSIhp4J9EZCTravybY9jV3zn]]\n  channel: '#deploys'",
    "[default]\naws_access_key_id = [[API_KEY|AKIAUHPXVIP5JTRGU7PL]]\naws_secret_access_key = [[API_KEY|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]]\nregion = eu-west-1",
    "SENDGRID_API_KEY: [[API_KEY|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]]",
    "TWILIO_AUTH_TOKEN=[[API_KEY|96039211d9b963cc58ea44ecd5b868ec]]",
    "//registry.npmjs.org/:_authToken=[[API_KEY|npm_IUydTV7Hq8knvj3iXIk05xVT98EkXUzbcm5I]]",
    'curl --header "PRIVATE-TOKEN: [[API_KEY|glpat-2DBTs6d9yC55jm6S1RkD]]" https://gitlab.com/api/v4/projects',
    "HF_TOKEN=[[API_KEY|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]] python train.py",
    "google maps key for the staging app: [[API_KEY|AIzaYKeue6Yfq9bU4DsyeJyoN-aIG-9w31zoAXa]]",
    "SECRET_KEY = '[[API_KEY|zymMlopiWfqUyHRSIf8NFmAUNLnY5Yx0]]'",
    '{"access_token":"[[API_KEY|gho_ZlIuR0HmLhfgBcKr8Kr0Lvgx5sIt5XDJnqjg]]","token_type":"bearer","scope":"repo,gist"}',
    "GH_PAT=[[API_KEY|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]]",
    "oops, pasted my token in the wrong channel: [[API_KEY|xoxp-02761647988-288441307607-9645654452606-f882c684b3e38e01837f1d286b425cb9]] — revoking now",
    "curl -H 'Authorization: Bearer [[API_KEY|sk-VQ5jq7aMZyWcKWKAZcObijYawPL8GJ5Aa2FfDusQTNc1kntZ]]' https://api.openai.com/v1/models",
    "STRIPE_RESTRICTED_KEY=[[API_KEY|rk_live_0Ml6CmQXBeD1azOyqdVcAyw8]]",
    "> authorization: Bearer [[API_KEY|eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5uZXQiLCJzdWIiOiJ1XzkwZjIiLCJhdWQiOiJhcGkifQ.cp5qZ2L4iRCggTpW6AzsDx5nLHH-hmb5H-UVCSeyY5jb30fk6OxsM8lacOMf_8TSc7aKDQjgiDEFHZJ66fhDnt]]\n> accept: */*",
    "STRIPE_SECRET=[[API_KEY|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]]",
    "x-api-key: [[API_KEY|H5mMDdwin86TkVYCM7l8GQlchbkER0Af7BOfjtNa]]",
    "api_secret: [[API_KEY|y3RnjDQl2Kvf8THRXfEuzcrJaBnx7IfD]]  # rotate quarterly",
    "Der API-Schlüssel lautet [[API_KEY|llAj7n4JuXFZo2qh20xlReGsaL1dvnyzv0ZzyA0xIfl4c7xU]], bitte nicht weitergeben.",
    "MAILGUN_API_KEY=[[API_KEY|key-5ff527e03af2a080ad8541c11a795e1d]]",
)

DOB = (
    "Name: [[PERSON|Emily Carter]]\nDate of birth: [[DOB|14/03/1987]]\nNationality: British",
    "I was born on [[DOB|2 February 1968]] in Leeds.",
    "[[PERSON|Markus Weber]], geb. [[DOB|03.11.1985]], wohnhaft in [[ADDRESS|Lindenstraße 14, 04109 Leipzig]]",
    "Date de naissance : [[DOB|12/05/1979]]",
    "Fecha de nacimiento: [[DOB|7 de agosto de 1992]]",
    "[[PERSON|Chiara Conti]], nata il [[DOB|21/09/1990]] a Torino",
    '{"name": "[[PERSON|Chen Jing]]", "dob": "[[DOB|1984-02-29]]", "plan": "family"}',
    "DOB [[DOB|06-30-1975]]",
    "Patient: [[PERSON|Rahul Mehta]], DOB: [[DOB|Jan 9, 2001]], MRN 00482913",
    "my birthday is [[DOB|5 June 1995]], so I'm turning 29 next week",
    "Geboortedatum: [[DOB|17-04-1988]]",
    "birth_date,first_name\n[[DOB|1999-12-31]],[[PERSON|Olivia]]",
    "Date of Birth (MM/DD/YYYY): [[DOB|08/14/1993]]",
    "She was born [[DOB|November 23, 1958]].",
    "Urodzony [[DOB|15.07.1980]] w Krakowie.",
    "data de nascimento: [[DOB|30/01/1997]]",
    "dob=[[DOB|19720418]]&zip=94110",
    "[[PERSON|Amélie Rousseau]], née le [[DOB|1er mars 1970]] à Nantes",
    "Geburtsdatum [[DOB|1. Mai 1964]]",
    "born: [[DOB|1979-10-02]]",
    "Happy birthday to me 🎂 — [[DOB|24 Dec 2000]], the best Christmas present my mum ever got",
)

ADDRESS = (
    "Ship to: [[PERSON|Laura Jensen]], [[ADDRESS|42 Elm Grove, Bristol BS6 5AB]]",
    "Lieferadresse: [[ADDRESS|Musterstraße 12, 10115 Berlin]]",
    "J'habite au [[ADDRESS|14 rue des Lilas, 69003 Lyon]].",
    "Dirección: [[ADDRESS|Calle de Alcalá 48, 3º B, 28014 Madrid]]",
    "Spedire a [[ADDRESS|Via Giuseppe Garibaldi 22, 10122 Torino TO]]",
    "Adres: [[ADDRESS|Keizersgracht 123-2, 1015 CJ Amsterdam]]",
    "mail the check to [[ADDRESS|1842 Maple Avenue, Apt 3B, Evanston, IL 60201]]",
    "Bill to:\n[[PERSON|Grace Liu]]\n[[ADDRESS|77 Harbour Street\nSydney NSW 2000\nAustralia]]",
    "Adres do korespondencji: [[ADDRESS|ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa]]",
    "Morada: [[ADDRESS|Rua Augusta 120, 2º Esq, 1100-053 Lisboa]]",
    "address: [[ADDRESS|Flat 4, 221 Kings Road, London SW3 5EP]]",
    "Adresse: [[ADDRESS|Bahnhofstrasse 45, 8001 Zürich]]",
    'customer:\n  address: "[[ADDRESS|350 Queen St W, Toronto, ON M5V 2A2]]"',
    "I've moved! New place: [[ADDRESS|Flat 2, 19 Clarendon Road, Leeds LS2 9NZ]] 🏠",
    "Delivery: [[ADDRESS|2-11-3 Meguro, Meguro-ku, Tokyo 153-0063]]",
    "Brevet sendes til [[ADDRESS|Nørrebrogade 52, 2200 København N]]",
    "Endereço: [[ADDRESS|Avenida Paulista 1578, Bela Vista, São Paulo - SP, 01310-200]]",
    "Return address: [[ADDRESS|PO Box 4471, Wellington 6140, New Zealand]]",
    "Rechnungsanschrift: [[PERSON|Stefan Huber]], [[ADDRESS|Mariahilfer Straße 101/7, 1060 Wien]]",
    "[[ADDRESS|5 Rue de la Paix, 75002 Paris]] — c'est là que j'habite",
    "please send the keys to [[ADDRESS|88 Willow Creek Dr, Austin, TX 78745]] thx",
)

PERSON = (
    "tell [[PERSON|aditya]] the build is green again",
    "Thanks, [[PERSON|Maeve]]! See you Monday.",
    "Dr. [[PERSON|Amara Okafor]] will see you at 10:15.",
    "Prof. Dr. [[PERSON|Klaus-Dieter Schmidt]] hält den Eröffnungsvortrag.",
    "[[PERSON|María José García-López]] ha confirmado su asistencia.",
    "[[PERSON|Nguyễn Văn An]] đã gửi báo cáo tháng 5.",
    "Met with [[PERSON|Siobhan O'Connor]] and [[PERSON|Ludwig van der Berg]] about the merger.",
    "Assignee: [[PERSON|WATANABE Kenji]]",
    "[[PERSON|Olumide Adeyemi]] is our new on-call lead from Monday",
    "cc: [[PERSON|Zhang Wei]], [[PERSON|Aisha Al-Farsi]]",
    "Bonjour [[PERSON|Étienne]], merci pour ton retour rapide.",
    "Signed, [[PERSON|Freya Lindqvist]]",
    "Best regards,\n[[PERSON|Rajesh Kumar]]\nSenior Engineer, Platform",
    "Author: [[PERSON|Chidi Okonkwo]] <[[EMAIL|chidi@okonkwo.dev]]>\nDate:   Fri May 17 10:42:07 2024 +0200",
    "Reviewed-by: [[PERSON|Hannah Schröder]]",
    "Ciao [[PERSON|Matteo]], ci vediamo domani?",
    "[[PERSON|Will Harper]] and [[PERSON|Rose Castillo]] both said yes",
    "Attendees: [[PERSON|Kwame Mensah]], [[PERSON|Ingrid Solberg]], [[PERSON|Tariq Haddad]]",
    "Hallo Frau [[PERSON|Meier]], anbei die Unterlagen.",
    "Mr [[PERSON|Patel]] called again about his refund.",
    "Děkuji, [[PERSON|Petra Dvořáková]]",
    "— [[PERSON|Anneke Jansen]], teamleider",
    "can u ask [[PERSON|jess]] if she's coming",
)

MIXED = (
    "Full name: [[PERSON|Emma Lindström]]\nEmail: [[EMAIL|emma.lindstrom@gmail.com]]\nPhone: [[PHONE|+46 70 123 45 67]]\nDate of birth: [[DOB|1991-08-22]]\nAddress: [[ADDRESS|Sveavägen 44, 111 34 Stockholm]]",
    "Customer [[PERSON|Jorge Ramírez]] ([[EMAIL|jorge.ramirez@hotmail.com]], [[PHONE|+52 55 8765 4321]]) says card [[CARD|2221159010928151]] was charged twice for order 100-2234-558.",
    '{"name":"[[PERSON|Linda Park]]","ssn":"[[SSN|486-21-3391]]","dob":"[[DOB|1983-06-05]]","phone":"[[PHONE|+1 (415) 555-0132]]","ip":"[[IP|73.162.88.14]]"}',
    "Sehr geehrter Herr [[PERSON|Becker]],\nbitte überweisen Sie die Kaution an [[IBAN|DE21 2004 1111 1848 9544 99]]. Rückfragen gern unter [[PHONE|+49 176 12345678]] oder [[EMAIL|info@hausverwaltung-ost.de]].",
    "smtp:\n  host: smtp.mailrelay.net\n  user: [[EMAIL|noreply@fernweh-reisen.de]]\n  password: [[API_KEY|2zXCot2PoPUtg3SUunWZTRTpysCW]]\n  port: 587",
    "Hi it's [[PERSON|Kofi]] — new number [[PHONE:GB|07824 551903]]. Can you send the deposit back to [[IBAN|GB97NWBK00772837832661]]? ta",
    "Client : Mme [[PERSON|Isabelle Fournier]]\nTél. : [[PHONE:FR|06 71 23 45 89]]\nCourriel : [[EMAIL|isabelle.fournier@free.fr]]\nAdresse : [[ADDRESS|8 avenue Jean Jaurès, 31000 Toulouse]]",
    "ticket #58213: user [[EMAIL|p.kowalczyk@wp.pl]] logged in from [[IP|83.24.155.19]] and from [[IP|2a01:110f:4404:c100::1]] within 2 minutes",
    "Estimado [[PERSON|Carlos]]: su tarjeta [[CARD|5321223307924406]] y su cuenta [[IBAN|ES3421002243933283679160]] quedan vinculadas. Dudas: [[PHONE|+34 612 345 678]].",
    "W-4 draft — [[PERSON|Tyrone Jackson]], SSN [[SSN|412-67-3305]], born [[DOB|02/19/1986]], [[ADDRESS|4120 Magnolia Blvd, Burbank, CA 91505]]",
    "contatto: [[PERSON|Giorgio Ferri]] <[[EMAIL|g.ferri@pec-studio.it]]> tel. [[PHONE:IT|02 8901 2345]]",
    "Beste [[PERSON|Sanne]], je kunt het bedrag overmaken naar [[IBAN|NL37 RABO 0171 6079 09]] of me bellen op [[PHONE|+31 6 23456789]].",
    "login failed for [[EMAIL|admin@wildflower-cafe.com.au]] from [[IP|1.144.109.203]] (3 attempts)",
    "Ref ORD-77120 | Karte [[CARD|4147104974650752]] | Inhaber [[PERSON|Julia Brandt]] | [[PHONE:DE|0151-23456789]]",
)

# --- hard negatives: no personal data in any of them ------------------------------------

NEGATIVE_IDS = (
    "Your order #112-4829104-7720219 has shipped. Track it with 1Z 999 AA1 01 2345 678 4.",
    "Tracking number: 9400 1112 0206 2145 3351 88",
    "Invoice INV-2024-000183 is due on 2024-06-30. Total: €1,249.00 (incl. VAT 19%).",
    "Rechnung Nr. 2024/05/117 vom 17.05.2024, Betrag 349,90 EUR",
    "Facture n° FA-00004471 du 03/04/2024 — montant TTC : 1 299,00 €",
    "Pedido nº 100-2234-558, importe 59,90 €, entrega en 48 h.",
    "Numero d'ordine 2024-IT-004471, consegna prevista il 21/05/2024.",
    "Bestelnummer 7012345678 — verwachte levering dinsdag.",
    "Le colis n° 6A12345678901 sera livré entre 8 h et 13 h.",
    "Paket-ID 00340434161094042557, Sendungsstatus: zugestellt",
    "Order 2024051700123 confirmed.",
    "Batch 20240517-0042 passed QA.",
    "Serial No. SN-7H2K-99XQ-4410",
    "EAN 4006381333931",
    "Customer number 4417 2290 3315 — quote it when you contact support.",
    "Kundennummer: 0049 1123 88",
    "Ticket #48213 closed. Related: #48190, #48207.",
    "Case 2:23-cv-01234, hearing in courtroom 14.",
    "Patent US 10,123,456 B2 covers the hinge.",
    "ASIN B08N5WRWNW is the 2-pack.",
    "Model No. A2894, Serial F2LXK9Q1WD",
    "SKU WX-4471-B is out of stock; RTX-4090-OC restocks next week.",
    "part 8842-117-03 (rev C) replaces 8842-117-02",
    "Promo code SPRING24-7XQ9 gives 20 % off until 31.05.",
    "Coupon: WELCOME10",
    "Swift/BIC: COBADEFFXXX",
    "Sort code 20-32-06 belongs to the Leeds branch.",
    "USt-IdNr. DE 811 569 869 (Steuernummer 143/215/50017)",
    "Aktenzeichen 4 O 123/24, Termin am 12.06.2024 um 10:30 Uhr.",
    "Factuurnummer 2024-0517-88, vervaldatum 31-05-2024.",
    "Lottery numbers this week: 04 11 23 35 42 47, bonus 09",
    "Room 4.12 is booked; the overflow room is B-203 on the second floor.",
    "Zimmer 3.014, Gebäude B, 3. OG",
    "Flight LH 2034 departs 07:45 from gate B22; seat 14C.",
    "El vuelo IB 3166 sale a las 07:35 del 12/06/2024.",
    "Le train TGV 6611 part à 10 h 04 de Paris Gare de Lyon.",
    "We deliver to 10115, 10117 and 10119 only.",
    "Postleitzahl 80331 gilt für die Altstadt.",
    "ZIP 94107 is in the same delivery zone as 94103.",
    "Accepted card brands: Visa, Mastercard, Amex, Discover, JCB, Diners Club.",
    "Ford Transit, Mercedes-Benz Sprinter and a Tesla Model 3 are in the fleet.",
    "Take exit 4 onto the A40 towards the city centre.",
)

NEGATIVE_VERSIONS = (
    "Upgraded numpy from 1.26.4 to 2.0.0rc1; python 3.12.3; CUDA 12.1.",
    "Firmware 2.4.10.1 fixes the Wi-Fi dropouts; bootloader stays at 1.0.7.",
    "Build 10.0.22631.3447 (Windows 11 23H2) ships with the fix.",
    "Chrome/124.0.6367.207 Safari/537.36",
    "See section 4.2.1.3 of the spec for the retry rules.",
    "The OID 1.3.6.1.4.1.2021.10.1.3.1 returns the 1-minute load average.",
    "v1.2.3-beta.4+build.567 is a valid semver string",
    "apt install libssl3=3.0.2-0ubuntu1.15",
    "PR #1842 bumps ruff 0.4.4 → 0.5.0.",
    "Version string: attune/0.4.2 (linux; x86_64) httpx/0.27.0",
    "Patch 1.04.221 is 24.6 GB.",
    "image: nginx:1.25.4-alpine",
    "Kernel 6.8.0-31-generic, glibc 2.39, gcc 13.2.0",
    "Release train 24.05.1.2 replaces 24.04.3.7.",
    "ping ((NOTIP|256.12.1.1)) fails with 'unknown host', as it should",
    "Driver 551.86.10.0 requires 4 GB of VRAM.",
)

NEGATIVE_DATES = (
    "Meeting moved to 14:30–15:15 CET on Thursday 16 May.",
    "The warranty started on 12 March 2021 and ends on 11 March 2024.",
    "Kickoff on 2024-09-02, code freeze 2024-11-15, release 2024-12-01.",
    "Unix time 1715949330 is when the job started; it ran for 5400 s.",
    "The train leaves at 18:05 from platform 7 and arrives at 21:42.",
    "Bank holiday: 25/12/2024 and 26/12/2024 — office closed.",
    "Hired on 14/03/2019; probation ended 14/09/2019.",
    "Date of issue: 03.11.2022 — valid until 02.11.2032",
    "The company was founded on 1 April 1976.",
    "The idea was born at a hackathon on 12 May 2018.",
    "Expiry 09/27",
    "ISO 8601: 2024-05-17T09:12:44.512+02:00",
    "Elapsed: 00:12:45.120",
    "Our office hours are Mon–Fri 09:00–17:30.",
    "Réunion le 5 juin 2024 à 9 h 30, salle Jaurès.",
    "Geliefert am 12.04.2024 um 14:03 Uhr.",
    "Il modulo 730/2024 va consegnato entro il 30 settembre.",
    "Temperature log: 21.5 °C at 06:00, 23.1 °C at 12:00",
    "17/05/2024 10:42:07 backup finished",
    "Quarter Q2/2024 revenue: 4.2 M€",
    "The anniversary sale runs 01.06.–15.06.",
    "cron: 0 3 * * 1-5 /usr/local/bin/rotate-logs",
    "Next maintenance window: Sat 2024-06-08 22:00 to Sun 2024-06-09 02:00 UTC",
    "Born in the USA (1984) is the seventh studio album.",
)

NEGATIVE_CHECKSUMS = (
    "The form rejects ((NOLUHN|4532 7721 9034 1188)) because the check digit is wrong.",
    "Loyalty card no. ((NOLUHN|6011 5116 3726 5167)) — points expire yearly.",
    "Membership ID ((NOLUHN|5129170342366718))",
    "Gift voucher ((NOLUHN|4661-3186-0913-9091)) can be redeemed online.",
    "reference ((NOLUHN|378539336338753)) attached to the claim",
    "Voucher serial ((NOLUHN|3528620579868285))",
    "Stock-keeping ref ((NOLUHN|2221159010928152))",
    "The validator correctly rejects ((BADIBAN|DE49370400447877893287)) (checksum mismatch).",
    "Test fixture, invalid on purpose: ((BADIBAN|FR98 3000 4347 0100 0746 8145 384))",
    "Contract ref ((BADIBAN|GB12NWBK00772837832661))",
    "Ungültige Prüfziffer: ((BADIBAN|ES35 2100 2243 9332 8367 9160))",
    "Foutieve invoer in de testset: ((BADIBAN|NL64ABNA0117850255))",
    "Codice di prova non valido ((BADIBAN|IT62X0306902458921527589291))",
    "Rejected (mod 97 ≠ 1): ((BADIBAN|BE67114656977781))",
    "Unit test expects ((BADIBAN|CH65 0076 2436 3363 9532 3)) to fail.",
    "Dummy ((BADIBAN|PL71687597510490495490267304)) in the mock server",
    "Form field sample ((BADIBAN|AT62 7405 4293 8257 7357))",
    "Part no. ((BADSSN|666-12-3456))",
    "Lot ((BADSSN|912-45-6789)) passed inspection.",
    "Form ID ((BADSSN|123-00-4567))",
    "Drawing number ((BADSSN|000-12-3456)), sheet 2 of 3",
    "Kit ((BADSSN|457-55-0000)) ships with spare fuses.",
    "Catalogue entry ((BADSSN|987-65-4321))",
    "Reference ((BADSSN|900-70-1234)) in the parts list",
    "ISBN 978-0-306-40615-7 (hardcover), ISBN-10 0-306-40615-2",
    "Chapter 12, pages 345–367; see also ISBN 978-3-16-148410-0.",
    "request_id=233fbc28-86f5-4be0-9970-aeb6a904cfd6 status=200 duration_ms=412",
    "UUID v4 in the docs: de5ab510-8517-4113-b0f2-9431426a9130",
    "commit f2e424b4c2f420a844af02d300c798e2df666bcf\nMerge: 21843c2 fe68d5b\n\n    Fix flaky retry test",
    "sha256  79005c2389510979904a5b7f8caac0d46bbd9e756a34e8e93079ec375b9b4fd5  attune-0.4.2.tar.gz",
    "md5 of the empty file is d41d8cd98f00b204e9800998ecf8427e",
    "docker pull ghcr.io/acme/api@sha256:5cb8fdfb3856ff0546264c4af9ed79f1b9c674aad0eeadd0fbcdedebfeecea92",
    'ETag: "fe68d5b2921bbb3cbc3ee42682508b98a14250eb"',
    "Reverted 3f9c2e1 and a7b4d08 on main.",
    "a7b4d08 (HEAD -> main, origin/main) bump version to 0.4.2",
    "Card number field: **** **** **** 4242",
    "IBAN: DE** **** **** **** **34 12",
    "SSN: ***-**-1947 (masked)",
    "Pattern: ^\\d{3}-\\d{2}-\\d{4}$ matches the form field.",
    "Placeholder text: XXX-XX-XXXX",
    "Enter your card number as 16 digits without spaces.",
    "The AKIA prefix marks long-term AWS access keys; ASIA marks temporary ones.",
    "Use the sk_live_ prefix only in production and sk_test_ in CI.",
    "Container 3c9f1e7b2a4d exited with code 137.",
    "correlation_id=0HMVD9K8S1Q2T:00000004",
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
)

NEGATIVE_CODE = (
    "for (let i = 0; i < 10; i++) { total += prices[i] * 1.19; }",
    ".btn-primary { color: #1a2b3c; background: #ffcc00; border-radius: 4px; }",
    "Add icon@3x.png and logo@2x.webp to the asset catalog.",
    "Rename getUserById to fetchAccountById and drop maxRetryCount.",
    "npm i @types/node@20.11.5 @vitejs/plugin-react@4.2.1",
    "@media screen and (min-width: 768px) { .nav { display: flex; } }",
    "Decorators like @dataclass and @property run at class creation.",
    "Scoped packages: @babel/core@7.24.5 and @angular/cli@17.3.7",
    "Use `git rebase -i HEAD~3` then `git push --force-with-lease`.",
    "Error code 0x80070005: access denied (HRESULT).",
    "replicas: 3\nresources:\n  limits:\n    memory: 512Mi\n    cpu: 250m",
    '{"order_id": 88213450, "sku": "TSH-BLK-M", "qty": 2, "unit_price": 19.95, "currency": "EUR"}',
    "date,open,close\n2024-05-16,189.42,190.01\n2024-05-17,190.10,188.75",
    'const API_BASE = "https://api.example.com/v1"; const TIMEOUT_MS = 30000;',
    "SELECT id, created_at FROM orders WHERE total > 100 AND status = 'paid' LIMIT 50;",
    "def check_digit(number: str) -> int:\n    digits = [int(d) for d in number]\n    return sum(digits[::-2]) % 10",
    "GET /api/v2/orders?page=2&per_page=50&sort=-created_at HTTP/1.1",
    "https://shop.example.de/produkte?kategorie=schuhe&groesse=42&utm_source=newsletter&utm_campaign=sommer_2024",
    "https://docs.example.org/search?q=how+to+reset+password&lang=en",
    "https://auth.example.com/callback?state=xyz&token_type=bearer&expires_in=3600",
    "rgba(26, 43, 60, 0.8) and hsl(210, 40%, 20%)",
    "Error 404 at /users/8821/settings",
    "Cache key: user_profile_v3_en_GB",
    "how-to-reset-your-password-in-5-steps-2024",
    "export PATH=$HOME/.local/bin:$PATH",
    "assert parse_version('1.10.0') > parse_version('1.9.12')",
    'int main(void) { return printf("%d\\n", 0x7fffffff); }',
    "ls -la /var/log/nginx/access.log.2.gz",
    "matrix = [[1, 0, 0], [0, 1, 0], [0, 0, 1]]",
    "logging.basicConfig(format='%(asctime)s %(levelname)s %(message)s')",
    'headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}',
    "The `password` field must be at least 12 characters and include a digit.",
)

NEGATIVE_MISC = (
    "Total population: 8,336,817 (2020 census).",
    "Coordinates: 48.8566, 2.3522",
    "Price: $1,299.99 — was $1,499.99. Save 13%!",
    "The matrix is 1920x1080 at 144 Hz; panel LM270WQ1-SDE3.",
    "Dimensions: 120 x 60 x 75 cm, weight 23.5 kg",
    "The average latency is 12.34 ms (p99 48.1 ms) over 1,048,576 requests.",
    "Score: 3-1 (45+2', 67', 89')",
    "Stock: AAPL 189.98 +1.2%, MSFT 421.65 -0.4%",
    "Percentages: 12.5 %, 33.3 %, 54.2 %.",
    "🎉 Release 3.0 is out! 🚀",
    "The hash rate hit 512 MH/s on 8 GPUs.",
    "Pi to 15 digits: 3.141592653589793",
    "Storage class STANDARD_IA; bucket eu-central-1-logs-2024",
    "Gate code resets at 06:00; the shift change is at 14:00 and 22:00.",
    "Die Miete beträgt 1.150,00 € warm, Kaution 3 Monatsmieten.",
    "Le prix au kilo est de 12,90 € ; livraison offerte dès 49 €.",
    "El envío cuesta 4,99 € y tarda entre 2 y 3 días hábiles.",
    "Aanbieding: 2 voor € 5,00, geldig t/m zondag.",
    "Capacity: 2 × 1.92 TB NVMe, 512 GB RAM, 2 × 25 GbE",
    "Throughput rose from 1,204 to 3,871 req/s after the cache change.",
    "The recipe needs 250 g flour, 3 eggs and 0.5 l milk.",
    "Speed limit 130 km/h; next services in 42 km.",
    "Exchange rate 1 EUR = 1.0862 USD (ECB, 17:00 CET)",
)

POSITIVE_GROUPS = {
    "email": EMAIL, "phone": PHONE, "card": CARD, "iban": IBAN, "ip": IP, "ssn": SSN,
    "secrets": SECRETS, "dob": DOB, "address": ADDRESS, "person": PERSON, "mixed": MIXED,
}  # fmt: skip
NEGATIVE_GROUPS = {
    "ids and numbers": NEGATIVE_IDS, "versions": NEGATIVE_VERSIONS, "dates and times": NEGATIVE_DATES,
    "checksums and hashes": NEGATIVE_CHECKSUMS, "code": NEGATIVE_CODE, "misc": NEGATIVE_MISC,
}  # fmt: skip

# --- checks: every marked value must be valid in the real world --------------------------
# Written by hand (a few lines each): python-stdnum is not a dependency here; phonenumbers,
# when installed, checks the phones.

MARK = re.compile(r"\[\[([A-Z_]+)(?::([A-Z]{2}))?\|(.+?)\]\]|\(\(([A-Z]+)\|(.+?)\)\)", re.S)
IBAN_LENGTHS = {
    "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "TR": 26,
}  # fmt: skip
# (brand, first digits as an inclusive range, lengths)
CARD_BRANDS = (
    ("visa", (4, 4), (13, 16, 19)), ("mastercard", (51, 55), (16,)),
    ("mastercard", (2221, 2720), (16,)), ("amex", (34, 34), (15,)), ("amex", (37, 37), (15,)),
    ("discover", (6011, 6011), (16, 19)), ("discover", (644, 649), (16, 19)),
    ("discover", (65, 65), (16, 19)), ("jcb", (3528, 3589), (16, 19)),
    ("diners", (300, 305), (14,)), ("diners", (36, 36), (14,)), ("diners", (38, 39), (14,)),
)  # fmt: skip
PRIVATE_NETS = [
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
]


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def card_brand(digits: str) -> str | None:
    for brand, (low, high), lengths in CARD_BRANDS:
        head = int(digits[: len(str(low))])
        if low <= head <= high and len(digits) in lengths:
            return brand
    return None


def iban_valid(value: str) -> bool:
    """ISO 13616: the country's length, then (BBAN + country + check) read base 36, mod 97 = 1."""
    iban = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban) or IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    return int("".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])) % 97 == 1


def ssn_valid(value: str) -> bool:
    """SSA rules: area not 000, 666 or 9xx; group not 00; serial not 0000."""
    match = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", value)
    if not match:
        return False
    area, _, group, serial = match.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def public_ip(value: str) -> bool:
    ip = ipaddress.ip_address(value)
    ip = getattr(ip, "ipv4_mapped", None) or ip
    blocked = ip.is_loopback or ip.is_unspecified or ip.is_multicast or ip.is_link_local
    return not blocked and not any(ip in net for net in PRIVATE_NETS if net.version == ip.version)


def phone_valid(value: str, region: str | None) -> bool:
    assert value.startswith("+") or region, "a phone typed without + needs its country"
    try:
        import phonenumbers
    except ImportError:  # without the library, a plausible length is all that is checked
        return 7 <= sum(ch.isdigit() for ch in value) <= 15
    return phonenumbers.is_valid_number(
        phonenumbers.parse(value, None if value.startswith("+") else region)
    )


def check_value(entity: str, region: str | None, value: str, text: str, start: int) -> None:
    digits = "".join(ch for ch in value if ch.isdigit())
    end = start + len(value)
    valid = {
        "EMAIL": lambda: re.fullmatch(r"[^\s@]+@[^\s@]+\.[^\s@.]{2,}", value) is not None,
        "PHONE": lambda: phone_valid(value, region),
        "CARD": lambda: (
            re.fullmatch(r"[\d -]+", value) is not None
            and luhn_valid(digits)
            and card_brand(digits) is not None
        ),
        "IBAN": lambda: iban_valid(value),
        "IP": lambda: public_ip(value),
        "SSN": lambda: ssn_valid(value),
        "URL_SECRET": lambda: (
            text[start - 1] in "=:/" and (text[start - 1] == "=" or text[end] == "@")
        ),
        "API_KEY": lambda: len(value) >= 20 and not re.search(r"\s", value),
        "DOB": lambda: re.search(r"(19|20)\d\d", value) is not None,
        "ADDRESS": lambda: re.search(r"\d", value) is not None and len(value) >= 12,
        "PERSON": lambda: re.fullmatch(r"[^\W\d_][^\d@]*", value) is not None,
    }
    assert entity in valid, f"unknown entity {entity!r} in {text!r}"
    assert valid[entity](), f"{entity} value {value!r} is not valid, in {text!r}"
    stray = (
        value[0] in " .,;!?'\"<>)"
        or value[-1] in " .,;:!?'\"<>("
        or value.count("(") != value.count(")")
    )
    assert not stray, f"{entity} span {value!r} has stray punctuation, in {text!r}"


def check_lookalike(check: str, value: str) -> None:
    """A hard negative's look-alike must fail the check a true value passes."""
    digits = "".join(ch for ch in value if ch.isdigit())
    failed = {
        "NOLUHN": lambda: 13 <= len(digits) <= 19 and not luhn_valid(digits),
        "BADIBAN": lambda: (
            not iban_valid(value) and IBAN_LENGTHS.get(value[:2]) == len(value.replace(" ", ""))
        ),
        "BADSSN": lambda: (
            re.fullmatch(r"\d{3}-\d{2}-\d{4}", value) is not None and not ssn_valid(value)
        ),
        "NOTIP": lambda: not is_ip(value),
    }
    assert failed[check](), f"look-alike {value!r} passes {check}, so it is not a hard negative"


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


# --- rows ---------------------------------------------------------------------------------


def parse_markup(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """The plain text and its spans; `[[E|v]]` becomes a span of entity E, `((C|v))` plain v."""
    pieces: list[str] = []
    spans: list[tuple[str, str | None, int, int]] = []
    last = 0
    for match in MARK.finditer(marked):
        entity, region, value, check, lookalike = match.groups()
        pieces.append(marked[last : match.start()])
        start = sum(map(len, pieces))
        if entity:
            spans.append((entity, region, start, start + len(value)))
        else:
            check_lookalike(check, lookalike)
        pieces.append(value or lookalike)
        last = match.end()
    pieces.append(marked[last:])
    text = "".join(pieces)
    assert not re.search(r"\[\[[A-Z_]+[:|]|\(\([A-Z]+\|", text), f"broken markup in {marked!r}"
    for entity, region, start, end in spans:
        check_value(entity, region, text[start:end], text, start)
    # Round trip: the spans put back into the text give the markup (less regions and checks).
    rebuilt, last = [], 0
    for entity, _, start, end in spans:
        rebuilt += [text[last:start], f"[[{entity}|{text[start:end]}]]"]
        last = end
    expected = MARK.sub(lambda m: f"[[{m[1]}|{m[3]}]]" if m[1] else m[5], marked)
    assert "".join([*rebuilt, text[last:]]) == expected, f"span offsets are off in {marked!r}"
    return text, [{"entity": e, "start": s, "end": t} for e, _, s, t in spans]


def build_rows() -> list[dict[str, Any]]:
    rows = []
    for kind, groups in (("positive", POSITIVE_GROUPS), ("hard_negative", NEGATIVE_GROUPS)):
        for note, texts in groups.items():
            for marked in texts:
                text, spans = parse_markup(marked)
                assert bool(spans) == (kind == "positive"), (
                    f"{kind} row with spans={spans}: {marked!r}"
                )
                rows.append({"text": text, "spans": spans, "kind": kind, "note": note})
    check_rows(rows)
    random.Random(SEED).shuffle(rows)
    return rows


def count_spans(rows: list[dict[str, Any]]) -> dict[str, int]:
    counts = dict.fromkeys(MINIMUM_SPANS, 0)
    for row in rows:
        for span in row["spans"]:
            counts[span["entity"]] += 1
    return counts


def check_rows(rows: list[dict[str, Any]]) -> None:
    texts = [row["text"] for row in rows]
    duplicates = {t for t in texts if texts.count(t) > 1}
    assert not duplicates, f"duplicate texts: {sorted(duplicates)}"
    counts = count_spans(rows)
    short = {e: (counts[e], n) for e, n in MINIMUM_SPANS.items() if counts[e] < n}
    assert not short, f"too few spans (have, need): {short}"
    negatives = sum(row["kind"] == "hard_negative" for row in rows)
    assert negatives >= MINIMUM_NEGATIVES and len(rows) >= MINIMUM_TEXTS, (negatives, len(rows))


def main() -> None:
    rows = build_rows()
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = count_spans(rows)
    negatives = sum(row["kind"] == "hard_negative" for row in rows)
    print(
        f"wrote {OUT}: {len(rows)} texts ({len(rows) - negatives} positive, {negatives} hard negatives)"
    )
    print(", ".join(f"{entity} {n}" for entity, n in counts.items()))


if __name__ == "__main__":
    main()
