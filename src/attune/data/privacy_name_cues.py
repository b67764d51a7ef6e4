"""The word lists and context cues of `privacy_names`: particles, frequent surnames, words
that are never names, and the phrases around a name ("my name is", "Dear", "Best regards")."""

from __future__ import annotations

import re

PARTICLES = frozenset(
    "van von de da del della di du der den la le dos das ter ten zu bin ibn ben al el y".split()
)

# Short forms and names the packaged list lacks; a name with accents also matches its
# list entry without them ("Siobhán" is "Siobhan").
EXTRA_FIRST_NAMES = frozenset(
    "Dani Meg Jen Steph Becca Zach Nate Hiro Aiko Ling Hao Jin Cian Dara Javi Pepe Paco Pia "
    "Udo Olaf Yuna Haruki Riku Sota Hina Mio".split()
)
# Frequent surnames that are not English words: "Unknown Tanaka" on a line of its own, or an
# ambiguous first name before one ("Grace Liu"), is a person.
COMMON_SURNAMES = frozenset(
    """
    Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Luo Tanaka Sato Suzuki Takahashi
    Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue
    Kimura Hayashi Shimizu Yamaguchi Choi Jung Kang Cho Yoon Jang Singh Kumar Sharma Patel
    Gupta Shah Khan Hussain Nowak Kowalski Wiśniewski Nguyen Tran Pham Hoang Garcia Martinez
    Rodriguez Lopez Hernandez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz
    Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schmitt Müller
    Dubois Moreau Lefebvre Rossi Russo Ferrari Esposito Bianchi Romano Colombo Silva Santos
    Ferreira Pereira Oliveira Costa Rodrigues Almeida Jansen Bakker Visser Murphy Kelly
    Byrne Walsh Andersson Johansson Karlsson Nilsson Hansen Jensen Nielsen Pedersen Olsen
    Ivanov Smirnov Popov Yilmaz Kaya Demir Okafor Adeyemi Mensah Dlamini Johnson Williams
    Jones Davis Wilson Anderson Thompson Robinson Nelson Mitchell Campbell Roberts
    """.split()
)
# Surnames that are also ORG_WORDS: after a listed first name they are a surname ("Helen
# Park"), elsewhere a place ("Hyde Park").
SURNAME_ORG_WORDS = frozenset("Park Hall Lake Church Law Day Post".split())
# Star signs after "I'm a", "sign:", or before "season" are not people ("I'm a Leo").
ZODIAC_SIGNS = frozenset(
    "Aries Taurus Gemini Cancer Leo Virgo Libra Scorpio Sagittarius Capricorn Aquarius "
    "Pisces".split()
)

# Words that are never a name, even after a cue ("Dear Sir", "Hi Team", "I'm Sorry",
# "Hey Siri"), and that end a surname ("Maria English teacher"). Compared case-blind.
STOPWORDS = frozenset(
    """
    a an the and or but nor if then so as at by for from in into of on onto to with without
    about after before over under up down out off not no yes this that these those there
    here where when what who whom whose which why how all any some every each both either
    neither i me my mine you your yours he him his she her hers it its we us our they them
    their is are was were be been being am do does did have has had can could shall should
    would might must let lets please thanks thank thx hello hi hey hiya dear sorry okay ok
    sure well oh also just still really very now today tomorrow yesterday tonight soon later
    again maybe perhaps everyone everybody someone somebody anyone nobody none other another
    new old good great best happy glad fine excited interested available busy ready done
    back home going looking trying working writing calling using planning thinking afraid
    confused stuck curious wondering here team all sir sirs madam madame customer customers
    colleague colleagues friend friends member members valued user users client clients
    parent parents student students applicant candidate reader readers diary editor
    reviewer committee board partner partners supporter supporters guys folks world y'all
    mom mum dad mother father grandma grandpa granny honey sweetie darling babe baby mate
    bro dude boss chief doc guest visitor neighbor neighbour manager hiring recruiter
    support sales admin administrator staff hr it iii jr sr phd md esq inc ltd llc gmbh mr mrs
    ms mx miss mister dr prof professor dame lady lord mme mlle herr frau god
    english british american canadian australian irish scottish welsh french german spanish
    italian portuguese dutch swiss austrian belgian swedish norwegian danish finnish polish
    russian ukrainian greek turkish arab arabic persian iranian indian pakistani chinese
    japanese korean vietnamese thai filipino indonesian african nigerian kenyan mexican
    brazilian argentinian european asian latin hindi urdu bengali hebrew jewish muslim
    catholic hindu buddhist vegan vegetarian christmas easter halloween thanksgiving
    ramadan eid diwali hanukkah google apple microsoft amazon meta facebook netflix spotify
    uber airbnb tesla python java javascript linux windows android ios mac github gitlab
    slack zoom discord reddit twitter youtube instagram whatsapp telegram openai anthropic
    nvidia intel samsung sony chatgpt gpt gemini bard copilot siri alexa cortana claude
    llama mistral docker kubernetes excel word outlook teams notion jira trello figma
    stripe paypal visa mastercard ikea lego nike adidas starbucks assistant bot
    """.split()
)
MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mai Juni Juli Januar Februar Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat".split()
)
# A name right before one of these belongs to a place or an organisation: the whole
# candidate is dropped ("Johns Hopkins University", "Victoria Station", "Kelly Services").
ORG_WORDS = frozenset(
    "University College School Institute Hospital Clinic Bank Foundation Group Company Corp "
    "Corporation Inc Ltd LLC GmbH AG Co Center Centre Airport Station Park River Lake "
    "Mountain Hotel Museum Library Church Cathedral Street St Road Rd Avenue Ave Boulevard "
    "Square Bridge Hall Stadium Arena Theatre Theater Studios Records Motors Airlines Labs "
    "Lab Technologies Systems Software Services Partners Associates Capital Ventures Media "
    "Press News Times Post Journal Award Prize Cup Trophy Festival Day Act Law Effect "
    "Theorem Syndrome Disease Method Algorithm Test Distribution Equation Series".split()
)

# Cues, each matched against the text just before a word (so each ends in `$`).
STRONG_CUE_RE = re.compile(
    r"(?:\bmy\s+name\s+is|\bname\s+is|\bname['’]s|\bcall\s+me|\bi\s+go\s+by|\bknown\s+as"
    r"|\bsigned(?:\s+by)?[,:]?|\bdear|\b(?:full\s+|first\s+|last\s+|given\s+|family\s+|sur"
    r"|maiden\s+)?name\s*[:=]|\b(?:patient|contact|attn|attention|cardholder|from|to|cc)\s*:"
    r"|(?:^|\n)\s*(?:--|—|–))\s*$",
    re.IGNORECASE,
)
SIGNOFF_CUE_RE = re.compile(
    r"(?:^|\n)\s*(?:best|regards|best\s+regards|kind\s+regards|warm\s+regards|warmly|thanks"
    r"|thank\s+you|many\s+thanks|cheers|sincerely|yours(?:\s+(?:truly|sincerely|faithfully))?"
    r"|respectfully|love|take\s+care|all\s+the\s+best|mit\s+freundlichen\s+grüßen|viele\s+grüße"
    r"|liebe\s+grüße|cordialement|saludos|atentamente|cordiali\s+saluti)\s*[,!.]?\s*\n\s*$",
    re.IGNORECASE,
)
TITLE_CUE_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr|Prof|Professor|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Sr|Sra"
    r"|Srta|Señor|Señora|Signor|Signora|Dott|Rev|Capt|Captain|Sgt|Detective|Judge|Senator"
    r"|Uncle|Aunt|Auntie)\.?\s+$"
)
GREETING_CUE_RE = re.compile(
    r"(?:^|[\s,.!?(])(?:hi|hello|hey|hiya|howdy|greetings|thanks|thank\s+you|thx|cheers|bye"
    r"|goodbye|good\s+(?:morning|afternoon|evening|night)|morning|welcome|congrats"
    r"|congratulations|sorry|okay|ok|yes|no|sure)[,!]?\s+$",
    re.IGNORECASE,
)
# Who is speaking or who is close to them: "I'm Zbigniew Brzezinski", "my wife Rose".
SELF_CUE_RE = re.compile(
    r"(?:\b(?:i['’]m|i\s+am|this\s+is|it['’]s)"
    r"|\b(?:my|his|her|our|their|your)\s+(?:wife|husband|partner|son|daughter|brother|sister"
    r"|mother|father|mom|mum|dad|friend|boyfriend|girlfriend|colleague|boss|manager"
    r"|neighbou?r|cousin|uncle|aunt|niece|nephew|grandson|granddaughter|fiancée?|kid|child"
    r"|baby|doctor|dentist|therapist|lawyer|teacher),?)\s+$",
    re.IGNORECASE,
)
# Someone acted on: "ask Grant", "text Rui" (but also "call Café Fábrica": listed names only).
ACTION_CUE_RE = re.compile(
    r"\b(?:ask|asked|tell|told|call|called|email|e-mail|emailed|text|texted|ping|pinged|meet"
    r"|met|thank|thanked|message|messaged|invite|invited|introduce|introduced|hired|married"
    r"|named|cc|visit|visited|remind|reminded|join|joined|hug|miss|missed|congratulate"
    r"|pick\s+up|picked\s+up)\s+$",
    re.IGNORECASE,
)
# "dinner with Max tonight", "with Grace." but not "built with Ruby on Rails".
WITH_BEFORE_RE = re.compile(r"\bwith\s+$", re.IGNORECASE)
WITH_AFTER_RE = re.compile(
    r"\s*(?:[,!.?:;)]|\n|$)|\s+(?:today|tonight|tomorrow|yesterday|this|next|last|later"
    r"|soon|again|at|for|about|after|before)\b"
)
SPEECH_AFTER_RE = re.compile(
    r"\s+(?:said|says|wrote|writes|asked|asks|told|tells|replied|replies|thinks|thought"
    r"|called|calls|emailed|texted|mentioned|suggested|agreed|and\s+I)\b"
)
# After "Hi X" the name must end the phrase: "Hi Zbigniew," but not "Hello World program".
PHRASE_END_RE = re.compile(r"\s*(?:[,!.?:;)]|\n|$)")
LINE_END_RE = re.compile(r"[ \t]*(?:,|\||\n|$)")
# With no cue, a listed name after these is part of a place or a title ("the Jordan
# river", "San Diego", "St. Louis").
PLACE_BEFORE_RE = re.compile(
    r"\b(?:the|The|San|Santa|St|Saint|Los|Las|El|Port|Fort|Mount|Lake|Cape|New|Avenue|Av"
    r"|Avenida|Avda|Rue|Boulevard|Bd|Place|Quai|Chaussée|Via|Viale|Corso|Piazza|Calle|Paseo"
    r"|Plaza|Rua|Praça|Largo|ul|al|Ulica|Aleja)\.?\s+$"
)
# "I'm a Leo", "not a Max": a listed name right after an article is a kind, not a person.
ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
ZODIAC_BEFORE_RE = re.compile(r"\b(?:sign|signs|zodiac|sun|moon|rising)\b\W*(?:is\s+)?$", re.I)
ZODIAC_AFTER_RE = re.compile(r"\s+(?:season|sun|moon|rising|sign|energy|traits?|man|woman)\b")
# Someone's name alone at the start of a line: a signature or a list item.
LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•]\s+|\d{1,2}[.)]\s+)?$")
# A display name before an e-mail address: `"Grace Liu" <grace@example.com>`.
DISPLAY_NAME_RE = re.compile(
    r"(?:^|(?<=[\s,:;]))\"?((?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’-]*)\"?"
    r"\s*<([^<>@\s]+)@[^<>\s]+>"
)
# An initial and a particle before a surname: "J. de Vries", "A. van der Berg".
INITIAL_PARTICLE_RE = re.compile(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,3}(?:(?:van|von|de|der|den|du|da|di|del|della|la|le|ten"
    r"|ter|zu)\s+){1,2}[A-Z][a-zà-ÿ]+(?:[-'’][A-Z][a-zà-ÿ]+)?(?![\w-])"
)
