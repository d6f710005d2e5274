### sero: y catalog Cymraeg (the Welsh catalogue).
###
### DRAFT AWAITING REVIEW BY A WELSH-LANGUAGE TRANSLATOR. This Welsh was drafted by sero's
### developers, not by a translator: until a translator has reviewed it, treat every message as
### provisional. Drafft sy'n aros i gyfieithydd ei adolygu.
###
### Same ids and same placeables as en.ftl (a test checks). Welsh takes the singular noun after
### a numeral ("365 diwrnod"), so most counts need no plural forms here. Terms follow the
### Welsh Government's TermCymru where it has them (allyriadau, ôl troed carbon, cwmpas).


## Shared words of reports

percent = { $value }%
range = { $low }–{ $high }
report-title-with-organisation = { $service } — { $organisation }
component-label-with-id = { $name } ({ $id })
components-count = { $count } cydran
channel-all = pob un
column-channel = sianel
column-component = cydran
column-id = id
column-interval = cyfwng 90%
column-model = model
column-quality = ansawdd data
column-scope = cwmpas
column-share = cyfran
column-transactions = trafodion
column-per-unit = { $unit } fesul { $functional_unit }


## Elements of a service's delivery, scopes and data-quality tiers

element-citizen-device = dyfeisiau dinasyddion
element-citizen-travel = teithio dinasyddion
element-network = rhwydweithiau
element-hosting = lletya
element-staff-time = amser staff
element-staff-device = cyfrifiaduron staff
element-staff-travel = teithio staff
element-paper = papur
element-post = postio
element-building = adeiladau
element-other = arall
scope-1 = Cwmpas 1
scope-2 = Cwmpas 2
scope-3-category = Cwmpas 3, categori { $category }: { $category ->
    [1] nwyddau a gwasanaethau a brynwyd
    [2] nwyddau cyfalaf
    [3] gweithgareddau sy'n ymwneud â thanwydd ac ynni
    [4] cludo a dosbarthu i fyny'r gadwyn
    [5] gwastraff a gynhyrchir gan weithrediadau
    [6] teithio busnes
    [7] cymudo gweithwyr
    [8] asedau ar brydles i fyny'r gadwyn
    [9] cludo a dosbarthu i lawr y gadwyn
    [10] prosesu cynhyrchion a werthwyd
    [11] defnyddio cynhyrchion a werthwyd
    [12] trin cynhyrchion a werthwyd ar ddiwedd eu hoes
    [13] asedau ar brydles i lawr y gadwyn
    [14] masnachfreintiau
   *[15] buddsoddiadau
}
quality-measured = wedi'i fesur
quality-modelled = wedi'i fodelu
quality-spend-based = yn seiliedig ar wariant


## sero estimate

estimate-period = Cyfnod: { $start } i { $end } ({ $days } diwrnod) · uned weithredol: { $unit } · { $transactions } o drafodion
estimate-summary-total = Yn fyr: tua { $total } yn y cyfnod, neu { $per_unit } fesul { $unit }.
estimate-summary-hotspot = Y rhan fwyaf yw “{ $component }”, { $share } o'r cyfanswm.
estimate-summary-channels = Fesul sianel, mae un { $unit } yn amrywio o { $lowest } (“{ $lowest_channel }”) i { $highest } (“{ $highest_channel }”).
estimate-summary-spend-based = Mae { $share } o'r cyfanswm yn dibynnu ar ffigurau sy'n seiliedig ar wariant, y math lleiaf cywir o ddata.
estimate-total = Cyfanswm
estimate-operational = gweithredol
estimate-embodied = ymgorfforedig
estimate-per-unit = Fesul { $unit }: { $value }
estimate-per-unit-with-interval = Fesul { $unit }: { $value } (cyfwng 90% { $low }–{ $high })
estimate-energy = Ynni a ddefnyddiwyd: { $kwh } kWh
estimate-samples = Cyfyngau o { $samples } sampl Monte Carlo, hedyn { $seed }.
estimate-no-interval = Dim cyfwng (--samples 0): gwerthoedd canolog yn unig.
estimate-by-scope = Fesul cwmpas y GHG Protocol
estimate-by-channel = Fesul sianel
estimate-hotspots = Mannau poeth (y mwyaf yn gyntaf)
estimate-by-quality = Fesul ansawdd data
estimate-assumptions = Rhagdybiaethau
estimate-assumption-applies = { $assumption } ({ $components })
estimate-defaults-summary = { $count } rhagosodiad model wedi'u defnyddio (mae --explain yn rhestru'r cydrannau): { $list }
estimate-default-count = `{ $input }={ $value }` ×{ $count }
estimate-warnings = Rhybuddion
estimate-terms = Termau a ddefnyddir
term-embodied = ymgorfforedig: allyriadau gwneud, cludo a gwaredu offer a deunyddiau, wedi'u rhannu dros eu hoes; gweithredol: allyriadau eu defnyddio (trydan, tanwydd).
term-interval = cyfwng 90%: yr ystod y mae'r ffigur ynddi naw gwaith o bob deg, o ystyried ansicrwydd cyhoeddedig pob ffactor ({ $samples } tyniad Monte Carlo; ystodau tybiedig lle nad yw ffynhonnell yn rhoi un).
term-scope-3-category-11 = Cwmpas 3, categori 11: allyriadau o ddefnyddio'r hyn y mae'r sefydliad yn ei ddarparu; yma dyfeisiau a theithio dinasyddion eu hunain, wedi'u cyfrif drwy gydweddiad am eu bod y tu hwnt i reolaeth y sefydliad.


## sero estimate --explain

explain-title = Sut y cyfrifwyd pob ffigur
explain-component-named = { $component } [{ $id }] (model { $model }, sail { $basis }, × { $volume } × cyfran { $share })
explain-component = { $id } (model { $model }, sail { $basis }, × { $volume } × cyfran { $share })
explain-not-estimated = heb ei amcangyfrif: { $error }
explain-formula = fformiwla: { $formula }
explain-inputs = mewnbynnau:
explain-input = { $input } = { $value }
explain-input-default = { $input } = { $value } (rhagosodiad)
explain-factors = ffactorau:
explain-factor = { $factor } = { $value } { $unit } ({ $range }) — { $description } [{ $source }]
explain-range = ystod { $low }–{ $high }
explain-range-assumed = ystod dybiedig { $low }–{ $high }
explain-steps = camau:
explain-result = = { $per_basis } kgCO2e fesul { $basis } → { $total } kgCO2e
explain-sources = Ffynonellau
explain-factor-web = { $factor } = { $value } { $unit } ({ $range }) — { $description }.
explain-citation = Ffynhonnell: { $publisher }, { $title }, { $edition } ({ $licence })


## Assumptions made by the models

assumed-model-default = rhagosodiad model `{ $input } = { $value }`
assumed-reported-spread = tybiwyd: mae'r ffigur a adroddwyd yn ansicr o ±{ $percent }% (ni roddwyd ystod)
assumed-no-printing-energy = tybiwyd: nid yw ynni argraffu wedi'i gyfrif (dim ffactor cyhoeddedig fesul dalen; rhowch `printing_energy_per_sheet`)
assumed-letter-delivery = tybiwyd: mae dosbarthu llythyr yn 26 gCO2e, yn deillio o ddata'r Post Brenhinol ar gyfer 2005/06 (wedi'i fodelu; ni chyhoeddir ffigur cyfredol fesul llythyr)
assumed-sms-spread = tybiwyd: mae ffigur SMS a roddir heb ystod yn ansicr o ±{ $percent }%
assumed-notification-letters = tybiwyd: mae llythyrau ar bapur A4 ffibr crai mewn amlen DL, wedi'u hailgylchu ar ôl eu defnyddio; nid yw ynni argraffu wedi'i gyfrif (dim ffactor cyhoeddedig fesul dalen; modelwch y llythyrau gyda `paper` a `post` i osod y rhain)
assumed-citizen-devices-scope = tybiwyd: adroddir dyfeisiau dinasyddion fel Cwmpas 3 categori 11 drwy gydweddiad (defnydd i lawr y gadwyn y tu hwnt i reolaeth y sefydliad)
assumed-citizen-travel-scope = tybiwyd: adroddir teithio dinasyddion fel Cwmpas 3 categori 11 drwy gydweddiad (i lawr y gadwyn, y tu hwnt i reolaeth y sefydliad)
assumed-runs-all-period = tybiwyd: yn rhedeg bob awr o'r cyfnod ({ $hours } awr)
assumed-server-power = tybiwyd: dim `idle_power`, `max_power` na `power_curve`, felly mae pob gweinydd yn tynnu { $watts } W, pŵer cyfartalog canolrifol taflenni gweinyddion rac y gwneuthurwyr (ffactor `server/power`)
assumed-telephony-spread = tybiwyd: mae ffigur teleffoni a roddir heb ystod yn ansicr o ±{ $percent }%


## Warnings raised while estimating

warning-in-component = `{ $component }`: { $warning }
warning-component-not-estimated = ni amcangyfrifwyd `{ $component }`: { $error }
warning-named-component-not-estimated = ni amcangyfrifwyd “{ $name }” (`{ $component }`): { $error }
warning-no-components = nid oes gan y gwasanaeth gydrannau: mae ei ôl troed yn sero
warning-no-transactions-in-channel = cydran fesul trafodiad heb drafodion yn ei sianel
warning-devices-counted-twice = gall dyfeisiau defnyddwyr gael eu cyfrif ddwywaith: `{ $device }` (end-user-device) a segment dyfeisiau `{ $transfer }` (data-transfer); gosodwch `include_device: false` ar `{ $transfer }` os ydynt yn disgrifio'r un defnydd
warning-input-outside-usual-range = mae mewnbwn `{ $input }` = { $value } y tu allan i'r ystod arferol { $low }–{ $high } { $unit }
warning-composite-device-overrides = mae `{ $device }` wedi'i wneud o { $parts }: ni chymhwyswyd y gwerthoedd power, embodied, lifetime a hours_per_year a roddwyd; modelwch bob rhan fel cydran ar wahân yn lle hynny
warning-uk-only-input = mae `{ $input }` yn berthnasol i drydan y DU (DESNZ) yn unig; fe'i hanwybyddwyd ar gyfer y grid hwn
warning-telephony-not-counted = nid yw teleffoni wedi'i gyfrif: nid oes ffactor cyhoeddedig yn y DU fesul munud; rhowch `telephony_per_minute` gan eich cyflenwr teleffoni
warning-office-energy-ignored-at-home = anwybyddir `office_energy_per_hour` wrth weithio gartref (mae ffactor gweithio gartref DESNZ yn cynnwys y gweithle)
warning-office-energy-not-counted = nid yw ynni adeilad y swyddfa wedi'i gyfrif: rhowch `office_energy_per_hour` (trydan blynyddol yr adeilad wedi'i rannu â'r oriau desg a weithiwyd ynddo)
warning-no-well-to-tank = dim ffactor ffynnon-i-danc ar gyfer `{ $mode }`; ni ychwanegwyd un
warning-spend-based = amcangyfrif yn seiliedig ar wariant: yr haen leiaf cywir (WPPN 12/21 Haen 1); gofynnwch i'r cyflenwr am ddata gweithgarwch neu ffigur a adroddwyd


## Why a model could not produce a figure

model-error-unknown-model = model anhysbys `{ $model }` (disgwylid un o { $expected })
model-error-missing-input = mewnbwn ar goll `{ $input }`
model-error-invalid-input = mewnbwn `{ $input }`: { $reason }
model-error-missing-factor = nid yw ffactor `{ $factor }` yn y llyfrgell ffactorau
model-error-factor-unit = mae ffactor `{ $factor }` mewn `{ $unit }`, na ellir ei drosi i `{ $expected }`


## Command-line framing of messages

cli-grid-not-a-number = rhowch ddwysedd grid mewn gCO2e/kWh; ar gyfer cyfartaledd blynyddol gwlad, rhowch `--country { $value }`
cli-samples-not-a-number = nid yw `{ $value }` yn nifer cyfan o samplau
cli-grid-negative = mae dwysedd grid yn 0 gCO2e/kWh neu fwy
cli-warning = rhybudd: { $warning }
cli-word-error = gwall
cli-word-warning = rhybudd
cli-word-hint = awgrym
cli-error-cannot-write = gwall: ni ellir ysgrifennu `{ $path }`: { $reason }
cli-verbose-settings = sero: adroddiadau yn { $lang }, wedi'u gosod ar gyfer { $width } colofn
cli-verbose-done = sero: wedi gorffen mewn { $seconds } e


## sero import inventory

inventory-fully-amortised = llinell { $line }: mae oed o { $age } blynedd ar ddiwedd oes o { $lifetime } blynedd neu y tu hwnt iddi, felly mae'r allyriadau ymgorfforedig wedi'u hamorteiddio'n llawn (llinell syth dros yr oes) ac ni chodir dim eleni
inventory-assumed-flat-power = tybiwyd: mae'r pŵer yr un fath ar bob lefel defnydd (gosodir pŵer segur a phŵer uchaf i'r pŵer cyfartalog), felly nid yw'r defnydd a roddir i'r model `server` (0.5) yn newid y ffigur
inventory-assumed-no-pue = tybiwyd: mae dyfeisiau rhwydwaith ac argraffwyr mewn swyddfeydd ac ystafelloedd cyfathrebu heb orbenion canolfan ddata (PUE 1); rhowch `pue` fel arall
inventory-assumed-colocation-pue = tybiwyd: PUE safle cydleoli yw cyfartaledd y diwydiant yn arolwg 2023 yr Uptime Institute (1.58); nid oes ffynhonnell yn rhoi un ar gyfer cydleoli; rhowch `pue` gan y darparwr
inventory-assumed-storage-lifetime = tybiwyd: mae arae storio yn para cyhyd â gweinydd rac (oes ganolrifol taflenni gweinyddion y gwneuthurwyr); rhowch `life_years` fel arall
inventory-assumed-service-grid = tybiwyd (llinell { $line }): mae trydan y cyflenwr ar grid y DU (ffactorau DESNZ); rhowch `location` ar gyfer gwlad y canolfannau data
inventory-disposed-without-mass = llinell { $line }: { $units } uned wedi'u gwaredu heb `disposed_kg`: nid amcangyfrifir eu hallyriadau diwedd oes (mae ffactorau gwastraff DESNZ fesul tunnell)
inventory-assumed-reuse-no-factor = tybiwyd: nid oes gan offer a drosglwyddir i'w ailddefnyddio allyriadau diwedd oes eleni; nid yw DESNZ yn cyhoeddi ffactor ailddefnyddio ar gyfer eitemau trydanol TG
inventory-waste-factor-missing = llinell { $line }: nid yw ffactor `{ $factor }` mewn kgCO2e/t yn y llyfrgell ffactorau, felly nid amcangyfrifir diwedd oes { $mass } kg


## sero compare
# Messages of this section start `compare-`.

compare-title = { $service } — cymharu sianeli fesul { $unit }
compare-column-per-transaction = { $mass } fesul { $unit }
compare-column-period = { $mass } yn y cyfnod
compare-made-of = O beth mae pob sianel wedi'i gwneud ({ $mass } fesul { $unit })
compare-not-modelled = ·
compare-not-applicable = amh.
compare-legend = (· heb ei fodelu; amh. wedi'i ddatgan yn amherthnasol)
compare-summary = Yn fyr
compare-contrast-same = Mae un { $unit } drwy “{ $channel }” yn allyrru tua'r un faint ag un drwy “{ $baseline }”.
compare-contrast-more = Mae un { $unit } drwy “{ $channel }” yn allyrru tua { $ratio } gwaith cymaint ag un drwy “{ $baseline }”.
compare-contrast-less = Mae un { $unit } drwy “{ $channel }” yn allyrru tua { $percent }% o'r hyn y mae un drwy “{ $baseline }” yn ei allyrru.
compare-contrast-incomparable = Mae un { $unit } drwy “{ $channel }” yn allyrru llawer mwy nag un drwy “{ $baseline }”, nad yw'n allyrru dim.
compare-difference-one = Daw'r gwahaniaeth yn bennaf o'r elfen hon: { $first }.
compare-difference-two = Daw'r gwahaniaeth yn bennaf o'r elfennau hyn: { $first }, { $second }.
compare-difference-three = Daw'r gwahaniaeth yn bennaf o'r elfennau hyn: { $first }, { $second }, { $third }.
compare-boundary = Ffiniau
compare-boundary-ok = Mae pob sianel yn cynnwys yr un elfennau (neu'n datgan eu bod yn amherthnasol).
compare-gap = Rhybudd: mae “{ $channel }” yn gadael { $element } allan, { $count ->
    [one] ac mae { $others } yn ei gynnwys
   *[other] ac mae pob un o { $others } yn ei gynnwys
}: modelwch ef, neu datganwch ei fod yn `not_applicable` i'r sianel.
compare-scenarios = Senarios
compare-column-element = elfen
compare-column-shift = symud
compare-column-moved = trafodion a symudwyd
compare-column-before = { $mass } cyn
compare-column-after = { $mass } wedyn
compare-column-saving = arbediad { $mass }
compare-all-shifts = pob symudiad gyda'i gilydd
compare-chart-title = { $service }: { $mass } fesul { $unit }, fesul sianel
compare-chart-unit = { $mass } fesul { $unit }
compare-chart-written = siart wedi'i ysgrifennu i { $path }
compare-shift-error = gwall: --shift { $shift }: { $reason }
compare-hint = = awgrym: { $hint }
compare-shift-no-equals = dim `=`
compare-shift-no-colon = dim `:` rhwng y sianeli
compare-shift-unknown-channel = sianel anhysbys `{ $channel }`
compare-shift-hint-form = ysgrifennwch FROM:TO=PERCENT gyda dynodwyr y sianeli, er enghraifft `--shift paper:online=25%`
compare-shift-hint-did-you-mean = oeddech chi'n golygu `{ $suggestion }`?
compare-shift-hint-channels = y sianeli yw: { $channels }
compare-chart-not-written = gwall: ni ellir ysgrifennu'r siart i `{ $path }`: { $reason }




## sero page and sero journey
# Messages of this section start `page-`.
page-budget-without-unit =
    gwall: nid oes uned gan --budget { $budget }
      = awgrym: ai { $number }g neu { $number }MB oedd gennych mewn golwg? Mae cyllideb yn gramau o CO2e fesul golwg (`g`, `kg`) neu feitiau (`B`, `kB`, `KB`, `MB`, `KiB`, `MiB`)
page-budget-unknown-unit =
    gwall: --budget { $budget }: nid yw `{ $unit }` yn uned cyllideb
      = awgrym: mae cyllideb yn gramau o CO2e fesul golwg (`g`, `kg`) neu feitiau (`B`, `kB`, `KB`, `MB`, `KiB`, `MiB`), fel `0.3g` neu `1MB`
page-budget-not-a-number =
    gwall: nid yw --budget { $budget } yn derfyn uwchlaw 0
      = awgrym: ysgrifennwch rif ac uned, fel `0.3g` neu `1MB`; mae cyllideb yn gramau o CO2e fesul golwg (`g`, `kg`) neu feitiau (`B`, `kB`, `KB`, `MB`, `KiB`, `MiB`)
page-over-budget = dros y gyllideb: { $url }: { $actual }, terfyn { $limit } ({ $percent }% o'r gyllideb)
journey-over-budget = dros y gyllideb: taith `{ $name }`: { $actual }, terfyn { $limit } ({ $percent }% o'r gyllideb)
page-budget-row = { $actual } o { $limit } ({ $percent }% o'r gyllideb)
page-budget-row-over = { $actual } o { $limit } ({ $percent }% o'r gyllideb) — dros y gyllideb
page-swd-sentence = Sgôr Sustainable Web Design { $rating }: gramau CO2e un golwg ar dudalen, wedi'u hamcangyfrif o'r beitiau a drosglwyddwyd (model SWD v4), wedi'u graddio o A+ (lleiaf) i F (mwyaf).
page-ecoindex-sentence = EcoIndex { $score }/100, gradd { $grade }: sgôr o faint DOM y dudalen, ei cheisiadau a'i beitiau, o'i chymharu â sampl o dudalennau gwe, wedi'i graddio o A (gorau) i G.
page-ecoindex-grade = gradd { $grade }; amcangyfrif EcoIndex fesul golwg: { $ges } gCO2e a { $water } centilitr o ddŵr
page-grid-uk = Grid: cyfartaledd blynyddol y Deyrnas Unedig, { $intensity } gCO2e/kWh, ar gyfer dyfeisiau, rhwydweithiau a chanolfannau data, fel mewn maniffestau.
page-grid-uk-factor = Grid: cyfartaledd blynyddol y Deyrnas Unedig, { $intensity } gCO2e/kWh (ffactor `{ $factor }`), ar gyfer dyfeisiau, rhwydweithiau a chanolfannau data, fel mewn maniffestau.
page-grid-country = Grid: cyfartaledd blynyddol { $country }, { $intensity } gCO2e/kWh, ar gyfer dyfeisiau, rhwydweithiau a chanolfannau data.
page-grid-country-factor = Grid: cyfartaledd blynyddol { $country }, { $intensity } gCO2e/kWh (ffactor `{ $factor }`), ar gyfer dyfeisiau, rhwydweithiau a chanolfannau data.
page-grid = Grid: { $intensity } gCO2e/kWh, ar gyfer dyfeisiau, rhwydweithiau a chanolfannau data.
page-grid-factor = Grid: { $intensity } gCO2e/kWh (ffactor `{ $factor }`), ar gyfer dyfeisiau, rhwydweithiau a chanolfannau data.
page-summary = Crynodeb
page-by-domain = Beitiau fesul parth
page-fix-first = Beth i'w drwsio yn gyntaf, yr arbediad mwyaf a amcangyfrifwyd yn gyntaf
page-also-found = Hefyd wedi'u canfod, heb amcangyfrif o arbediad
page-first-view = golwg gyntaf
page-repeat-view = golwg eto
page-per-visit = fesul ymweliad
page-requests-and-elements = { $requests } cais, { $elements } elfen DOM
page-rating = sgôr { $rating } (Sustainable Web Design v4)
page-budget = cyllideb
page-column-type = math
page-column-requests = ceisiadau
page-column-bytes = beitiau
page-column-domain = parth
page-column-party = parti
page-column-green = lletya gwyrdd
page-column-finding = canfyddiad
page-column-at-stake = yn y fantol
page-column-saving = arbediad
page-column-wsg = maen prawf llwyddiant WSG
page-column-rank = safle
page-type-document = Dogfen
page-type-stylesheet = Dalen arddull
page-type-image = Delwedd
page-type-media = Cyfryngau
page-type-font = Ffont
page-type-script = Sgript
page-type-text-track = Trac testun
page-type-fetch = Cais { $kind }
page-type-event-source = Ffrwd digwyddiadau
page-type-websocket = WebSocket
page-type-manifest = Maniffest ap gwe
page-type-prefetch = Rhag-nôl
page-type-ping = Ping
page-type-preflight = Cais rhagarweiniol CORS
page-type-other = Arall
page-first-party = cyntaf
page-third-party = trydydd
page-green = gwyrdd
page-green-by = gwyrdd ({ $host })
page-not-green = nid gwyrdd
page-green-unknown = anhysbys
page-green-not-checked = lletya gwyrdd yn anhysbys i bob parth, felly cyfrifwyd pob un yn llwyd (roedd API greencheck i ffwrdd neu heb ateb; rhowch --green-domain neu --green-list)
page-not-estimated = heb ei amcangyfrif
page-limit = terfyn y dull hwn: { $limit }
page-not-measured = heb ei fesur: { $error }
page-html-title = adroddiad tudalen sero
page-finding-oversized-images = Delweddau sy'n fwy nag y'u dangosir
page-finding-oversized-images-detail = delweddau sydd dros { $ratio }× y lled a'r uchder a ddangosir; mae'r arbediad yn rhagdybio beitiau mewn cyfrannedd â phicseli
page-finding-modern-image-formats = Delweddau nad ydynt mewn fformat modern
page-finding-modern-image-formats-detail = delweddau JPEG, PNG neu GIF o 10 kB neu fwy; mae AVIF neu WebP fel arfer yn llai, ond mae gwybod faint yn llai yn gofyn am eu hail-amgodio, felly nid amcangyfrifir arbediad
page-finding-uncompressed-text = Testun a anfonwyd heb ei gywasgu
page-finding-uncompressed-text-detail = HTML, CSS, JavaScript, JSON neu SVG o 1.4 kB neu fwy a anfonwyd heb gzip na Brotli; mae eu cywasgu fel arfer yn dileu'r rhan fwyaf o'u beitiau (mesurwch ar ôl ei alluogi)
page-finding-cache-headers = Adnoddau y mae ymweliad eto yn eu lawrlwytho eto
page-finding-cache-headers-detail = dim `Cache-Control: max-age` (neu mae'n gwahardd storio); yr arbediad yw'r hyn a lawrlwythodd y golwg eto a fesurwyd unwaith eto
page-finding-unused-javascript = JavaScript y mae'r dudalen yn ei lwytho ond nid yn ei redeg
page-finding-unused-javascript-detail = sgriptiau ag 20 kB neu fwy o god na chafodd ei weithredu yn ystod yr ymweliad (coverage); yr arbediad yw eu trosglwyddiad mewn cyfrannedd
page-finding-web-fonts = Ffontiau gwe
page-finding-web-fonts-detail = ffeiliau ffont a lawrlwythwyd; byddai ffontiau'r system yn eu harbed i gyd
page-finding-third-party = Adnoddau trydydd parti
page-finding-third-party-detail = adnoddau o barthau eraill (tracwyr, mewnosodiadau, ffontiau, sgriptiau); byddai eu dileu yn arbed eu beitiau
page-finding-autoplay-video = Fideo sy'n chwarae ar ei ben ei hun
page-finding-autoplay-video-detail = { $count } fideo ag autoplay; byddai chwarae ar gais yn unig yn arbed beitiau'r fideo a lwythwyd
page-cannot-read = gwall: ni ellir darllen `{ $path }`: { $reason }
page-not-a-sitemap =
    gwall: nid yw `{ $path }` yn fap safle: { $reason }
      = awgrym: ffeil XML o gofnodion <url><loc>…</loc></url> yw map safle
page-no-urls =
    gwall: dim tudalen i'w mesur
      = awgrym: rhowch URLau, `--urls FILE` neu `--sitemap FILE`
page-not-urls =
    gwall: nid yw'n gyfeiriad gwe: { $urls }
      = awgrym: mae URLau yn dechrau gyda `https://` neu `http://`
page-green-list-invalid =
    gwall: `{ $path }`: { $reason }
      = awgrym: rhowch un parth y llinell, neu allforiad CSV neu JSON o set ddata'r Green Web Foundation
page-timeout-invalid = gwall: rhaid i --timeout fod yn nifer o eiliadau uwchlaw 0
page-settle-invalid = gwall: rhaid i --settle fod yn nifer o eiliadau, 0 neu fwy
page-cannot-start = gwall: ni ellir dechrau: { $reason }
page-progress = tudalennau
page-url-error = gwall: { $url }: { $error }
page-some-failed = gwall: ni ellid mesur { $failed } o { $total } tudalen (adroddir am y lleill uchod)
journey-step-error = gwall: cam `{ $step }`: { $error }
journey-stopped =
    gwall: { $error }
      = nodyn: adroddir am y camau cyn hyn uchod; daeth y daith i ben yno
journey-title = Taith: { $name }
journey-column-step = Cam
journey-column-action = Gweithred
journey-column-transfer = Trosglwyddo
journey-column-requests = Ceisiadau
journey-column-url-after = URL wedyn
journey-total = Cyfanswm
journey-start-step = Dechrau
journey-model-note = { $unit }: model Sustainable Web Design v4, fesul cam fel y'i trosglwyddwyd (nid yw ffeiliau o'r storfa yn cyfrif).
journey-budget = Cyllideb: { $budget }
journey-note = nodyn: { $note }
journey-not-measured = heb ei fesur: { $error }




## Pages measured by the server: the guard on what they may reach
# Messages of this section start `guard-`.
guard-refused = Mae { $host } yn arwain at { $address }, { $range }: ni chaiff tudalen a fesurir gan y gweinydd ei chyrraedd
guard-refused-hint = nid oes tudalen gyhoeddus yn cael ei gweini o'r cyfeiriad hwnnw; gwiriwch yr URL
guard-refused-hint-private = i fesur tudalennau ar rwydwaith preifat, mae gweinyddwr yn caniatáu cyfeiriadau preifat yng nghyfluniad y gweinydd
guard-unresolved = nid yw { $host } yn arwain at gyfeiriad ({ $reason }); awgrym: gwiriwch sillafiad enw'r gwesteiwr
guard-unreachable = ni dderbyniodd { $host } (porth { $port }) gysylltiad; awgrym: efallai fod y gweinydd i lawr
guard-bad-url = nid yw `{ $url }` yn gyfeiriad gwe y gellir ei fesur: rhaid iddo ddechrau gyda http:// neu https:// ac enwi gwesteiwr
guard-proxy-failed = ni allai'r dirprwy sy'n gwarchod y mesur ddechrau: { $reason }
guard-measure-failed = ni ellid mesur `{ $url }`: { $reason }
guard-range-unspecified = cyfeiriad amhenodol
guard-range-loopback = cyfeiriad dolen-ôl (y gweinydd ei hun)
guard-range-private = cyfeiriad rhwydwaith preifat
guard-range-shared = cyfeiriad a rennir (NAT gradd cludwr)
guard-range-link-local = cyfeiriad cyswllt-lleol (gan gynnwys gwasanaethau metadata cwmwl)
guard-range-unique-local = cyfeiriad IPv6 lleol unigryw
guard-range-multicast = cyfeiriad aml-ddarlledu
guard-range-broadcast = y cyfeiriad darlledu
guard-range-documentation = cyfeiriad a gadwyd ar gyfer dogfennaeth
guard-range-reserved = cyfeiriad a gadwyd


## sero transfer, sero factors, sero models, sero init and sero check
# Messages of this section start `transfer-`, `factors-`, `models-`, `init-` or `check-`.
init-cannot-create =
    gwall: ni ellir creu `{ $path }`: { $reason }
      = awgrym: nid yw sero init yn trosysgrifo ffeiliau; dewiswch enw arall
init-wrote = ysgrifennwyd { $path }
check-ok = iawn: { $file } — { $components } cydran, { $channels } sianel
check-placeholder = mae `{ $key }` yn dal i gynnwys dalfan gan `sero init` ({ $marker } …)
check-placeholder-label = rhowch eich gwerth eich hun yn lle hwn
check-placeholder-hint = ysgrifennwch eich gwerth eich hun yn lle `{ $marker } …`; mae sero yn gwrthod y maniffest tra bo unrhyw werth yn dechrau gyda { $marker }
check-placeholder-hint-example = ysgrifennwch eich gwerth eich hun yn lle `{ $marker } { $example }` (enghraifft yn unig yw `{ $example }`); mae sero yn gwrthod y maniffest tra bo unrhyw werth yn dechrau gyda { $marker }
models-unknown =
    gwall: { $error }
      = awgrym: mae `sero models` yn eu rhestru i gyd
models-formula = fformiwla: { $formula }
models-scopes = cwmpasau: { $scopes }
models-factors = ffactorau: { $factors } (mae `sero factors <prefix>` yn eu dangos gyda'u ffynonellau)
models-column-input = mewnbwn
models-column-unit = uned
models-column-default = gofynnol / rhagosodiad
models-column-description = disgrifiad
models-required = gofynnol
models-optional = dewisol
models-kind-text = testun
models-kind-number = rhif
models-default-below = gweler isod
models-default = rhagosodiad: { $default }. { $description }
models-kind-choice = un o
models-choices = { $choices }. { $description }
factors-no-match =
    gwall: nid oes ffactor yn cyfateb i `{ $query }`
      = awgrym: rhowch gynnig ar ragddodiad fel `desnz`, `swd-v4`, `grid/ember/GBR`, neu dag fel `device`
factors-column-value = gwerth
factors-column-unit = uned
factors-column-range = isel–uchel
factors-column-year = blwyddyn
factors-column-source = ffynhonnell
factors-record = { $value } { $unit }; { $range }
factors-record-with-year = { $value } { $unit }; { $range }; data o { $year }
factors-exact = union
factors-range-assumed = { $low }–{ $high } (rhagdybiedig)
factors-count = { $count } ffactor
transfer-bytes-invalid =
    gwall: --bytes { $bytes }: { $reason }
      = awgrym: rhowch nifer o feitiau, neu faint fel `2.5MB` neu `300 KiB`
transfer-flag-invalid = --{ $flag }: { $reason }
transfer-invalid =
    gwall: { $error }
      = awgrym: mae `sero transfer --help` yn rhestru'r opsiynau a'u hystodau
transfer-result = { $grams } gCO2e am { $bytes } beit ({ $model }, fesul { $per })
transfer-result-rated = { $grams } gCO2e am { $bytes } beit ({ $model }, fesul { $per }, sgôr { $rating })
transfer-intensities = dwysedd carbon y grid gCO2e/kWh: dyfais { $device }, rhwydwaith { $network }, canolfan ddata { $data_centre }
transfer-column-segment = rhan
transfer-column-kind = math
transfer-per-byte = beit
transfer-per-visit = ymweliad
transfer-segment-device = dyfais
transfer-segment-network = rhwydwaith
transfer-segment-data-centre = canolfan ddata
transfer-segment-production = cynhyrchu




## sero grid
# Messages of this section start `grid-`.

grid-error-flag = { $flag } { $given }: { $problem }
grid-problem-hours-range = rhowch rhwng 1 a { $max } awr
grid-problem-positive-duration = rhaid i hyd tasg fod yn fwy na sero
grid-problem-within-range = rhowch orwel rhwng 30m a { $max }h
grid-problem-not-a-postcode = nid cod post mo hwn
grid-problem-not-a-duration = nid hyd mo hwn
grid-hint-horizon = mae'r Carbon Intensity API yn rhagweld hyd at { $max } awr ymlaen
grid-hint-duration = rhowch hyd fel `3h`, `90m` neu `1h 30m`
grid-hint-postcode = rhowch god allanol fel `CF10`, neu ranbarth gyda --region
grid-hint-chart = gwiriwch fod y cyfeiriadur yn bodoli ac y gellir ysgrifennu iddo
grid-error-chart-not-written = methu ysgrifennu'r siart `{ $path }`: { $error }
grid-chart-written = siart wedi'i ysgrifennu i { $path }
grid-error-longer-than-horizon = nid yw tasg o { $duration } yn ffitio o fewn { $within }
grid-error-forecast-too-short = mae'r rhagolwg yn cynnwys { $count } hanner awr o nawr, llai nag sydd ei angen ar y dasg
grid-error-bundled-factors = y ffactorau sydd wedi'u cynnwys: { $error }
grid-error-factor-missing = mae'r ffactor sydd wedi'i gynnwys `{ $factor }` ar goll
grid-error-unreachable = methu cyrraedd y Carbon Intensity API yn { $url } ({ $detail })
grid-error-api-refused = gwrthododd y Carbon Intensity API `{ $url }` gyda { $refusal }
grid-error-api-refused-because = gwrthododd y Carbon Intensity API `{ $url }` gyda { $refusal }: { $reason }
grid-error-malformed = nid yw ateb y Carbon Intensity API i `{ $url }` yn JSON fel y'i dogfennwyd: { $detail }
grid-error-empty-range = nid oes hanner awr yn yr ystod { $from } i { $to }
grid-error-unknown-area = nid yw `{ $area }` yn un o ardaloedd grid Prydain Fawr
grid-detail-status = statws HTTP { $status }
grid-detail-timed-out = dim ateb o fewn { $seconds } eiliad
grid-detail-after-tries = { $detail }, ar ôl { $tries } cynnig
grid-detail-transport = { $error }
grid-detail-json = { $error }
grid-detail-no-half-hour = nid oes hanner awr yn yr ateb
grid-hint-offline = mae sero yn gweithio all-lein o'r ffactorau DESNZ blynyddol sydd wedi'u cynnwys (`sero estimate`, neu `sero grid now --offline`); mae `--api-url` neu `SERO_CARBON_INTENSITY_URL` yn cyfeirio sero at gopi arall o'r API
grid-hint-api-error = gwiriwch yr ardal a'r dyddiadau; mae'r API yn rhagweld hyd at 48 awr ymlaen
grid-hint-malformed = efallai fod yr API wedi newid; mae `--api-url` yn cyfeirio sero at gopi arall ohono
grid-hint-request = rhowch ddechrau cyn y diwedd, mewn hanner oriau cyfan
grid-hint-area = rhowch `national`, rhanbarth (`south-wales`, `north-wales`, `wales`, `london`, …), `GB-REGION-7`, id rhanbarth 1–17 neu god allanol cod post (`CF10`)
grid-hint-area-suggestion = ai `{ $suggestion }` oedd dan sylw? rhowch `national`, rhanbarth (`south-wales`, `north-wales`, `wales`, `london`, …), `GB-REGION-7`, id rhanbarth 1–17 neu god allanol cod post (`CF10`)
grid-note-postcode-cut = nodyn: dim ond codau allanol y mae'r API yn eu hadnabod, felly darllenir `{ $given }` fel `{ $outward }`
grid-note-rounded-up = nodyn: talgrynnwyd --duration { $given } i fyny i hanner oriau cyfan: { $duration }
grid-area-national = Prydain Fawr
grid-area-postcode = cod post { $outward }
grid-region-heading = { $name } (rhanbarth { $id })
grid-now-title = Dwysedd carbon nawr: { $area }
grid-row-half-hour = hanner awr
grid-row-intensity = dwysedd
grid-row-index = mynegai
grid-row-distribution-area = ardal ddosbarthu
grid-intensity-value = { $value } gCO2/kWh ({ $kind })
grid-intensity = { $value } gCO2/kWh
grid-estimated-actual = gwirioneddol amcangyfrifedig
grid-forecast = rhagolwg
grid-not-published = heb ei gyhoeddi
grid-index-very-low = isel iawn
grid-index-low = isel
grid-index-moderate = cymedrol
grid-index-high = uchel
grid-index-very-high = uchel iawn
grid-generation-mix = Cymysgedd cynhyrchu
grid-column-fuel = tanwydd
grid-unit = gCO2/kWh (CO2 yn unig, cynhyrchu; Carbon Intensity API)
grid-source = Ffynhonnell: { $source }
grid-source-neso = National Energy System Operator (NESO), Carbon Intensity API, https://api.carbonintensity.org.uk (dogfennaeth: https://carbon-intensity.github.io/api-definitions/), CC BY 4.0
grid-note-co2-only = nodyn: mae'r Carbon Intensity API yn rhoi gramau o CO2 yn unig (dim nwy tŷ gwydr arall) fesul kWh a gynhyrchir, fesul hanner awr; mae cyrff cyhoeddus yn adrodd gyda kgCO2e/kWh blynyddol DESNZ (`sero estimate`)
grid-forecast-title = Rhagolwg: { $area }, { $unit }
grid-column-from-utc = o (UTC)
grid-column-from-london = Europe/London
grid-column-intensity = dwysedd
grid-column-index = mynegai
grid-chart-title = Rhagolwg dwysedd carbon: { $area }
grid-chart-x = Dechrau'r hanner awr (Europe/London)
grid-chart-y = gCO2/kWh (CO2 yn unig, cynhyrchu)
grid-chart-description = Rhagolwg o ddwysedd carbon cynhyrchu trydan fesul hanner awr, o'r Carbon Intensity API (NESO, CC BY 4.0); CO2 yn unig. { $count } hanner awr.
grid-chart-lowest-highest = Isaf: { $lowest }: { $lowest_value } gCO2/kWh. Uchaf: { $highest }: { $highest_value } gCO2/kWh.
grid-window-title = Yr amser gorau i dasg { $duration } sy'n gorffen o fewn { $hours } h: { $area }
grid-duration-hours = { $hours } h
grid-duration-minutes = { $minutes } munud
grid-duration-hours-minutes = { $hours } h { $minutes } munud
grid-row-start = dechrau
grid-row-end = diwedd
grid-row-mean = dwysedd cymedrig
grid-row-if-now = o ddechrau nawr
grid-row-saving = arbediad o'i gymharu â nawr
grid-saving-value = { $saving } gCO2/kWh ({ $percent }%)
grid-note-cut-by-forecast = nodyn: mae'r rhagolwg yn gorffen cyn y gorwel; dim ond yr amseroedd dechrau y mae'n eu cynnwys a gymharwyd
grid-note-window = nodyn: rhagolwg yw hwn, o CO2 yn unig o gynhyrchu (Carbon Intensity API); bydd y dwysedd ar y diwrnod yn wahanol, a kgCO2e/kWh blynyddol DESNZ yw'r hyn y mae cyrff cyhoeddus yn ei adrodd o hyd
grid-offline-title = All-lein: ffactor blynyddol DESNZ ar gyfer trydan y DU, sydd wedi'i gynnwys
grid-offline-value = { $value } { $label }
grid-desnz-label = kgCO2e/kWh (CO2, CH4 ac N2O, DESNZ 2025, seiliedig ar leoliad)
grid-annual-average = cyfartaledd blynyddol ar gyfer y DU gyfan, nid y grid yn yr hanner awr hon nac yn y rhanbarth hwn; dyma'r ffactor ar gyfer adrodd Cwmpas 2 seiliedig ar leoliad




## sero estimate --accounting
# Messages of this section start `accounting-`.

accounting-error-csv = dangosir cyfrifo cyfres amser yn yr adroddiadau tabl a JSON, nid mewn CSV
accounting-hint-csv = defnyddiwch `--format json`, neu `--accounting location` ar gyfer CSV
accounting-error-series-unreadable = methu darllen `{ $path }`: { $error }
accounting-hint-series-path = mae llwybr `series` yn gymharol â'r maniffest
accounting-error-series-broken = `{ $path }` { $problem }
accounting-hint-series-format = mae gan gyfres resi `from,kwh` neu `from,to,kwh`, amseroedd fel `2025-04-01T00:00Z`
accounting-error-no-time-zone = nid oes Europe/London yng nghronfa ddata'r cylchfaoedd amser ({ $detail })
accounting-hint-time-zone = gosodwch tzdata y system, neu defnyddiwch `series` yn lle `hours_of_day`
accounting-error-period = ni ellir cyfrifo'r cyfnod { $start } i { $end } fesul hanner awr
accounting-hint-period = rhowch gyfnod rhwng y blynyddoedd 1 a 9999
accounting-error-hours-of-day = `hours_of_day`: { $problem }
accounting-error-weigh = `{ $path }`: { $problem }
accounting-error-source = methodd un o ffynonellau'r cyfrifo cyfres amser
accounting-series-not-aligned = nid yw cyfwng { $what ->
    [energy] ynni
   *[other] dwysedd
} { $from }–{ $to } wedi'i alinio ar hanner oriau (UTC :00 a :30)
accounting-series-empty = mae cyfwng { $what ->
    [energy] ynni
   *[other] dwysedd
} { $from }–{ $to } yn gorffen cyn iddo ddechrau
accounting-series-bad-energy = nid yw'r ynni { $kwh } kWh o { $from } yn rhif ≥ 0
accounting-series-bad-intensity = nid yw'r dwysedd { $g } g/kWh o { $from } yn rhif ≥ 0
accounting-series-duplicate-intensity = dau ddwysedd ar gyfer yr hanner awr sy'n dechrau { $from }, sydd ag ynni
accounting-reason-offline = rhoddwyd `--offline`
accounting-reason-api = nid oedd modd defnyddio'r Carbon Intensity API: { $error }
accounting-reason-nothing-published = ni chyhoeddodd y Carbon Intensity API ddwysedd ar gyfer unrhyw hanner awr ag ynni
accounting-warning-fallback = defnyddiodd y cyfrifo cyfres amser y ffactorau blynyddol yn lle hynny, oherwydd { $reason }
accounting-warning-gaps = `{ $component }`: nid oes dwysedd gan { $count } hanner awr ag ynni; ni chyfrifir eu { $kwh } kWh yn ffigur y gyfres amser
accounting-grid-intensity = { $value } gCO2e/kWh
accounting-coverage = yn cynnwys { $covered } o { $count } hanner awr
accounting-coverage-with-gaps = yn cynnwys { $covered } o { $count } hanner awr; ni chyfrifir { $kwh } kWh yn y bylchau
accounting-title-time-series = Trydan, cyfrifo cyfres amser (dwysedd hanner awr grid Prydain Fawr × pryd y'i defnyddir)
accounting-title-both = Trydan, cyfrifo seiliedig ar leoliad a chyfrifo cyfres amser ochr yn ochr
accounting-period = Hanner oriau o { $from } i { $to } (UTC)
accounting-component-on-grid = { $component } ({ $grid })
accounting-column-energy = kWh
accounting-column-location = lleoliad
accounting-column-time-series = cyfres amser*
accounting-column-difference = gwahaniaeth
accounting-units = Masau mewn { $unit }: CO2e ar y ffactorau blynyddol (lleoliad), CO2 yn unig o gynhyrchu (cyfres amser*)
accounting-note-location-basis = { $column }: ffactorau blynyddol DESNZ ar gyfer y DU, seiliedig ar leoliad, CO2, CH4 ac N2O fel CO2e — y ffigur sydd ei angen ar gyfer yr adroddiad blynyddol; yr un fath ar gyfer pob hanner awr a phob rhan o'r DU
accounting-note-time-series-basis = { $column }: cynhyrchu trydan Prydain Fawr wedi'i bwysoli fesul hanner awr gan ddwysedd ei ranbarth yn ôl y Carbon Intensity API (NESO, CC BY 4.0; gCO2/kWh, CO2 yn unig, o gynhyrchu; y gwirioneddol amcangyfrifedig lle y'i cyhoeddir, yn genedlaethol, fel arall y rhagolwg), amseroedd yn UTC; hours_of_day yn amser lleol y DU
accounting-note-other-parts = mae rhannau eraill (colledion T&D, ffynnon i danc, allyriadau ymgorfforedig, cydrannau nad ydynt ar grid ym Mhrydain Fawr) yn aros ar y ffactorau blynyddol
accounting-note-difference = daw'r gwahaniaeth o ddau beth: nwyon (mae'r API yn cyfrif CO2 yn unig, mae DESNZ yn ychwanegu CH4 ac N2O, tua 1% o ffactor 2024) a phwysoli (mae'r API yn dilyn yr awr a'r rhanbarth y defnyddir yr ynni ynddynt; mae DESNZ yn cyfartalu blwyddyn o'r DU gyfan, gydag oedi data o flwyddyn i ddwy)
accounting-note-component = `{ $component }`: { $coverage }; { $kg } kgCO2 ar gymedr wedi'i bwysoli yn ôl ynni o { $mean } gCO2/kWh
accounting-note-not-gb = { $components }: ffactorau blynyddol, gan nad yw'r grid ym Mhrydain Fawr
accounting-note-no-electricity = { $components }: ffactorau blynyddol, gan na ddefnyddir trydan grid Prydain Fawr
accounting-note-fallback = { $components }: ffactorau blynyddol yn lle cyfrifo cyfres amser, oherwydd { $reason }




## sero energy and sero import prometheus
# Messages of this section start `energy-` or `prometheus-`.

energy-error-grid = grid `{ $grid }`: { $error }
energy-hint-grid = rhowch `--country GBR` (ffactorau DESNZ y DU), cod ISO 3166-1 alpha-3 arall fel `--country FRA` (cyfartaledd blynyddol Ember), neu `--grid` a rhif mewn gCO2e/kWh
energy-error-write-activity = ni ellir ysgrifennu'r ffeil gweithgarwch `{ $file }`: { $error }
energy-warning-report-renamed = mae --report wedi'i ailenwi'n --output (-o) a chaiff ei ddileu yn y datganiad nesaf: defnyddiwch --output
energy-hint-write = gwiriwch fod y ffolder yn bodoli ac y gellir ysgrifennu iddo
energy-error-no-command = dim gorchymyn i'w redeg
energy-hint-command = rhowch y gorchymyn ar ôl `--`: `sero energy -- make test`
energy-error-spawn = ni ellir rhedeg `{ $program }`: { $reason }
energy-error-rapl-stopped = peidiodd RAPL â bod yn ddarllenadwy yn ystod y rhediad: { $error }
energy-error-tdp = --tdp { $tdp }: mae TDP yn nifer positif o watiau
energy-error-no-rapl = dim parth RAPL o dan `{ $root }` (dim ffolder `intel-rapl:N`)
energy-error-cannot-read = ni ellir darllen `{ $path }`: { $reason }
energy-error-rapl-malformed = dylai `{ $path }` gynnwys nifer cyfan o ficrojouleau, nid `{ $content }`
energy-error-proc-malformed = `{ $path }` llinell { $line }: { $reason }
energy-proc-no-cpu-line = dim llinell `cpu`
energy-proc-cpu-not-ticks = dylai'r llinell `cpu` gynnwys rhifau cyfan o diciau
energy-proc-cpu-too-short = dylai'r llinell `cpu` gynnwys o leiaf user, nice, system ac idle
energy-proc-no-parenthesis = dim `)` ar ôl enw'r gorchymyn
energy-proc-field-not-ticks = nid yw maes { $field } yn nifer o diciau
energy-proc-no-processor = dim cofnod `processor`
energy-hint-no-rapl = nid yw RAPL ar gael yma (y rhan fwyaf o beiriannau rhithwir a systemau heblaw Linux); mae sero yn defnyddio'r model TDP yn lle hynny, neu pwyntiwch SERO_POWERCAP_ROOT at goeden powercap
energy-hint-rapl-permission = ers 2020 (CVE-2020-8694) dim ond root all ddarllen `energy_uj` ar y rhan fwyaf o gnewyllyn: rhedwch fel root, neu rhowch hawl darllen gyda `sudo chmod a+r /sys/class/powercap/intel-rapl:*/energy_uj`
energy-hint-rapl-malformed = nid yw'r goeden powercap yr hyn y mae Linux yn ei ysgrifennu; gwiriwch SERO_POWERCAP_ROOT
energy-hint-proc = mae sero energy yn darllen amser CPU o /proc ac yn rhedeg ar Linux yn unig
energy-hint-spawn = gwiriwch enw'r gorchymyn a'i fod ar PATH; mae popeth ar ôl `--` yn cael ei redeg fel y'i rhoddwyd
energy-hint-tdp = rhowch TDP y prosesydd mewn watiau, fel `--tdp 65`
energy-warning-modelled = ynni wedi'i FODELU o TDP y prosesydd ac amser CPU y gorchymyn (model cyson CodeCarbon): nid mesuriad, am na ellid darllen RAPL
energy-warning-tdp-ignored = anwybyddir --tdp: roedd RAPL yn ddarllenadwy, felly mae'r ynni wedi'i fesur
energy-warning-no-cpu-time = defnyddiodd y gorchymyn lai o amser CPU nag y mae /proc yn ei gyfrif (10 ms), felly mae ei ynni yn 0
energy-warning-share-clamped = roedd amser CPU y gorchymyn yn fwy nag amser y peiriant dros y rhediad (talgrynnu ticiau /proc); mae ei gyfran wedi'i chapio ar 100%
energy-assumed-tdp-per-thread = tybiwyd: TDP { $tdp } W ar gyfer `{ $model }` ({ $cpus } CPU rhesymegol × { $value } { $unit }), { $source }; nid oes gan sero TDP ar gyfer y model hwn: rhowch ef gyda --tdp
energy-assumed-tdp-default = tybiwyd: TDP { $value } { $unit }, { $source }; nid yw /proc/cpuinfo yn enwi model: rhowch y TDP gyda --tdp
energy-assumed-tdp-fraction = tybiwyd: pŵer cyfartalog = { $value } × TDP × cyfran y gorchymyn o'r CPUau rhesymegol, { $source }
energy-why-not-measured = { $error } ({ $hint })
energy-title = Ynni a ddefnyddiwyd gan: { $command }
energy-row-exit = gadael
energy-row-duration = hyd
energy-row-cpu-time = amser CPU
energy-row-method = dull
energy-row-energy = ynni
energy-row-machine = y peiriant cyfan
energy-row-emissions = allyriadau
energy-exit-code = cod { $code }
energy-exit-signal = lladdwyd gan signal { $signal }
energy-seconds = { $seconds } e
energy-cpu-time = { $total } e ({ $user } defnyddiwr, { $system } system)
energy-method-measured = wedi'i FESUR gan RAPL, cyfran y gorchymyn yn ôl amser CPU ({ $zones }; { $share } o amser CPU y peiriant)
energy-tdp-given = o --tdp
energy-tdp-assumed = tybiedig
energy-method-modelled = wedi'i FODELU, heb ei fesur: 50% o TDP × amser CPU (TDP { $tdp } W { $source }, { $cpus } CPU rhesymegol)
energy-method-modelled-cpu = wedi'i FODELU, heb ei fesur: 50% o TDP × amser CPU (TDP { $tdp } W { $source }, { $cpus } CPU rhesymegol, { $model })
energy-joules = { $joules } J = { $kwh } kWh
energy-machine = { $joules } J dros { $cpu } e o amser CPU ar bob CPU ({ $busy } e yn brysur)
energy-machine-with-wraps = { $machine }; { $wraps ->
    [one] cywirwyd { $wraps } lapiad cownter
   *[other] cywirwyd { $wraps } lapiad cownter
}
energy-emissions = { $mass } (grid { $grid }, yn seiliedig ar leoliad)
energy-factors = Ffactorau
energy-factor = { $factor } = { $value } { $unit } — { $publisher }, { $title } ({ $edition }), { $url }
energy-assumptions = Rhagdybiaethau
energy-warnings = Rhybuddion
energy-why-model = ni ddefnyddiwyd RAPL: { $why }
prometheus-error-at = gwall: { $source }:{ $line }:{ $column }: { $error }
prometheus-hint-syntax = dylai'r ffeil fod yn esboniad testun Prometheus (fformat 0.0.4), fel y mae /metrics allforiwr yn ei weini
prometheus-error-expected = disgwylid { $what }
prometheus-what-metric = enw metrig
prometheus-what-metric-after-comment = enw metrig ar ôl `# HELP` neu `# TYPE`
prometheus-what-label = enw label neu `{"}"}`
prometheus-error-unterminated-label = gwerth label heb ei gau (`"` ar goll)
prometheus-error-invalid-escape = dihangiad annilys mewn gwerth label (dim ond \\, \" a \n)
prometheus-error-second-help = ail `# HELP` ar gyfer `{ $name }` sy'n wahanol i'r cyntaf
prometheus-error-unknown-type = math metrig anhysbys `{ $kind }` (counter, gauge, histogram, summary neu untyped)
prometheus-error-second-type = ail `# TYPE` ar gyfer `{ $name }` sy'n wahanol i'r cyntaf
prometheus-error-type-after-samples = `# TYPE` ar gyfer `{ $name }` ar ôl ei samplau (rhaid iddo ddod yn gyntaf)
prometheus-error-label-twice = mae'r label `{ $label }` yn ymddangos ddwywaith
prometheus-error-expected-equals = disgwylid `=` ar ôl y label `{ $label }`
prometheus-error-unquoted-value = rhaid i werth label fod mewn dyfynodau dwbl
prometheus-error-expected-comma = disgwylid `,` neu `{"}"}` ar ôl gwerth label
prometheus-error-no-value = nid oes gwerth gan `{ $name }`
prometheus-error-not-a-number = nid yw `{ $value }` yn rhif (fflôt, NaN, +Inf neu -Inf)
prometheus-error-not-a-timestamp = nid yw `{ $value }` yn stamp amser (milieiliadau cyfan ers 1970)
prometheus-error-after-timestamp = testun annisgwyl ar ôl y stamp amser
prometheus-error-unreachable = ni ellir cyrraedd `{ $url }`: { $reason }
prometheus-error-status = atebodd `{ $url }` gyda statws HTTP { $status }
prometheus-error-not-text = ni anfonodd `{ $url }` destun UTF-8
prometheus-hint-fetch = gwiriwch gyfeiriad yr allforiwr (mae Scaphandre yn gweini :8080/metrics, Kepler :28282/metrics) a'i fod yn rhedeg
prometheus-error-seconds = { $flag } { $value }: rhowch nifer o eiliadau, 0 neu fwy
prometheus-hint-seconds = fel `{ $flag } 15`
prometheus-error-interval = --interval { $value }: rhaid i'r amser rhwng dau sgrap fod yn fwy na 0 eiliad
prometheus-hint-interval = fel `--interval 15`
prometheus-error-no-scrapes = --scrapes 0: rhaid sgrapio URL o leiaf unwaith
prometheus-hint-scrapes = mae dau sgrap yn rhoi un cyfwng
prometheus-error-cannot-read = ni ellir darllen `{ $source }`: { $error }
prometheus-hint-source = rhowch ffeiliau esboniad neu URLau http(s):// allforwyr
prometheus-error-activity-needs-metric = mae angen --metric ar --activity
prometheus-hint-activity = dewiswch y metrigau i'w hysgrifennu gyda --metric: mae metrigau nod a metrigau fesul llwyth gwaith (host a process, node a container) yn cwmpasu'r un ynni, felly byddai ysgrifennu pob un yn ei gyfrif ddwywaith
prometheus-hint-time = rhowch --interval EILIADAU (yr amser rhwng sgrapiau'r ffeiliau), neu ffeiliau y mae stampiau amser ar eu samplau
prometheus-hint-metric = mae metrigau ynni yn gorffen yn _joules_total neu _microjoules, metrigau pŵer yn _watts neu _microwatts (scaph_host_energy_microjoules, kepler_node_cpu_joules_total…)
prometheus-hint-order = rhowch y sgrapiau yn y drefn y'u cymerwyd, pob cyfres unwaith ym mhob sgrap
prometheus-error-not-energy = nid yw'r metrig `{ $metric }` yn fetrig ynni na phŵer (nid yw ei enw'n gorffen yn _joules_total, _microjoules, _watts na _microwatts)
prometheus-error-metric-not-found = dim sampl o `{ $metric }` yn y mewnbwn
prometheus-error-no-metric = dim sampl o unrhyw fetrig ynni neu bŵer Scaphandre neu Kepler yn y mewnbwn
prometheus-error-time-order = { $source } llinell { $line }: mae `{ $series }` yn mynd yn ôl mewn amser ({ $time } ms ar ôl { $previous } ms)
prometheus-error-duplicate = { $source } llinell { $line }: samplwyd `{ $series }` ddwywaith ar yr un amser (neu ddwywaith heb stamp amser mewn un sgrap)
prometheus-error-no-time = mae `{ $series }` yn fesurydd pŵer ac nid oes amser ar ei samplau, felly ni ellir cyfrifo ei ynni
prometheus-error-mixed-time = { $source } llinell { $line }: mae gan `{ $series }` sampl gyda stamp amser ac un hebddo
prometheus-warning-declared-type = { $source }: datganwyd `{ $name }` yn { $kind } ond mae ei enw'n dweud { $quantity }; fe'i darllenwyd yn ôl ei enw
prometheus-quantity-energy = cownter ynni
prometheus-quantity-power = mesurydd pŵer
prometheus-warning-not-finite = { $source } llinell { $line }: mae `{ $series }` yn { $value } yma; hepgorir y cyfwng
prometheus-warning-negative-counter = { $source } llinell { $line }: mae `{ $series }` yn { $value }, ond nid yw cownter byth yn is na sero; hepgorir y cyfwng
prometheus-warning-gauge-no-time = mae `{ $series }` yn fesurydd pŵer ac nid oes amser ar ei samplau: fe'i hepgorwyd (rhowch yr amser rhwng sgrapiau, neu enwch ef i wneud hyn yn wall)
prometheus-warning-reset = { $source } llinell { $line }: aeth `{ $series }` i lawr o { $from } i { $to }: ailosodwyd y cownter, ac mae'r cyfwng yn cyfrif o sero
prometheus-warning-single-sample = dim ond un sampl sydd gan `{ $series }`: dim cyfwng, felly dim ynni (sgrapiwch eto yn nes ymlaen)
prometheus-warning-single-samples = mae gan { $count } cyfres un sampl yn unig: dim cyfwng, felly dim ynni (sgrapiwch eto yn nes ymlaen); y gyntaf: `{ $first }`
prometheus-title = Ynni o fetrigau Prometheus: { $scrapes ->
    [one] { $scrapes } sgrap
   *[other] { $scrapes } sgrap
} ({ $sources })
prometheus-series-counter = { $metric } (cownter ynni mewn { $unit })
prometheus-series-gauge = { $metric } (mesurydd pŵer mewn { $unit })
prometheus-column-from = o
prometheus-column-to = i
prometheus-column-metric = metrig
prometheus-column-zone = parth
prometheus-column-series = cyfres
prometheus-more-intervals = … { $count } cyfwng arall (pob un gyda --format json)
prometheus-total = Cyfanswm
prometheus-totals = Cyfansymiau fesul metrig (peidiwch byth ag adio metrigau at ei gilydd: mae metrigau nod a metrigau fesul llwyth gwaith yn gorgyffwrdd)
prometheus-warnings = Rhybuddion




## sero import cloud
# Messages of this section start `cloud-`.

cloud-error-unknown-dimension = --group-by: dimensiwn anhysbys `{ $dimension }`
cloud-error-dimension-twice = --group-by: rhoddir `{ $dimension }` ddwywaith
cloud-error-too-many-dimensions = --group-by: { $max } dimensiwn ar y mwyaf
cloud-hint-group-by = dimensiynau: day, month, account, region, service, class, usage_type, tag:NAME (er enghraifft `--group-by day,service,tag:service`)
cloud-error-sql-tag = --group-by tag:{ $tag }: dim ond enwau tagiau o lythrennau, digidau a `_` y gall yr ymholiad eu defnyddio
cloud-hint-sql-tag = mae Athena yn enwi colofnau tagiau `resource_tags_user_<name>`
cloud-error-duckdb-labels = --dialect duckdb: dim ond yn nhafodiaith BigQuery y mae labeli Google (`tag:`)
cloud-hint-duckdb-labels = hepgorwch y dimensiynau `tag:`, neu defnyddiwch `--dialect native`
cloud-error-no-file = ni roddwyd ffeil bilio
cloud-hint-file = rhowch allforyn bilio: AWS Cost and Usage Report, allforyn costau Azure neu allforyn bilio Google Cloud (CSV, CSV.gz neu Parquet), neu ganlyniad `sero import cloud --sql athena|bigquery`
cloud-error-malformed = { $file }: { $malformed ->
    [one] { $malformed } llinell wallus
   *[other] { $malformed } llinell wallus
} (o { $read } a ddarllenwyd)
cloud-malformed-more = … a { $count } arall
cloud-hint-malformed = cywirwch y llinellau hyn, neu ychwanegwch `--keep-going` i amcangyfrif y gweddill a'u rhestru yn y crynodeb
cloud-hint-stopped = wedi stopio ar --max-errors; cywirwch y ffeil, neu codwch y terfyn
cloud-error-cannot-write = ni ellir ysgrifennu `{ $file }`: { $error }
cloud-progress = { $file }: llinellau wedi'u darllen
cloud-error-cannot-read = ni ellir darllen `{ $file }`: { $error }
cloud-error-in-file = { $file }: { $error }
cloud-malformed-at-column = { $file }:{ $line }: colofn `{ $column }`: { $reason }
cloud-malformed-at-line = { $file }:{ $line }: { $reason }
cloud-title = { $file } — { $format } ({ $provider })
cloud-column-grid = grid
cloud-column-operational = gweithredol { $unit }
cloud-column-embodied = ymgorfforedig { $unit }
cloud-column-cost = cost
cloud-column-lines = llinellau
cloud-total = cyfanswm
cloud-lines = llinellau: { $read } wedi'u darllen, { $used } wedi'u defnyddio, { $not_usage } nad ydynt yn ddefnydd (credydau, treth, talgrynnu; cost { $not_usage_cost }), { $excluded } y tu allan i ffin Cloud Carbon Footprint (cost { $excluded_cost })
cloud-unknown = heb eu dosbarthu: { $lines ->
    [one] { $lines } llinell
   *[other] { $lines } llinell
}, cost { $cost }, amcangyfrifwyd yn { $kwh } kWh yn ôl { $method }
cloud-unknown-types = mathau o ddefnydd: { $types }
cloud-unestimated = heb eu hamcangyfrif (dim defnydd hysbys i gymryd cymhareb ohono): { $lines ->
    [one] { $lines } llinell
   *[other] { $lines } llinell
}, cost { $cost }
cloud-assumed = tybiwyd ({ $lines ->
    [one] { $lines } llinell
   *[other] { $lines } llinell
}): { $assumption }
cloud-assumed-regions = tybiwyd: dim ffactor grid Cloud Carbon Footprint ar gyfer { $regions }; defnyddiwyd cyfartaledd y darparwr
cloud-malformed-left-out = gwallus: { $lines ->
    [one] { $lines } llinell
   *[other] { $lines } llinell
}, wedi'u hepgor
cloud-method-cost = kWh fesul uned o gost defnydd hysbys (yr un gwasanaeth ac uned, fel arall yr un uned, fel arall pob defnydd hysbys) × cost y llinell (rhagosodiad sero ar gyfer AWS a Google Cloud; mae cod Cloud Carbon Footprint yn defnyddio'r un uned yn unig, yn ôl cost ar gyfer AWS ac yn ôl swm ar gyfer Google Cloud: --method ccf)
cloud-method-amount = kWh fesul uned o swm defnydd hysbys (yr un gwasanaeth ac uned, fel arall yr un uned, fel arall pob defnydd hysbys) × swm y llinell (rhagosodiad sero ar gyfer Azure; mae cod Cloud Carbon Footprint yn defnyddio'r un uned yn unig: --method ccf)
cloud-method-cost-same-unit-ccf = kWh fesul uned o gost defnydd hysbys o'r un uned (heb eiliadau AWS Lambda; 0 kWh pan nad oes gan ddim yr uned) × cost y llinell, fel y mae cod Cloud Carbon Footprint yn ei wneud ar gyfer AWS
cloud-method-amount-same-unit-ccf = kWh fesul uned o swm defnydd hysbys o'r un uned (0 kWh pan nad oes gan ddim yr uned) × swm y llinell, fel y mae cod Cloud Carbon Footprint yn ei wneud ar gyfer Azure a Google Cloud
cloud-format-aws-cur = AWS Cost and Usage Report (colofnau CSV hŷn)
cloud-format-aws-cur2 = AWS Cost and Usage Report (colofnau CUR 2.0 / Athena)
cloud-format-azure = allforyn costau Azure
cloud-format-gcp = allforyn bilio Google Cloud
cloud-format-query-result = canlyniad ymholiad cydgrynhoi sero
cloud-error-missing-column = mae hwn yn edrych fel { $format }, ond nid oes ganddo golofn `{ $column }`
cloud-error-unknown-format = nid yw'r pennawd yn un o'r allforion bilio y mae sero yn eu darllen (mae'n dechrau `{ $header }`); disgwylid AWS Cost and Usage Report (`lineItem/UsageStartDate` neu `line_item_usage_start_date`), allforyn costau Azure (`MeterCategory`), allforyn bilio Google Cloud (`usage_start_time`), neu ganlyniad `sero import cloud --sql` (`usage_amount`, `usage_unit`)
cloud-error-short-record = mae gan y llinell { $found } maes, a'r pennawd { $expected }: mae colofn ar goll
cloud-error-not-a-number = nid yw `{ $value }` yn rhif
cloud-error-negative = mae swm y defnydd `{ $value }` yn negatif
cloud-error-bad-unit = nid yw'r uned fesur `{ $value }` yn dechrau â nifer meidraidd o unedau
cloud-error-bad-date = nid yw `{ $value }` yn ddyddiad (disgwylid `YYYY-MM-DD…` neu `MM/DD/YYYY`)
cloud-error-bad-provider = nid yw'r darparwr `{ $value }` yn `aws`, `azure` na `gcp`
cloud-error-mixed-providers = mae'r llinell hon yn perthyn i { $provider }, ond roedd llinellau cynharach yn perthyn i ddarparwr arall: rhowch ganlyniad un darparwr ym mhob ffeil
cloud-error-csv = ni ellir darllen y CSV yma
cloud-error-not-utf8 = nid yw maes { $field } yn destun UTF-8
cloud-error-header-not-utf8 = nid yw'r pennawd yn destun UTF-8 (colofn { $column }); cadwch yr allforyn fel UTF-8
cloud-error-long-record = mae gan y llinell { $found } maes, a'r pennawd { $expected }: mae maes yn ormod (coma y tu allan i ddyfynodau?) yn symud y colofnau ar ei ôl
cloud-error-too-many-dims = { $max } dimensiwn grwpio ar y mwyaf
cloud-error-parquet = ni ellir darllen y ffeil Parquet ({ $detail })
cloud-error-parquet-changed = ni ellir darllen y ffeil Parquet: newidiodd tra oedd yn cael ei darllen
cloud-assumed-fallback-watts = { $why }: { $min }–{ $max } W fesul vCPU (cyfartaledd { $provider }), dim cyfran ymgorfforedig
cloud-assumed-watts-average = { $why }: { $min }–{ $max } W fesul vCPU (cyfartaledd { $provider }, fel y mae Cloud Carbon Footprint yn ei ddefnyddio)
cloud-why-unknown-processor = math o enghraifft `{ $name }`: nid yw Cloud Carbon Footprint yn gwybod ei brosesydd
cloud-why-vcpu-hours = `{ $usage_type }` mewn oriau vCPU
cloud-why-no-instance-type = `{ $usage_type }`: dim math o enghraifft
cloud-why-unknown-instance = nid yw'r math o enghraifft `{ $name }` yn y tabl sydd wedi'i gynnwys
cloud-assumed-unknown-instance-by-cost = nid yw'r math o enghraifft `{ $name }` yn y tabl sydd wedi'i gynnwys ac nid yw'r bil yn rhoi vCPUs: amcangyfrifwyd o'r gost
cloud-why-vm-size = maint VM `{ $meter }`: { $vcpus } vCPU wedi'u darllen o enw'r maint
cloud-why-no-machine-type = `{ $sku }`: nid yw'r math o beiriant yn y bil




## sero import inventory: reports and row errors
# Messages of this section start `inventory-`.

inventory-title = Ystad TG: allyriadau blynyddol ({ $file }, un flwyddyn)
inventory-note = nodyn: { $note }
inventory-summary = Mae'r ystad yn allyrru { $total } y flwyddyn ac yn defnyddio { $kwh } kWh o drydan, o { $lines ->
    [one] { $lines } llinell
   *[other] { $lines } llinell
} o'r rhestr.
inventory-rows-in = Pob llinell o'r rhestr, allyriadau mewn { $unit }:
inventory-column-line = llinell
inventory-column-asset = ased
inventory-column-count = nifer
inventory-column-model = model sero
inventory-column-embodied = ymgorfforedig
inventory-column-operational = gweithredol
inventory-column-end-of-life = diwedd oes
inventory-column-total = cyfanswm
inventory-column-category = categori
inventory-column-class = dosbarth
inventory-column-units = unedau
inventory-column-route = llwybr
inventory-column-mass = màs kg
inventory-column-without-mass = unedau heb fàs
inventory-total = Cyfanswm
inventory-by-tcs = Categorïau'r Tech Carbon Standard (sgema v0.1.0)
inventory-by-ggc = Dosbarthiadau asedau Greening Government ICT
inventory-e-waste = Gwastraff electronig eleni
inventory-assumptions = Rhagdybiaethau
inventory-warnings = Rhybuddion
inventory-sources = Ffynonellau
inventory-source-factor = { $factor }: { $value } { $unit }, { $description }
inventory-uncovered = Nid yw rhestr yn cynnwys: meddalwedd, modelau sylfaen, cynnwys a data, generaduron, defnydd oddi ar y safle o ddyfeisiau staff, gwasanaethau a reolir a phob categori i lawr y gadwyn (dyfeisiau a rhwydweithiau cwsmeriaid).
inventory-error-cannot-read = gwall: ni ellir darllen `{ $file }`: { $error }
    {"  "}= awgrym: gwiriwch lwybr CSV y rhestr
inventory-error-not-finite = mae allyriadau'r rhes yn rhy fawr i'w cyfrifo (anfeidraidd): mae maint y tu hwnt i'r ystod
inventory-hint-not-finite = gwiriwch nifer a ffigurau eraill y rhes hon: mae un yn llawer mwy nag y mae unrhyw ystad yn ei ddal
inventory-more-errors = … a { $count } problem arall fel y rhain (dangosir y { $shown } cyntaf)
inventory-error-cannot-write = gwall: ni ellir ysgrifennu `{ $file }`: { $error }
    {"  "}= awgrym: gwiriwch fod y ffolder yn bodoli ac y gellir ysgrifennu iddo
inventory-error-at-cell = gwall: { $file }, llinell { $line }, colofn `{ $column }`: { $message }
inventory-error-at-line = gwall: { $file }, llinell { $line }: { $message }
inventory-hint-line = = awgrym: { $hint }
inventory-refused = { $problems ->
    [one] { $problems } broblem wedi'i chanfod; ni amcangyfrifwyd nac ysgrifennwyd dim
   *[other] { $problems } problem wedi'u canfod; ni amcangyfrifwyd nac ysgrifennwyd dim
}
inventory-error-unclosed-quote = nid yw maes mewn dyfynodau sy'n dechrau ar y llinell hon byth yn cau
inventory-hint-unclosed-quote = caewch y maes gyda `"`; ysgrifennwch ddyfynnod y tu mewn i faes mewn dyfynodau fel `""`
inventory-error-empty = mae'r ffeil yn wag: mae angen llinell pennawd a rhesi ar restr
inventory-error-no-rows = mae gan y rhestr bennawd ond dim rhesi
inventory-hint-duplicate-column = cadwch un golofn o bob enw
inventory-hint-field-count = mae angen un gell ar bob rhes ar gyfer pob colofn yn y pennawd (gadewch gell yn wag rhwng atalnodau); rhowch gell sy'n cynnwys atalnod mewn dyfynodau
inventory-error-empty-asset = mae'r gell `asset` yn wag
inventory-hint-number = ysgrifennwch rif plaen fel `1200` neu `0.5`, heb unedau na gwahanyddion miloedd
inventory-hint-negative = ni all niferoedd, oriau, pŵer, màs ac ynni fod yn negatif
inventory-hint-whole = mae niferoedd unedau yn rhifau cyfan
inventory-hint-location = rhowch god gwlad ISO 3166-1 alpha-3 fel `GBR` (ffactorau DESNZ) neu `IRL` (cyfartaledd blynyddol Ember), neu ddwysedd grid mewn gCO2e/kWh
inventory-error-service-needs-kwh = mae angen trydan blynyddol ar linell cwmwl neu SaaS
inventory-error-empty-count = ni roddir nifer ar gyfer y llinell hon
inventory-hint-empty-count = rhowch nifer yr unedau sy'n cael eu defnyddio (0 ar gyfer llinell sy'n cofnodi gwarediadau yn unig)
inventory-error-route-needed = mae unedau wedi'u gwaredu ond ni roddir y llwybr gwaredu
inventory-error-mass-without-count = rhoddir màs wedi'i waredu heb nifer yr unedau a waredwyd
inventory-hint-mass-without-count = rhowch `disposed` (unedau a waredwyd eleni) gyda `disposed_kg` (eu cyfanswm màs)
inventory-hint-hours = mae gan flwyddyn 8,784 awr ar y mwyaf
inventory-error-zero-life = ni all oes o 0 blwyddyn rannu allyriadau ymgorfforedig
inventory-hint-zero-life = rhowch y blynyddoedd y cedwir yr unedau mewn gwasanaeth, neu gadewch y gell yn wag ar gyfer oes yr archdeip
inventory-error-pue-below-one = mae effeithiolrwydd defnyddio pŵer o dan 1 yn amhosibl
inventory-hint-pue = PUE yw cyfanswm ynni'r cyfleuster dros ynni TG: 1 neu fwy (1.58 yw cyfartaledd y diwydiant yn arolwg 2023 yr Uptime Institute)
inventory-hint-model-refused = gwiriwch rifau a lleoliad y rhes
inventory-hint-missing-factor = nid oes gan y llyfrgell ffactorau y ffigur hwn; ychwanegwch ef gyda ffeil ffactorau neu rhowch y golofn
inventory-hint-header = mae'r pennawd yn enwi colofnau o blith: { $columns }
inventory-error-duplicate-column = mae'r golofn `{ $column }` yn ymddangos ddwywaith
inventory-error-unknown-column = colofn anhysbys `{ $column }`
inventory-hint-did-you-mean = a oeddech chi'n golygu `{ $name }`?
inventory-error-missing-column = nid oes colofn `{ $column }` yn y pennawd
inventory-error-field-count = mae gan y rhes { $cells ->
    [one] { $cells } gell
   *[other] { $cells } cell
}, a'r pennawd { $columns }
inventory-hint-assets = mathau o ased: { $assets }
inventory-hint-asset-did-you-mean = a oeddech chi'n golygu `{ $name }`? (mathau o ased: { $assets })
inventory-error-unknown-asset = ased anhysbys `{ $asset }`
inventory-error-unknown-choice = nid yw `{ $value }` yn un o'r dewisiadau
inventory-hint-choices = disgwylid un o: { $choices }
inventory-error-not-a-number = nid yw `{ $value }` yn rhif
inventory-error-negative = mae `{ $value }` yn negatif
inventory-error-not-whole = nid yw `{ $value }` yn rhif cyfan
inventory-error-bad-location = nid yw `{ $value }` yn god gwlad nac yn ddwysedd grid
inventory-error-not-for-asset = nid yw `{ $column }` yn berthnasol i linell `{ $asset }`
inventory-hint-not-for-service = mae llinell cwmwl neu SaaS yn cymryd `annual_kwh`, `annual_cost`, `location` a `model`; mae colofnau caledwedd yn disgrifio offer sy'n eiddo i'r sefydliad
inventory-hint-not-for-hardware = mae `annual_kwh` ac `annual_cost` ar gyfer llinellau cwmwl a SaaS; `hosting` ar gyfer gweinyddion a storio; `pue` ar gyfer gweinyddion, storio, dyfeisiau rhwydwaith ac argraffwyr
inventory-error-hosting-conflict = ni ellir lletya llinell `{ $asset }` fel `{ $hosting }`
inventory-hint-service-kwh = rhowch `annual_kwh` o adroddiad carbon neu ynni'r cyflenwr, neu o `sero import cloud` ar gyfer biliau cwmwl
inventory-hint-service-kwh-not-cost = rhowch `annual_kwh` o adroddiad carbon neu ynni'r cyflenwr, neu o `sero import cloud` ar gyfer biliau cwmwl; nid oes gan sero ffactor cyhoeddedig sy'n troi gwariant ar gwmwl neu SaaS yn ynni, felly nid yw `annual_cost` ar ei ben ei hun yn cael ei drosi
inventory-error-no-archetype = nid oes archdeip cyhoeddedig yn rhoi `{ $column }` ar gyfer `{ $asset }`
inventory-hint-no-archetype = rhowch `{ $column }` o daflen ddata'r gwneuthurwr neu ôl troed carbon y cynnyrch; nid yw sero yn ei ddyfeisio
inventory-error-too-many-hours = mae { $hours } awr y flwyddyn yn fwy nag sydd mewn blwyddyn
inventory-error-model-refused = gwrthododd y model `{ $model }` y rhes: { $error }
inventory-error-missing-factor = nid yw ffactor `{ $factor }` mewn { $unit } yn y llyfrgell ffactorau




## sero sci
# Messages of this section start `sci-`.

sci-title = Dwysedd Carbon Meddalwedd (SCI) — { $service }
sci-specification = { $publisher }, { $title } v{ $version } ({ $iso })
sci-score = SCI = (O + M) fesul R = { $score } fesul { $unit }
sci-per-unit = { $symbol } fesul { $unit }
sci-unit-period = { $days ->
    [one] { $days } diwrnod
   *[other] { $days } diwrnod
}
sci-unit-of-channel = { $unit }, sianel { $channel } ({ $name })
sci-term-r = R (uned swyddogaethol)
sci-term-o = O (gweithredol)
sci-term-e-times-i = E × I (ynni × dwysedd y grid)
sci-term-o-other = gweithredol arall (ffigurau fesul eitem neu a adroddwyd, heb ynni)
sci-term-e = E (ynni)
sci-term-i = I (dwysedd cyfartalog E)
sci-term-m = M (ymgorfforedig)
sci-boundary-in = O fewn ffin y feddalwedd
sci-boundary-out = Y tu allan i ffin y feddalwedd (yn `sero estimate`, nid yn yr SCI)
sci-column-element = elfen
sci-column-o = O { $unit }/R
sci-column-m = M { $unit }/R
sci-column-e = E kWh/R
sci-column-co2e = { $unit }/R
sci-column-why = pam
sci-column-components = cydrannau
sci-outside-not-software = nid meddalwedd: darpariaeth all-lein y gwasanaeth
sci-outside-unclassified = heb ei dosbarthu: rhowch `covers:` (hosting, network…) i'r gydran i'w lleoli
sci-checklist = Rhestr ffiniau'r fanyleb
sci-checklist-item = { $item }: { $coverage } — { $how }
sci-item-compute = cyfrifiadura
sci-item-storage = storio
sci-item-memory = cof
sci-item-networking-equipment = offer rhwydweithio
sci-item-idle-machines = peiriannau segur
sci-item-end-user-devices = dyfeisiau defnyddwyr terfynol
sci-item-operations = gweithrediadau
sci-item-monitoring = monitro
sci-item-logging = cofnodi
sci-item-scanning = sganio
sci-item-pipelines = piblinellau adeiladu a defnyddio
sci-item-testing = profi
sci-item-training = hyfforddi modelau ML
sci-item-backup = copïau wrth gefn
sci-item-redundancy = dileswydd
sci-item-failover = methiant drosodd
sci-item-iot-devices = dyfeisiau IoT
sci-item-edge-devices = dyfeisiau ymyl
sci-item-other = { $item }
sci-coverage-in = i mewn
sci-coverage-not-modelled = heb ei fodelu
sci-how-hosting = cydrannau lletya (gweinyddion, cwmwl, lletya a adroddwyd gan gyflenwyr)
sci-how-network = cydrannau rhwydwaith (trosglwyddo data, e-bost, teleffoni)
sci-how-idle = mae'r model gweinydd yn cyfrif pŵer segur
sci-how-devices = dyfeisiau dinasyddion
sci-how-operations = cyfrifiaduron staff
sci-how-none = dim cydran ei hun; gall fod o fewn ffigur a adroddwyd gan gyflenwr
sci-how-no-model = nid oes gan sero fodel ar ei gyfer
sci-methodology = Methodoleg
sci-method-models = modelau o fewn y ffin: { $models }
sci-method-location-based = mae I yn seiliedig ar leoliad: dwysedd grid cyfartalog blynyddol (ffactorau trosi DESNZ ar gyfer trydan y DU, cyfartaleddau blynyddol Ember mewn mannau eraill), fel y mae'r fanyleb yn ei ganiatáu
sci-method-no-market = dim mesurau seiliedig ar y farchnad: nid yw gwrthbwyso, tystysgrifau ynni adnewyddadwy na chytundebau prynu pŵer yn lleihau'r sgôr, fel y mae'r fanyleb yn ei fynnu
sci-method-embodied = M yw cyfran ymgorfforedig pob model: allyriadau gweithgynhyrchu × amser a ddefnyddir ÷ oes ddisgwyliedig (× cyfran yr adnodd), TE × TiR/EL × RR/ToR y fanyleb
sci-method-measured = cydrannau wedi'u mesur neu a adroddwyd gan gyflenwyr (mae'r gweddill wedi'u modelu): { $components }
sci-method-measured-none = cydrannau wedi'u mesur neu a adroddwyd gan gyflenwyr: dim, mae pob cydran wedi'i modelu
sci-method-granularity = gronynnedd: un cyfnod adrodd o { $days ->
    [one] { $days } diwrnod
   *[other] { $days } diwrnod
} (gwerthoedd blynyddol yw'r brasaf y mae'r fanyleb yn eu derbyn)
sci-method-reconcile = yn cysoni â `sero estimate`: { $total } = { $inside } i mewn + { $outside } y tu allan
sci-factors = Ffactorau
sci-json-intensity = dwysedd grid cyfartalog blynyddol seiliedig ar leoliad (DESNZ ar gyfer trydan y DU, cyfartaleddau blynyddol Ember mewn mannau eraill)
sci-json-market-based = dim wedi'u defnyddio: nid yw gwrthbwyso, RECs, PPAs nac offerynnau eraill seiliedig ar y farchnad yn lleihau'r sgôr
sci-warning-unclassified = gadewir cydrannau heb eu dosbarthu y tu allan i ffin y feddalwedd; rhowch `covers:` iddynt: { $components }
sci-warning-reported = cymerir ffigurau a adroddwyd o fewn y ffin fel y'u rhoddwyd: mae'r SCI eu hangen yn seiliedig ar leoliad, heb wrthbwyso na thystysgrifau: { $components }
sci-error-channel = --channel: { $problem } yn `{ $manifest }`
sci-error-unknown-channel = dim sianel `{ $channel }`
sci-hint-channels = y sianeli yw { $channels }
sci-error-per = --per { $per }: { $problem }
sci-error-no-units = mae R yn { $count }: mae sgôr fesul uned angen nifer o unedau uwchlaw 0
sci-per-not-a-number = nid yw `{ $given }` yn rhif
sci-per-name-and-count = mae uned swyddogaethol angen enw a nifer uwchlaw 0
sci-per-unknown = uned swyddogaethol anhysbys
sci-hint-per = rhowch `transaction`, `period`, neu uned a'i nifer yn y cyfnod fel `request=1200000`




## sero if
# Messages of this section start `if-`.

if-progress = yn rhedeg { $manifest }
if-error-read = methu darllen { $path }: { $error }
if-hint-path = gwiriwch y llwybr
if-error-invalid-manifest = maniffest annilys: { $problem }
if-hint-alias = mae alias yn ailadrodd nod a ddiffiniwyd yn gynharach; ni all nod gynnwys ei hun, felly nid oes cylchoedd yn y goeden
if-hint-indentation = gwiriwch y mewnoliad uwchben y pwynt hwn (bylchau, nid tabiau), a bod pob dyfynnod, `[` a `{"{"}` wedi'i gau
if-more-warnings = … a { $count } rhybudd arall
if-hint-run-failed = mae'r maniffest allbwn yn cofnodi'r methiant o dan `execution` (status: fail), fel y mae if-run yn ei wneud
if-error-create = methu creu { $path }: { $error }
if-error-write = methu ysgrifennu { $path }: { $error }
if-hint-write = gwiriwch fod y cyfeiriadur yn bodoli a bod modd ysgrifennu iddo
if-error-write-output = methu ysgrifennu'r maniffest allbwn: { $error }
if-error-relative = rhaid i --relative fod yn ffracsiwn o 0 neu fwy
if-hint-relative = er enghraifft --relative 1e-9
if-error-not-a-mapping = { $path }: nid yw'r maniffest yn fapio YAML
if-hint-output-manifests = rhowch ddau faniffest allbwn o `sero if run` neu `if-run`
if-error-invalid-yaml = YAML annilys: { $problem }
if-files-match = Mae'r ffeiliau'n cyfateb!
if-files-differ = Nid yw'r ffeiliau'n cyfateb!
if-diff-source = ffynhonnell: { $value }
if-diff-target = targed: { $value }
if-error-differ = mae'r maniffestau'n wahanol yn `{ $path }`
if-hint-module = mae ategyn `{ $plugin }` yn llwytho `{ $method }` o `{ $path }`; dim ond adeiledigion IF 1.1.0 (`path: builtin`) y mae sero yn eu rhedeg
if-hint-unknown-builtin = mae ategyn `{ $plugin }` yn gofyn am yr adeiledig `{ $method }`, nad yw gan IF 1.1.0; yr adeiledigion yw { $builtins }
if-hint-not-initialized = ychwanegwch `{ $plugin }` o dan `initialize.plugins`, neu cywirwch yr enw yn y biblinell
if-hint-inputs-list = rhaid i `inputs` fod yn rhestr o arsylwadau, nid { $kind }
if-hint-regroup = mae angen gwerth ar bob arsylwad ar gyfer pob allwedd ailgrwpio
if-hint-leaf-outputs = ni ellir agregu deilen heb allbynnau: rhowch biblinell gyfrifo iddi
if-hint-children-outputs = mae agregu cydrannau'n paru allbynnau plant yn ôl mynegai: mae angen yr un nifer o allbynnau ar bob plentyn (rhedwch TimeSync yn gyntaf)
if-hint-metric = rhaid i bob allbwn gynnwys pob metrig a enwir yn `aggregation.metrics`
if-hint-shell-command = rhedwch y gorchymyn eich hun a rhowch ei allbwn ym mewnbynnau'r maniffest
if-hint-shell-program = rhedwch y rhaglen eich hun a rhowch ei hallbwn ym mewnbynnau'r maniffest
if-hint-fetch = lawrlwythwch { $url } unwaith, yna gosodwch `filepath` i'r copi lleol (mae llwybr sy'n gymharol â'r maniffest yn gweithio)
if-hint-file-path = cymerir y llwybr o'r cyfeiriadur gweithio, yna o gyfeiriadur y maniffest




## Limits on input (sero-limits)

limit-exceeded = mae { $limit } yn { $found }, dros derfyn sero o { $max }
limit-exceeded-unknown = mae { $limit } dros derfyn sero o { $max }
limit-hint-raise = os yw'r mewnbwn yn gywir ac angen mwy, codwch y terfyn: gosodwch { $var } (er enghraifft `{ $example }`)
limit-hint-fixed = mae'r terfyn hwn yn diogelu'r peiriant sy'n rhedeg sero ac ni ellir ei godi; gwiriwch mai dyma'r mewnbwn a fwriadwyd
limit-bad-value = rhaid i { $var } fod yn rhif cyfan dros 0 (gall meintiau orffen gyda KiB, MiB, GiB, KB, MB neu GB), nid `{ $value }`
limit-at = { $file }:{ $line }:{ $column }: { $message }
limit-at-line = { $file }:{ $line }: { $message }
limit-in-file = { $file }: { $message }
limit-read-error = methu darllen { $file }: { $error }
limit-not-utf8 = nid yw'r testun yn UTF-8 o'r fan hon
limit-not-utf8-at = nid yw'r testun yn UTF-8 o linell { $line }, colofn { $column }
limit-not-utf8-hint = cadwch y ffeil fel UTF-8 (mewn taenlen, "CSV UTF-8")
limit-file-size = maint y ffeil mewn beitiau
limit-depth = nythu rhestrau a mapiau, mewn lefelau
limit-alias-expansion = nifer y gwerthoedd y mae aliasau YAML yn eu hychwanegu
limit-record-length = hyd un cofnod, mewn beitiau
limit-columns = nifer y colofnau
limit-output-size = maint yr allbwn, mewn beitiau
limit-generated-points = nifer y pwyntiau a gynhyrchir
limit-list-length = nifer y cofnodion yn y rhestr
limit-samples = nifer y samplau
limit-proxy-connections = nifer y cysylltiadau sydd ar agor ar yr un pryd
limit-proxy-head-size = maint pen cais mewn beitiau
limit-suggestion-length = hyd gair a gymherir ar gyfer awgrymiadau

## Manifest and factor-file errors (file:line:column, hints)
# Messages of this section start `manifest-`.

manifest-error = gwall: { $message }
manifest-note = nodyn: { $note }
manifest-hint = awgrym: { $hint }
manifest-did-you-mean = ai `{ $suggestion }` oedd dan sylw?
manifest-one-of = disgwylid un o { $names }
manifest-what-key = `{ $key }`
manifest-found = cafwyd { $kind }
manifest-kind-mapping = mapiad
manifest-kind-list = rhestr
manifest-kind-null = dim byd (null)
manifest-kind-bool = gwir neu gau
manifest-kind-number = rhif
manifest-kind-integer = cyfanrif
manifest-kind-text = testun
manifest-must-be-mapping = { $what }: disgwylid mapiad o allweddi i werthoedd
manifest-must-be-list = { $what }: disgwylid rhestr
manifest-unknown-key = { $what }: allwedd anhysbys `{ $key }`
manifest-unknown-key-label = nid yw'n allwedd hysbys yma
manifest-keys-of = allweddi { $what } yw: { $keys }
manifest-missing-key = { $what }: mae `{ $key }` ar goll
manifest-missing-key-label = mae angen `{ $key }` yma
manifest-empty = { $what }: mae'n wag
manifest-must-be-text = { $what }: disgwylid testun
manifest-must-be-finite = { $what }: disgwylid rhif meidraidd
manifest-not-finite-label = nid yw'n rhif (NaN neu anfeidraidd)
manifest-must-be-number = { $what }: disgwylid rhif
manifest-must-be-boolean = { $what }: disgwylid `true` neu `false`
manifest-duplicate-key = allwedd ddyblyg `{ $key }`
manifest-duplicate-key-label = defnyddiwyd yr allwedd hon eisoes yn y mapiad hwn
manifest-first-defined = diffiniwyd `{ $key }` gyntaf yma
manifest-invalid-syntax = { $format } annilys: { $detail }
manifest-invalid-syntax-hint = gwiriwch y mewnoliad uwchben y pwynt hwn (bylchau, nid tabiau), a bod pob dyfynnod, `[` a `{"{"}` wedi'i gau
manifest-second-document = rhaid i faniffest gynnwys un ddogfen yn unig
manifest-second-document-label = mae ail ddogfen yn dechrau yma
manifest-second-document-hint = rhannwch y dogfennau yn ffeiliau ar wahân
manifest-yaml-only = cystrawen YAML yw { $what ->
    [aliases] aliasau
   *[other] angorau a thagiau
} ac ni chânt eu defnyddio yn JSON
manifest-yaml-only-hint = ailenwch y ffeil yn .yaml i ddefnyddio nodweddion YAML
manifest-json-key-quotes = rhaid i allweddi gwrthrych JSON fod mewn dyfynodau dwbl
manifest-json-key-quotes-label = nid yw'n llinyn JSON
manifest-complex-key = rhaid i allweddi mapiad fod yn destun plaen, nid yn fapiad nac yn rhestr
manifest-json-block = cystrawen bloc YAML yw hon, nid JSON
manifest-json-object-hint = ysgrifennir gwrthrychau JSON fel `{"{"} "key": value, ... {"}"}`
manifest-json-array-hint = ysgrifennir araeau JSON fel `[ value, ... ]`
manifest-tag-not-on = ni ellir defnyddio'r tag `{ $tag }` ar { $kind }
manifest-remove-tag = tynnwch y tag
manifest-alias-key = ni ellir defnyddio alias fel allwedd mapiad
manifest-recursive-alias = mae'r alias hwn yn cyfeirio at y mapiad neu'r rhestr sy'n ei gynnwys
manifest-recursive-alias-label = alias ailadroddus
manifest-alias-expansion-label = mae ehangu'r alias hwn yn mynd dros y terfyn
manifest-json-value = nid yw'n werth JSON dilys
manifest-json-value-label = rhaid i destun JSON fod mewn dyfynodau dwbl
manifest-json-value-hint = gwerthoedd JSON yw "testun", rhifau, true, false neu null
manifest-tagged-not = nid yw `{ $value }` yn { $kind }
manifest-tagged-label = wedi'i dagio `{ $tag }`
manifest-unsupported-tag = tag YAML heb ei gefnogi `{ $tag }`
manifest-unsupported-tag-remove-hint = tynnwch y tag; dim ond !!str, !!int, !!float, !!bool a !!null a ddeellir
manifest-unsupported-tag-hint = dim ond !!str, !!int, !!float, !!bool a !!null a ddeellir
manifest-tag-not-on-scalar = ni ellir defnyddio'r tag `{ $tag }` ar werth unigol
manifest-integer-out-of-range = mae'r cyfanrif hwn y tu allan i'r amrediad
manifest-integer-out-of-range-note = rhaid i gyfanrifau TOML ffitio mewn 64 did
manifest-invalid-number = nid yw hwn yn rhif dilys
manifest-verbatim = { $text }
manifest-what-manifest = y maniffest
manifest-what-version = `sero` (fersiwn fformat y maniffest)
manifest-what-service = y gwasanaeth
manifest-what-service-name = `name` y gwasanaeth
manifest-what-channel = sianel
manifest-what-channel-key = `{ $key }` sianel
manifest-what-not-applicable = elfen yn `not_applicable`
manifest-what-component = cydran
manifest-what-component-key = `{ $key }` cydran
manifest-what-group = grŵp `{ $id }`
manifest-what-share-of = cyfran `{ $key }`
manifest-what-input = mewnbwn `{ $input }`
manifest-what-point = pwynt
manifest-what-point-utilisation = defnydd pwynt
manifest-what-point-power = pŵer pwynt
manifest-what-activity-file = ffeil gweithgarwch
manifest-what-activity-version = `sero_activity` (fersiwn fformat y ffeil gweithgarwch)
manifest-what-file-model = `model` y ffeil
manifest-what-row = rhes
manifest-what-row-model = `model` y rhes
manifest-what-row-figure = `{ $key }` (ffigur wrth ochr mewnbynnau'r rhes)
manifest-what-journey-file = ffeil y daith
manifest-what-journey-version = `sero` (fersiwn fformat y daith)
manifest-what-journey-name = enw'r daith (`journey`)
manifest-what-step = cam
manifest-what-step-name = `name` cam
manifest-what-selector = `{ $key }` (detholydd CSS)
manifest-what-fill-key = `{ $key }` `fill`
manifest-what-factor-file = ffeil ffactorau
manifest-what-source = ffynhonnell
manifest-what-spread-class = dosbarth lledaeniad
manifest-what-factor = ffactor
manifest-what-tag = tag
manifest-dimension = { $dimension ->
    [energy] ynni
    [power] pŵer
    [data] maint data
    [duration] amser
    [emissions] allyriadau
    [intensity] dwyster carbon
    [ratio] ffracsiwn
    [count] rhif plaen
    [money] arian
    [length] pellter
    [mass] màs
    [energy-per-data] ynni fesul data
    [emissions-per-money] allyriadau fesul punt
    [usage-per-year] oriau defnydd y flwyddyn
    [emissions-per-hour] allyriadau fesul awr
    [emissions-per-mass] allyriadau fesul màs
   *[emissions-per-distance] allyriadau fesul pellter
}
manifest-quantity-not-a-number = nid yw `{ $value }` yn rhif
manifest-quantity-not-finite = nid yw'r gwerth yn rhif meidraidd
manifest-quantity-unknown-unit = uned anhysbys `{ $unit }` (disgwylid uned { $dimension }: { $units })
manifest-quantity-wrong-dimension = uned { $found } yw `{ $unit }`, ond mae hwn yn cymryd { $dimension } ({ $units })
manifest-empty-manifest = mae'r maniffest yn wag
manifest-empty-manifest-hint = mae `sero init` yn ysgrifennu maniffest cychwynnol gyda sylwadau
manifest-version-unsupported = ni chefnogir fersiwn fformat maniffest `{ $version }`
manifest-version-hint = mae'r sero hwn yn darllen fersiwn 1
manifest-not-a-date = { $what }: nid yw `{ $value }` yn ddyddiad
manifest-date-hint = ysgrifennwch ddyddiadau fel BBBB-MM-DD, er enghraifft 2025-04-01
manifest-period-backwards = mae'r cyfnod yn dod i ben ({ $end }) cyn iddo ddechrau ({ $start })
manifest-no-channels = nid oes gan y gwasanaeth unrhyw sianel
manifest-no-channels-hint = ychwanegwch o leiaf un, er enghraifft `- {"{"}id: online, transactions: 1000{"}"}`
manifest-duplicate-channel = id sianel dyblyg `{ $id }`
manifest-first-used = defnyddiwyd gyntaf yma
manifest-negative-transactions = ni all `transactions` fod yn negatif (cafwyd { $value })
manifest-negative-transactions-hint = rhowch nifer y trafodion yn y cyfnod drwy'r sianel hon
manifest-unknown-element = { $what }: elfen anhysbys `{ $value }`
manifest-elements-are = yr elfennau yw: { $elements }
manifest-value-reason = { $what }: { $reason }
manifest-unit-did-you-mean = ai `{ $suggestion }` oedd dan sylw? (mae unedau'n sensitif i lythrennau mawr a bach)
manifest-fraction-hint = ysgrifennwch ffracsiwn fel 0.4, neu ganran fel 40%
manifest-unit-hint = ysgrifennwch rif, neu rif ac uned fel `12 { $unit }`
manifest-no-components = { $what }: nid oes unrhyw gydran
manifest-no-components-hint = mae angen o leiaf un gydran ar wasanaeth; mae `sero init` yn dangos enghreifftiau
manifest-id-slash = mae id cydran `{ $id }` yn cynnwys `/`
manifest-id-slash-hint = mae `/` yn gwahanu idau mewn llwybrau; defnyddiwch `-` yn lle hynny
manifest-duplicate-component = id cydran dyblyg `{ $id }`
manifest-duplicate-component-hint = mae angen ei id ei hun ar bob cydran, hyd yn oed mewn grwpiau gwahanol
manifest-channel-in-allocation = ni all cydran mewn grŵp ag `allocation` fod â'i `channel` ei hun
manifest-channel-in-allocation-hint = mae `allocation` y grŵp yn rhannu popeth ynddo rhwng sianeli; symudwch y gydran hon allan o'r grŵp, neu hepgorwch y dyraniad
manifest-unknown-channel = sianel anhysbys `{ $channel }`
manifest-channels-are = y sianeli yw: { $channels }
manifest-unknown-basis = sail anhysbys `{ $basis }`
manifest-unknown-basis-hint = `period`: mae'r mewnbynnau'n disgrifio'r cyfnod cyfan; `transaction`: un trafodiad, wedi'i luosi â nifer trafodion y sianel
manifest-not-a-scope = nid yw `{ $value }` yn gwmpas Protocol GHG
manifest-scope-hint = ysgrifennwch `1`, `2`, neu `3.N` gyda chategori N Cwmpas 3 o 1 i 15 (er enghraifft `3.1`)
manifest-model-and-components = mae gan gydran `{ $id }` `model` a `components` ill dau
manifest-model-and-components-hint = mae cydran naill ai'n ddeilen gyda model, neu'n grŵp o gydrannau
manifest-group-inputs = mae gan grŵp `{ $id }` `inputs`, ond dim ond cydran â `model` sy'n cymryd mewnbynnau
manifest-neither-model-nor-components = nid oes gan gydran `{ $id }` `model` na `components`
manifest-neither-model-nor-components-hint = ychwanegwch `model: <name>` gyda'i `inputs` (mae `sero models` yn eu rhestru), neu `components:` ar gyfer grŵp
manifest-share-out-of-range = { $what }: rhaid bod rhwng 0% a 100% (cafwyd { $percent }%)
manifest-share-hint = ffracsiwn fel 0.4 neu ganran fel 40% yw cyfran
manifest-allocation-in-channel = ni all cydran mewn `channel` (ei hun neu ei grŵp) hefyd fod ag `allocation`
manifest-allocation-in-channel-hint = mae `channel` yn rhoi'r cyfan mewn un sianel; mae `allocation` yn ei rannu rhwng sawl un
manifest-unknown-allocation-channel = sianel anhysbys `{ $channel }` yn `allocation`
manifest-allocation-sum = mae'r dyraniad yn dod i { $percent }%, nid 100%
manifest-unknown-model = model anhysbys `{ $model }`
manifest-models-are = y modelau yw: { $models } (mae `sero models` yn eu disgrifio)
manifest-no-such-input = nid oes gan fodel `{ $model }` fewnbwn `{ $input }`
manifest-no-such-input-label = mewnbwn anhysbys
manifest-inputs-are = ei fewnbynnau yw: { $inputs }
manifest-bytes-and-measured = rhowch `bytes` neu `measured`, nid y ddau
manifest-bytes-and-measured-hint = mae `measured` yn gosod `bytes` i'r beitiau yn y ffeil
manifest-energy-and-series = rhowch `energy` neu `series`, nid y ddau
manifest-energy-and-series-hint = mae `series` yn gosod `energy` i gyfanswm y ffeil
manifest-needs-input = mae angen mewnbwn `{ $input }` ar fodel `{ $model }`
manifest-input-missing-label = mae `{ $input }` ar goll
manifest-an-input-missing-label = mae mewnbwn ar goll
manifest-inputs-conflict-label = nid yw'r mewnbynnau hyn yn mynd gyda'i gilydd
manifest-model-error = model `{ $model }`: { $error }
manifest-models-describes = mae `sero models { $model }` yn disgrifio ei fewnbynnau
manifest-input-described = `{ $input }` model `{ $model }`: { $doc }
manifest-input-described-with-unit = `{ $input }` ({ $unit }) model `{ $model }`: { $doc }
manifest-cannot-read = methu darllen `{ $path }`: { $error }
manifest-measured-path-hint = mae'r llwybr yn berthynol i'r maniffest; ysgrifennwch y ffeil gyda `sero journey … --format json --output FILE`
manifest-relative-path-hint = mae'r llwybr yn berthynol i'r maniffest
manifest-not-json = nid yw `{ $path }` yn JSON: { $error }
manifest-not-measured = nid yw `{ $path }` yn ganlyniad `sero journey` na `sero page`
manifest-not-measured-hint = mae angen `total.transfer_bytes` (taith) neu `pages[].transfer_bytes` (tudalen)
manifest-bad-series = `{ $path }` { $error }
manifest-series-hint = mae gan gyfres resi `from,kwh` neu `from,to,kwh`, amseroedd fel `2025-04-01T00:00Z`, fesul hanner awr neu fesul awr
manifest-not-a-value = { $what }: nid yw `{ $value }` yn un o'i werthoedd
manifest-unknown-factor = ffactor anhysbys `{ $factor }`
manifest-unknown-factor-hint = mae `sero factors` yn rhestru'r ffactorau; ychwanegwch eich rhai eich hun gyda `--factors FILE`
manifest-negative-intensity = { $what }: ni all dwyster grid fod yn negatif
manifest-must-be-grid = { $what }: disgwylid dwyster grid neu god gwlad
manifest-grid-hint = mae `grid` yn cymryd `GBR`, `GB-WALES`, `GB-REGION-7`, rhanbarth cwmwl fel `cloud:aws:eu-west-2`, cod ISO 3166-1 alpha-3, neu gCO2e/kWh
manifest-not-grid-or-country = nid yw `{ $value }` yn ddwyster grid nac yn god gwlad hysbys
manifest-not-grid-or-country-hint = rhowch gCO2e/kWh (`212 gCO2e/kWh`) neu god ISO 3166-1 alpha-3 fel `GBR`, `IRL`, `FRA` (mae `sero factors grid/ember` yn eu rhestru)
manifest-not-a-choice = { $what }: nid yw `{ $key }` yn un o'i ddewisiadau
manifest-choices-are = y dewisiadau yw: { $choices }
manifest-share-between = { $what }: rhaid bod rhwng 0% a 100%
manifest-shares-sum = { $what }: mae'n dod i { $percent }%, nid 100%
manifest-shares-sum-hint = rhaid i'r cyfrannau gwmpasu pob taith: ychwanegwch y dull sydd ar goll, neu cywirwch y ffigurau
manifest-point-pair = rhaid i bwynt fod yn bâr `[utilisation, watts]`
manifest-point-range = mae angen defnydd 0–1 (neu 0%–100%) a phŵer ≥ 0 W ar bwynt
manifest-no-points = { $what }: nid oes unrhyw bwynt
manifest-not-whole = rhaid i fewnbwn `{ $input }` fod yn rhif cyfan (cafwyd { $value })
manifest-below-minimum = rhaid i fewnbwn `{ $input }` fod o leiaf { $min } (cafwyd { $value })
manifest-above-maximum = rhaid i fewnbwn `{ $input }` fod { $max } ar y mwyaf (cafwyd { $value })
manifest-negative-label = negatif
manifest-too-small-label = rhy fach
manifest-too-large-label = rhy fawr
manifest-fraction-range-hint = mae ffracsiwn rhwng 0 ac 1; ysgrifennwch ganran gyda `%`, fel `25%`
manifest-not-activity-file = nid ffeil gweithgarwch yw hon
manifest-not-activity-file-label = nid oes ganddi `sero_activity`
manifest-activity-version-unsupported = ni chefnogir fersiwn fformat gweithgarwch `{ $version }`
manifest-activity-version-hint = mae'r sero hwn yn darllen fersiwn { $version }
manifest-label-must-be-text = rhaid i'r label `{ $label }` fod yn destun
manifest-row-not-a-scope = `scope`: nid yw `{ $value }` yn gwmpas Protocol GHG
manifest-row-scope-hint = ysgrifennwch `scope-1`, `scope-2` neu `scope-3-cat-N` gyda chategori N o 1 i 15
manifest-row-input-kind = rhaid i fewnbwn `{ $input }` fod yn rhif, testun neu true/false
manifest-row-input-kind-hint = ysgrifennwch swm fel testun gyda'i uned, fel `12.5 kWh`
manifest-row-keys-hint = allweddi rhes yw { $keys } a ffigurau (rhifau) i bobl
manifest-activity-write-hint = ysgrifennwch hi gyda `sero import cloud FILE --activity usage.json` (neu fewnforio'r rhestr eiddo, prometheus neu ynni); mae'r llwybr yn berthynol i'r maniffest
manifest-where-without-from = mae gan gydran `{ $id }` `where` heb `from`
manifest-where-without-from-hint = mae `where` yn hidlo rhesi'r ffeil gweithgarwch a enwir gan `from`
manifest-from-and-key = mae gan gydran `{ $id }` `from` a `{ $key }` ill dau
manifest-from-and-key-hint = mae cydran â `from` yn cymryd ei mewnbynnau o'r ffeil gweithgarwch; hidlwch ei rhesi gyda `where`
manifest-cannot-read-activity = methu darllen ffeil gweithgarwch `{ $path }`: { $error }
manifest-unreadable-activity = nid yw `{ $path }` yn ffeil gweithgarwch y gellir ei darllen: { $location }
manifest-activity-error-note = { $location }: { $message }
manifest-where-value = `where`: rhaid i werth `{ $key }` fod yn destun neu'n rhif
manifest-row-error = `{ $path }`, rhes { $row }: { $message }
manifest-row-no-model = nid oes gan y rhes `model` (na'r ffeil chwaith)
manifest-model-mismatch = nid yw `model: { $wanted }` yn cyfateb i resi'r gweithgarwch, sef `{ $model }` (`{ $path }`, rhes { $row })
manifest-model-mismatch-hint = hepgorwch `model`: mae'r rhesi'n dweud pa fodel y maent yn ei ddefnyddio
manifest-models-listed-hint = mae `sero models` yn rhestru'r modelau y mae'r sero hwn yn eu hadnabod
manifest-below-its-minimum = mae { $value } yn is na'i isafswm
manifest-no-rows = nid oes gan `{ $path }` unrhyw res
manifest-no-row-matches = nid oes rhes o `{ $path }` yn cyfateb i'r `where` hwn
manifest-no-label-hint = nid oes gan unrhyw res y label `{ $key }`; grwpiwch y mewnforio yn ôl hwnnw (er enghraifft `--group-by { $key }`)
manifest-label-values-hint = mae `{ $key }` yn cymryd y gwerthoedd { $values }
manifest-rows-missing-input = nid oes gan resi `{ $path }` ar gyfer model `{ $model }` fewnbwn `{ $input }`
manifest-rows-model-error = model `{ $model }` (o `{ $path }`): { $error }
manifest-expected-quantity = disgwylid swm, cafwyd `{ $value }`
manifest-value-not-one-of = nid yw `{ $value }` yn un o { $choices }
manifest-unexpected-value = gwerth annisgwyl `{ $value }`
manifest-child-id-used = mae id cydran `{ $id }` eisoes yn cael ei ddefnyddio
manifest-child-id-used-hint = mae rhesi `{ $id }` yn dod yn `{ $id }-1`, `{ $id }-2`, …; ailenwch y gydran arall
manifest-journey-empty = mae ffeil y daith yn wag
manifest-journey-empty-hint = mae angen `journey`, `start` a `steps` ar daith; gweler docs/journey.md
manifest-journey-version-unsupported = ni chefnogir fersiwn fformat taith `{ $version }`
manifest-step-no-action = nid oes gan gam `{ $step }` unrhyw weithred
manifest-step-no-action-label = mae angen gweithred yma
manifest-step-no-action-hint = rhowch un o `navigate`, `click`, `fill` neu `submit` i'r cam
manifest-step-two-actions = mae gan gam `{ $step }` ddwy weithred, `{ $first }` a `{ $second }`
manifest-step-two-actions-label = ail weithred
manifest-step-two-actions-hint = rhannwch ef yn ddau gam, un weithred yr un
manifest-not-a-url = { $what }: nid yw `{ $value }` yn URL http:// neu https://
manifest-url-hint = ysgrifennwch yr URL cyfan, er enghraifft `https://www.example.gov.uk/start`
manifest-factor-defined-twice = diffinnir ffactor `{ $factor }` ddwywaith yn y ffeil hon
manifest-factor-defined-twice-hint = cadwch un o'r ddau ddiffiniad, neu rhowch id arall i un ohonynt
manifest-first-defined-here = diffiniwyd gyntaf yma
manifest-relative-range = rhaid i `relative` fod rhwng 0 ac 1
manifest-relative-range-hint = mae 0.1 yn golygu ±10%
manifest-unknown-unit = uned anhysbys `{ $unit }`
manifest-units-known = unedau y mae sero yn eu hadnabod: { $units }
manifest-unknown-source = ffynhonnell anhysbys `{ $source }`
manifest-unknown-source-hint = diffiniwch hi o dan `sources`, neu ysgrifennwch y ffynhonnell yn y llinell (publisher, title, edition, url, licence)
manifest-factor-range-order = ffactor `{ $factor }`: nid yw `low` ≤ `value` ≤ `high` yn wir ({ $low } ≤ { $value } ≤ { $high })
manifest-unknown-spread = dosbarth lledaeniad anhysbys `{ $class }`
manifest-spread-classes = dosbarthiadau hysbys: { $classes }
manifest-factor-needs-range = mae angen amrediad ar ffactor `{ $factor }`: `low` a `high` o'i ffynhonnell, neu ddosbarth `spread`
manifest-factor-needs-range-hint = mae `spread: official` yn cymhwyso ±10% tybiedig ac yn dweud hynny ym mhob canlyniad
manifest-bundled-spread-missing = ffactorau wedi'u bwndelu: mae dosbarth lledaeniad `{ $class }` ar goll
manifest-bundled-grid-row = rhes { $row }: nid yw `{ $line }` yn `key,name,year,g_co2e_per_kwh`
manifest-factor-overridden = disodlwyd ffactor `{ $factor }` gan { $path }
manifest-input-no-such = nid oes gan fodel `{ $model }` y fath fewnbwn
manifest-input-shares-sum = mae'r cyfrannau'n dod i { $percent }%, nid 100%
manifest-input-not-whole = nid yw `{ $value }` yn rhif cyfan
manifest-input-not-finite = nid yw'n rhif meidraidd
manifest-input-outside-range = mae `{ $value }` y tu allan i'r amrediad a ganiateir
manifest-input-negative-intensity = ni all dwyster grid fod yn negatif
manifest-input-range-excludes = nid yw'r amrediad { $low }–{ $high } kgCO2e yn cynnwys y ffigur { $value }
manifest-input-low-without-high = rhowch `high` gyda `low` (neu ddim un)
manifest-input-high-without-low = rhowch `low` gyda `high` (neu ddim un)
manifest-input-sms-factor = mae angen eu ffactor ar negeseuon testun: nid oes ffigur cyhoeddedig ar gyfer un SMS, felly rhowch ffigur eich darparwr (gCO2e fesul neges)
manifest-input-not-fraction = mae `{ $value }` y tu allan i 0–1 (rhowch ffracsiwn fel 0.25, neu 25%)
manifest-input-negative-bytes = nid yw `{ $value }` yn faint data: ni all beitiau fod yn negatif (byddai CO2.js yn rhoi gramau negatif ar eu cyfer gydag SWD v3 fesul ymweliad; mae sero yn eu gwrthod)
manifest-input-not-intensity = nid yw `{ $value }` yn ddwyster grid mewn gCO2e/kWh
manifest-input-visit-options-per-byte = mae cyfrannau ymweliadau a'r gymhareb ail-lwytho data yn berthnasol fesul ymweliad yn unig, nid fesul beit
manifest-input-onebyte-per-visit = nid oes gan y model OneByte amcangyfrif fesul ymweliad (mae CO2.js yn taflu gwall hefyd)
manifest-input-onebyte-options = nid yw'r model OneByte yn cymryd dwyster grid na ffactor cynnal gwyrdd (mae CO2.js yn eu hanwybyddu'n dawel)
manifest-input-green-factor-v3 = rhan o SWD v4 yn unig yw ffactor cynnal gwyrdd (yn v3 mae'r cynnal yn wyrdd neu beidio: defnyddiwch gynnal gwyrdd)
manifest-input-green-and-factor = mae cynnal gwyrdd eisoes yn golygu ffactor cynnal gwyrdd o 1 (mae CO2.js yn anwybyddu'r ffactor a roddir); rhowch un neu'r llall
manifest-input-green-v3-data-centre = gyda chynnal gwyrdd, mae SWD v3 yn gosod dwyster y ganolfan ddata i 50 gCO2e/kWh (mae CO2.js yn anwybyddu'r dwyster a roddir); rhowch un neu'r llall
manifest-input-no-grid-average = nid yw `{ $code }` yn wlad nac yn rhanbarth gyda chyfartaledd grid wedi'i fwndelu (defnyddiwch god ISO 3166-1 alpha-3 fel `GBR`; mae `sero factors grid/ember` yn eu rhestru)
manifest-input-unknown-method = dull anhysbys `{ $method }` (disgwylid un o `swd-v4`, `swd-v3`, `onebyte`)
manifest-input-unknown-device = dyfais anhysbys `{ $device }` (disgwylid un o { $expected })
manifest-input-device-lifetime = rhaid i'r oes a'r oriau defnydd y flwyddyn fod yn uwch na sero
manifest-input-hours-and-series = rhowch `hours_of_day` neu `series`, nid y ddau (mae cyfres eisoes yn dweud pryd)
manifest-input-not-gb-part = nid yw `{ $value }` yn rhan o Brydain Fawr y mae sero yn ei hadnabod: defnyddiwch `GB-WALES`, `GB-ENGLAND`, `GB-SCOTLAND` neu `GB-REGION-1` i `GB-REGION-17`
manifest-input-not-cloud-region = nid yw `{ $value }` yn rhanbarth cwmwl gyda ffactor grid cyhoeddedig; rhai hysbys: { $known }
manifest-input-no-electricity-wtt = nid oes gan set gryno DESNZ { $year } a fwndelir gyda sero ffactor ffynnon-i-danc ar gyfer trydan y DU (dim ond set 2025 sydd ag un)
manifest-input-hours-and-hours-of-day = rhowch `hours` (cyfanswm) neu `hours_of_day` (pryd mae'n rhedeg), nid y ddau
manifest-input-max-below-idle = mae `{ $max }` W yn is na'r pŵer segur `{ $idle }` W
manifest-input-idle-needed = mae ei angen gyda `max_power`, oni roddir `power_curve`
manifest-input-max-needed = mae ei angen gyda `idle_power`, oni roddir `power_curve`
manifest-input-curve-empty = nid oes gan y gromlin unrhyw bwynt
manifest-input-lifetime-zero = rhaid i oes fod yn hwy na sero
manifest-input-no-visits = ni all adeilad heb ymweliadau rannu ei ynni rhyngddynt
manifest-input-no-taxi-2024 = nid oes gan ffactorau teithio DESNZ 2024 a fwndelir gyda sero ffigur tacsi (defnyddiwch `travel_year: 2025`)
manifest-input-no-travel-wtt-2024 = nid oes gan ffactorau teithio DESNZ 2024 a fwndelir gyda sero ffigurau ffynnon-i-danc (defnyddiwch `travel_year: 2025`)
manifest-input-unknown-mode = dull teithio anhysbys `{ $mode }`
manifest-input-not-a-day-range = nid yw `{ $value }` yn amrediad o'r dydd fel `08:00-18:00`
manifest-input-not-a-time = yn `{ $range }`, nid yw `{ $value }` yn amser o'r dydd fel HH:MM ar yr awr neu'r hanner awr
manifest-input-empty-day-range = mae `{ $value }` yn amrediad gwag
manifest-input-day-ranges-overlap = mae amrediadau `{ $value }` yn gorgyffwrdd


## Errors of the command line
# Messages of this section start `error-` (and `hint-` for hints).

error-line = gwall: { $message }
hint-line = = awgrym: { $hint }
error-cannot-read = methu darllen `{ $path }`: { $error }
error-cannot-write = methu ysgrifennu `{ $path }`: { $error }
error-source-date-epoch = nid yw SOURCE_DATE_EPOCH `{ $value }` yn nifer o eiliadau ers 1970-01-01
hint-source-date-epoch = dadosodwch ef, neu rhowch eiliadau cyfan fel `1767225600`
error-document-not-an-object = nid yw'r ddogfen { $document } yn wrthrych JSON
schema-error-unknown-document = nid oes dogfen o'r enw `{ $name }`
schema-hint-documents = mae `sero schema --list` yn eu henwi: { $names }
error-cannot-read-factors = methu darllen ffeil ffactorau `{ $path }`: { $error }
hint-manifest-path = gwiriwch y llwybr; mae `sero init > service.yaml` yn ysgrifennu maniffest cychwynnol
hint-cannot-write = gwiriwch fod y ffolder yn bodoli a bod hawl gennych i ysgrifennu yno
hint-journey-path = gwiriwch lwybr ffeil y daith
hint-factors-path = gwiriwch y llwybr a roddwyd i --factors
error-components-left-out = { $count ->
    [one] mae { $count } gydran o { $manifest } wedi'i gadael allan o'r cyfansymiau uchod: { $components }
   *[other] mae { $count } cydran o { $manifest } wedi'u gadael allan o'r cyfansymiau uchod: { $components }
}
hint-see-report-warnings = mae rhybuddion yr adroddiad yn dweud pam; cywirwch eu mewnbynnau


## Command-line help (--help)
# Messages of this section start `help-`.
help-template = { $about }
    Defnydd: { $usage }

    { $arguments }{ $after }
help-help = Argraffu'r neges hon neu gymorth y gorchymyn a roddir
help-heading-commands = Gorchmynion
help-heading-arguments = Argiwmentau
help-heading-options = Opsiynau
help-sero = Mesur, adrodd a lleihau ôl troed carbon gwasanaeth cyhoeddus digidol: dyfeisiau defnyddwyr, rhwydweithiau, lletya, TG staff, hen weinyddion, sianeli all-lein a ffigurau a adroddwyd, fesul cyfnod, fesul trafodiad a fesul sianel, gyda phob ffactor wedi'i ddyfynnu.
help-estimate = Amcangyfrif ôl troed gwasanaeth o faniffest
help-compare = Cymharu'r sianeli fesul trafodiad, gyda bylchau ffiniau a senarios symud rhwng sianeli
help-page = Mesur tudalennau gwe yn Chromium heb ben: beitiau, amcangyfrif, sgôr, EcoIndex, canfyddiadau
help-journey = Dilyn taith defnyddiwr wedi'i sgriptio yn Chromium heb ben ac adrodd beitiau a CO2e pob cam
help-check = Gwirio maniffest heb argraffu'r amcangyfrif
help-init = Ysgrifennu maniffest cychwynnol gyda sylwadau
help-models = Rhestru'r modelau, gyda'u mewnbynnau a'u ffynonellau
help-factors = Rhestru'r ffactorau, gyda'u gwerthoedd, eu hystodau a'u ffynonellau
help-schema = Argraffu JSON Schema maniffestau, neu ddogfen JSON y mae sero yn ei hysgrifennu (--document ENW)
help-transfer = Cyfrifiannell gyflym: allyriadau trosglwyddo data (yn gydnaws â CO2.js)
help-grid = Dwyster carbon grid Prydain: nawr, y rhagolwg 48 awr, y ffenestr orau ar gyfer tasg
help-if = Rhedeg a chymharu maniffestau Impact Framework
help-sci = Software Carbon Intensity (ISO/IEC 21031) gwasanaeth fesul uned weithredol
help-import = Mewnforio data gweithgarwch: biliau cwmwl, rhestrau eiddo TG, metrigau pŵer Prometheus
help-energy = Rhedeg gorchymyn ac adrodd yr ynni a ddefnyddiodd (RAPL, neu fodel TDP a nodir)
help-completions = Argraffu sgript cwblhau cragen sero (bash, zsh, fish, powershell, elvish)
help-man = Argraffu tudalen llawlyfr sero (roff), wedi'i gwneud o'r un diffiniadau â --help
help-arg-manifest = Maniffest y gwasanaeth (.yaml, .yml, .toml neu .json)
help-arg-output = Ysgrifennu'r adroddiad i'r ffeil hon yn lle'r allbwn safonol
help-arg-grid = Dwysedd grid mewn gCO2e/kWh ar gyfer pob rhan o'r amcangyfrif (hefyd --grid-intensity)
help-arg-country = Dwysedd grid cyfartalog blynyddol gwlad: cod ISO 3166-1 alpha-3 fel GBR
help-arg-format = Fformat yr allbwn: { $formats } (rhagosodiad: { $default })
help-arg-unit = Uned pob màs yn yr adroddiad: t, kg neu g (rhagosodiad: wedi'i dewis yn ôl maint pob ffigur)
help-arg-wide = Pob colofn yn ei lled llawn, beth bynnag yw lled y derfynell
help-arg-samples = Samplau Monte Carlo ar gyfer y cyfyngau 90% (0: gwerthoedd canolog yn unig; rhagosodiad 1000)
help-arg-seed = Hedyn y tyniadau ar hap (cyfyngau Monte Carlo, MockObservations; rhagosodiad 1); mae'r un hedyn yn rhoi'r un canlyniadau ym mhobman
help-arg-factors = Ychwanegu neu ddisodli ffactorau o ffeil (YAML, TOML neu JSON); gellir ei ailadrodd
help-arg-lang = Iaith adroddiadau, gwallau a chymorth: en (Saesneg) neu cy (Cymraeg); rhagosodiad: $SERO_LANG, fel arall y locale
help-arg-quiet = Argraffu adroddiadau a gwallau yn unig: dim rhybuddion, nodiadau na chynnydd
help-arg-verbose = Dweud hefyd ar y gwall safonol beth mae sero yn ei wneud: y gosodiadau a ddewisodd a'r amser a gymerodd
help-arg-color = Lliw ar y gwall safonol: auto (y rhagosodiad: ar derfynell, oni bai bod NO_COLOR wedi'i osod), always neu never
help-arg-help = Argraffu cymorth
help-arg-version = Argraffu'r fersiwn
help-estimate-format = Fformat yr allbwn: table (y rhagosodiad), json (unedau yn yr allweddi), csv (un rhes i bob cydran) neu html (tudalen hunangynhwysol ar gyfer porwr)
help-estimate-explain = Dangos sut y cyfrifwyd pob ffigur: fformiwla, mewnbynnau, ffactorau a'u ffynonellau
help-estimate-accounting = Sut y cyfrifir trydan: location (y rhagosodiad: ffactorau blynyddol DESNZ, yr hyn sydd ei angen ar y datganiad blynyddol), time-series (dwyster hanner awr grid Prydain pan ddefnyddir yr ynni) neu both
help-estimate-api-url = URL sylfaen y Carbon Intensity API (rhagosodiad: $SERO_CARBON_INTENSITY_URL, fel arall yr API cyhoeddus)
help-estimate-offline = Peidio byth â chysylltu â'r Carbon Intensity API: mae cyfrifo cyfres amser yn troi'n ôl at y ffactorau blynyddol ac yn dweud hynny
help-compare-shift = Senario: symud CANRAN o drafodion sianel FROM i sianel TO (gellir ei ailadrodd)
help-compare-chart = Ysgrifennu siart o'r sianeli (barrau wedi'u pentyrru fesul trafodiad) fel SVG i'r ffeil hon
help-compare-format = Fformat yr allbwn: table (y rhagosodiad), json neu html (tudalen hunangynhwysol ar gyfer porwr)
help-init-service = Enw'r gwasanaeth
help-init-output = Ysgrifennu i'r ffeil hon yn lle'r allbwn safonol (byth yn trosysgrifo)




## HTML reports
# Messages of this section start `html-`.

html-totals = Cyfansymiau
html-column-part = rhan
html-chart-hotspots = Rhannau mwyaf yr ôl troed ({ $mass })
html-chart-channels = Pob sianel fesul { $unit } ({ $mass })
html-chart-bar = { $label }: { $value }
html-chart-description = Siart bar, un bar yr un: { $bars }.
html-channels = Sianeli
html-accounting-refused = gwall: dangosir cyfrifo cyfres amser yn yr adroddiadau tabl a JSON, nid eto yn HTML
    {"  "}= awgrym: defnyddiwch `--format json`, neu `--accounting location` ar gyfer HTML



## Y rhaglen we (sero serve): tudalennau
## The web application (sero serve): pages

web-app-name = sero
web-title = { $page } – sero
web-skip-to-content = Neidio i'r prif gynnwys
web-nav-label = Prif ddewislen
web-footer = Mae sero yn mesur ôl troed carbon gwasanaethau cyhoeddus, yn adrodd arno ac yn ei leihau. Amcangyfrif yw pob ffigur, gyda'i gyfwng a'i ffynonellau.
web-lang-en = English
web-lang-cy = Cymraeg
web-signed-in-as = Wedi mewngofnodi fel { $name }
web-account = Eich cyfrif
web-sign-out = Allgofnodi
web-problems-heading = Mae problem wedi codi
web-date-time = { $day } { $month } { $year }, { $time } UTC
web-month-1 = Ionawr
web-month-2 = Chwefror
web-month-3 = Mawrth
web-month-4 = Ebrill
web-month-5 = Mai
web-month-6 = Mehefin
web-month-7 = Gorffennaf
web-month-8 = Awst
web-month-9 = Medi
web-month-10 = Hydref
web-month-11 = Tachwedd
web-month-12 = Rhagfyr
web-kg = { $value } kg CO2e
web-kg-interval = { $value } kg CO2e (cyfwng 90% { $low } i { $high })
web-error-title = Gwall { $status }
web-error-not-found = Nid yw'r dudalen hon yn bodoli, neu nid oes gennych fynediad iddi.
web-error-forbidden = Nid yw eich rôl yn y sefydliad hwn yn caniatáu hyn.
web-error-csrf = Roedd y ffurflen wedi dod i ben neu nid oedd wedi dod o'r wefan hon. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
web-error-too-many = Gormod o ymdrechion. Arhoswch 15 munud a rhowch gynnig arall arni.
web-error-unauthorized = Mae angen tocyn API dilys: anfonwch ef fel `Authorization: Bearer <token>`.
web-error-internal = Aeth rhywbeth o'i le ar y gweinydd. Ni chadwyd dim. Rhowch gynnig arall arni; os bydd yn digwydd eto, dywedwch wrth eich gweinyddwr faint o'r gloch y digwyddodd.
web-error-form = Nid oedd modd darllen y ffurflen. Ewch yn ôl a'i hanfon eto.
web-error-files = Nid oedd modd paratoi'r ffeiliau ar gyfer yr asesiad: { $detail }
web-error-home = Mynd i'r dudalen gychwyn
web-setup-title = Sefydlu sero
web-setup-needed = Nid oes gan neb gyfrif eto. Agorwch y ddolen untro a argraffodd `sero serve` pan ddechreuodd (neu rhedwch `sero admin setup-link`) i greu'r gweinyddwr cyntaf.
web-setup-intro = Crëwch y gweinyddwr cyntaf. Bydd y gweinyddwr wedyn yn gallu creu sefydliadau a gwahodd pobl.
web-setup-button = Creu'r gweinyddwr
web-signin-title = Mewngofnodi
web-signin-button = Mewngofnodi
web-signin-failed = Mae'r cyfeiriad e-bost neu'r cyfrinair yn anghywir.
web-field-email = Cyfeiriad e-bost
web-field-password = Cyfrinair
web-field-name = Enw
web-field-new-password = Cyfrinair newydd
web-field-current-password = Cyfrinair presennol
web-password-hint = O leiaf { $minimum } nod. Mae ychydig o eiriau ar hap yn gwneud cyfrinair da.
web-password-too-short = Rhaid i'r cyfrinair gynnwys o leiaf { $minimum } nod.
web-password-too-long = Rhaid i'r cyfrinair gynnwys { $maximum } beit ar y mwyaf.
web-password-current-wrong = Mae'r cyfrinair presennol yn anghywir.
web-name-needed = Rhowch enw (hyd at 200 nod).
web-email-needed = Rhowch gyfeiriad e-bost, fel enw@enghraifft.llyw.cymru.
web-role-needed = Dewiswch rôl: gwyliwr, golygydd neu weinyddwr.
web-scope-needed = Dewiswch beth gaiff y tocyn ei wneud: darllen, neu ddarllen ac ysgrifennu.
web-account-title = Eich cyfrif
web-password-change = Newid eich cyfrinair
web-password-change-button = Newid y cyfrinair
web-signout-everywhere = Allgofnodi ym mhobman
web-signout-everywhere-intro = Yn dod â phob sesiwn ar eich cyfrif i ben, ar bob dyfais, gan gynnwys yr un hon.
web-signout-everywhere-button = Allgofnodi ym mhobman
web-invite-title = Ymuno â { $org }
web-invite-intro = Rydych wedi cael gwahoddiad i ymuno â { $org } fel { $role }.
web-invite-email = Bydd eich cyfrif yn defnyddio'r cyfeiriad e-bost { $email }.
web-invite-button = Derbyn y gwahoddiad
web-invite-account-exists = Mae cyfrif gyda'r cyfeiriad e-bost hwn yn bodoli eisoes: mewngofnodwch yn gyntaf, yna agorwch ddolen y gwahoddiad eto.
web-home-title = Eich sefydliadau
web-home-orgs = Sefydliadau
web-home-no-orgs = Nid ydych yn aelod o unrhyw sefydliad eto. Gofynnwch i weinyddwr eich gwahodd.
web-admin-orgs = Pob sefydliad
web-admin-no-orgs = Nid oes sefydliadau eto.
web-org-create = Creu sefydliad
web-org-create-button = Creu'r sefydliad
web-field-org-name = Enw'r sefydliad
web-field-slug = Enw byr ar gyfer cyfeiriadau (dewisol)
web-slug-hint = Llythrennau bach, digidau a chysylltnodau, fel example-council. Caiff ei wneud o'r enw os yw'n wag.
web-slug-invalid = Ni all “{ $slug }” fod yn enw byr: defnyddiwch lythrennau bach, digidau a chysylltnodau sengl (hyd at 60).
web-slug-taken = Mae'r enw byr “{ $slug }” wedi'i gymryd eisoes. Dewiswch un arall.
web-your-role = Eich rôl: { $role }
web-org-nav-label = Sefydliad
web-role-viewer = gwyliwr
web-role-editor = golygydd
web-role-admin = gweinyddwr
web-services = Gwasanaethau
web-no-services = Dim gwasanaethau eto.
web-col-service = Gwasanaeth
web-col-total = Cyfanswm
web-col-per-transaction = Fesul trafodiad
web-col-version = Fersiwn
web-col-updated = Diweddarwyd
web-col-role = Rôl
web-col-scope = Cwmpas
web-col-created = Crëwyd
web-col-actions = Camau gweithredu
web-col-author = Awdur
web-col-message = Neges
web-members = Aelodau
web-members-title = Aelodau { $org }
web-invite-heading = Gwahodd rhywun
web-invite-create-button = Creu dolen wahoddiad
web-invite-link-made = Anfonwch y ddolen hon at y person a wahoddwyd gennych. Mae'n gweithio unwaith, am 7 diwrnod.
web-tokens = Tocynnau API
web-tokens-title = Tocynnau API { $org }
web-tokens-intro = Mae tocynnau'n gadael i sgriptiau a CI ddefnyddio'r JSON API a `sero push` a `sero pull` ar gyfer y sefydliad hwn.
web-token-made = Copïwch y tocyn nawr: ni chaiff ei ddangos eto.
web-token-create = Creu tocyn
web-token-create-button = Creu'r tocyn
web-token-revoke = Dirymu { $name }
web-scope-read = darllen
web-scope-write = darllen ac ysgrifennu
web-service-new = Gwasanaeth newydd
web-service-new-intro = Ysgrifennwch neu lanlwythwch faniffest y gwasanaeth (YAML, TOML neu JSON, fel y mae `sero estimate` yn ei ddarllen), gyda'r ffeiliau gweithgarwch y mae'n eu henwi yn `from:`. Caiff ei asesu pan fyddwch yn ei gadw.
web-field-service-name = Enw'r gwasanaeth (dewisol)
web-service-name-hint = Defnyddir enw'r gwasanaeth yn y maniffest os yw'n wag.
web-field-manifest = Maniffest
web-manifest-hint = Testun y maniffest. Mae `sero init` yn ysgrifennu maniffest cychwynnol gyda sylwadau.
web-field-format = Fformat y testun
web-field-manifest-file = Neu lanlwythwch ffeil maniffest
web-field-files = Ffeiliau gweithgarwch (dewisol)
web-files-hint = Ffeiliau y mae'r maniffest yn eu henwi yn `from:`, fel y rhai y mae `sero import` yn eu hysgrifennu. Caiff ffeiliau na chânt eu lanlwytho eto eu cadw o'r fersiwn ddiweddaraf.
web-field-message = Beth sydd wedi newid (dewisol)
web-save-version = Cadw ac asesu
web-manifest-needed = Ysgrifennwch y maniffest yn y blwch, neu lanlwythwch ffeil maniffest.
web-manifest-not-utf8 = Nid yw ffeil y maniffest yn destun UTF-8.
web-too-many-files = Mae fersiwn yn cadw { $maximum } ffeil gweithgarwch ar y mwyaf.
web-file-name-refused = Ni ellir cadw'r enw ffeil “{ $name }”: defnyddiwch lythrennau, digidau, dotiau, cysylltnodau a thanlinellau, heb ddechrau gyda dot.
web-manifest-problem = Mae problem gyda'r maniffest
web-manifest-problem-at = Yn { $location }:
web-service-exists = Mae gwasanaeth o'r enw “{ $name }” yn bodoli eisoes yn y sefydliad hwn.
web-version-of = Fersiwn { $number }, wedi'i chadw gan { $author } ar { $time }
web-version-n = Fersiwn { $number }
web-total = Cyfanswm
web-per-transaction = Fesul trafodiad
web-factor-edition = Llyfrgell ffactorau
web-downloads = Lawrlwythiadau
web-download-manifest = Maniffest
web-download-json = Amcangyfrif (JSON)
web-download-csv = Amcangyfrif (CSV)
web-assessment = Asesiad
web-reruns = Asesiadau o'r fersiwn hon
web-rerun = Asesu eto gyda ffactorau heddiw
web-rerun-failed = Nid oedd modd asesu'r fersiwn hon eto gyda ffactorau a modelau heddiw.
web-versions = Fersiynau
web-new-version = Cadw fersiwn newydd
web-new-version-intro = Golygwch y maniffest isod. { $count ->
    [0] Nid oes gan y fersiwn hon ffeiliau gweithgarwch.
    [one] Caiff ffeil gweithgarwch y fersiwn hon ei chadw oni bai eich bod yn lanlwytho un gyda'r un enw.
   *[other] Caiff { $count } ffeil gweithgarwch y fersiwn hon eu cadw oni bai eich bod yn lanlwytho rhai gyda'r un enwau.
}
web-compare-a = Cymharu fersiwn
web-compare-b = â fersiwn
web-compare-button = Cymharu
web-compare-title = { $name }: fersiwn { $a } a fersiwn { $b }
web-compare-figures = Ffigurau
web-compare-change = Newid yn y cyfanswm: { $change } kg CO2e.
web-compare-manifest = Beth newidiodd yn y maniffest
web-compare-legend = Cafodd llinellau sy'n dechrau gyda − eu tynnu, a chafodd llinellau sy'n dechrau gyda + eu hychwanegu.
web-compare-same-manifest = Mae'r ddau faniffest yr un fath.
web-compare-too-long = Mae'r maniffestau'n rhy hir i'w cymharu fesul llinell (mwy na { $lines } llinell).
web-compare-needs-two = Dewiswch ddwy fersiwn i'w cymharu.
web-demo-admin-name = Gweinyddwr arddangos
web-demo-org-name = Cyngor Sir Enghreifftiol
web-demo-first-version = Fel yn yr enghraifft sy'n dod gyda sero
web-demo-shift-version = Symudodd 800 o geisiadau papur ar-lein ar ôl ailgynllunio'r ffurflen

## Y rhaglen we ar y llinell orchymyn (sero serve, sero admin, sero backup)
## The web application on the command line (sero serve, sero admin, sero backup)

serve-first-start = Nid oes gan sero gyfrifon eto. Agorwch y ddolen untro hon i greu'r gweinyddwr cyntaf (mae'n gweithio am 24 awr):
    {"  "}{ $link }
serve-listening = Mae sero yn gwrando ar { $url } (cronfa ddata: { $database }). Stopiwch ef gyda Ctrl+C.
serve-demo-ready = Arddangosiad: mewngofnodwch yn { $url }/signin gyda
    {"  "}e-bost:    { $email }
    {"  "}cyfrinair: { $password }
    Caiff y gronfa ddata ei dileu pan fydd sero yn stopio.
serve-config-unreadable = ni ellir darllen y ffeil ffurfweddu `{ $path }`: { $error }
serve-config-hint = gwiriwch y llwybr a roddwyd gyda --config
serve-config-what = y ffeil ffurfweddu
serve-config-listen = nid yw `{ $value }` yn gyfeiriad a phorth
serve-config-listen-hint = ysgrifennwch ef fel "127.0.0.1:8080" neu "[::1]:8080"
serve-config-public-url = nid yw `{ $value }` yn gyfeiriad http:// neu https://
serve-config-public-url-hint = ysgrifennwch y cyfeiriad y mae pobl yn cyrraedd sero arno, fel "https://sero.example.gov.wales"
serve-config-log-format = nid yw `{ $value }` yn fformat log: defnyddiwch "text" neu "json"
serve-no-data-dir = nid oes ffolder data ar gyfer y gronfa ddata (nid yw SERO_DATA_DIR, XDG_DATA_HOME na HOME wedi'u gosod)
serve-no-data-dir-hint = rhowch y gronfa ddata gyda --database LLWYBR, neu gosodwch SERO_DATA_DIR
serve-database-url = nid yw `{ $database }` yn ffeil SQLite nac yn URL postgres://
serve-database-url-hint = rhowch lwybr ffeil (sero.db) neu postgres://user@host/database
serve-database-failed = ni ellir agor y gronfa ddata { $database }: { $error }
serve-database-hint = gwiriwch y llwybr neu'r URL, y gellir ysgrifennu i'r ffolder, ac ar gyfer PostgreSQL fod y gweinydd yn rhedeg ac y gall y rôl gysylltu
serve-migration-failed = nid oedd modd diweddaru'r gronfa ddata { $database }: { $error }
serve-migration-hint = ni newidiwyd dim; adferwch y copi wrth gefn a wnaed cyn yr uwchraddio os daeth y gronfa ddata o fersiwn fwy newydd o sero
serve-cannot-listen = ni ellir gwrando ar { $address }: { $error }
serve-cannot-listen-hint = dewiswch borth arall gyda --listen, neu stopiwch yr hyn sy'n ei ddefnyddio
admin-setup-done = mae gan rywun gyfrif eisoes: dim ond ar gyfer y gweinyddwr cyntaf y mae'r ddolen sefydlu
admin-setup-done-hint = gall gweinyddwr wahodd pobl o dudalen Aelodau'r sefydliad, neu ddefnyddio `sero admin create-user`
admin-password-hint = ysgrifennwch y cyfrinair ar y mewnbwn safonol, er enghraifft: printf '%s' "$PASSWORD" | sero admin create-user …
admin-user-created = Crëwyd cyfrif { $email }.
admin-user-exists = mae cyfrif gyda'r cyfeiriad e-bost { $email } yn bodoli eisoes
admin-user-exists-hint = defnyddiwch `sero admin add-member` i roi rôl i'r person hwnnw
admin-slug-invalid = ni all `{ $slug }` fod yn enw byr
admin-slug-hint = defnyddiwch lythrennau bach, digidau a chysylltnodau sengl, hyd at 60 nod, fel example-council
admin-org-created = Crëwyd y sefydliad { $slug }.
admin-org-exists = mae sefydliad o'r enw { $slug } yn bodoli eisoes
admin-no-org = nid oes sefydliad o'r enw { $slug }
admin-no-org-hint = crëwch ef gyda `sero admin create-org --slug … --name …`
admin-no-user = nid oes cyfrif gyda'r cyfeiriad e-bost { $email }
admin-no-user-hint = crëwch ef gyda `sero admin create-user`, neu gwahoddwch y person o'r rhaglen we
admin-member-set = Rôl { $email } yn { $org } bellach yw { $role }.
admin-token-no-admin = nid oes gan y sefydliad { $org } weinyddwr i fod yn berchen ar y tocyn
admin-token-no-admin-hint = rhowch y rôl admin i rywun yn gyntaf: `sero admin add-member --org … --email … --role admin`
backup-done = Ysgrifennwyd copi cyson o'r gronfa ddata i { $path }.
backup-exists = mae `{ $path }` yn bodoli; nid yw copi wrth gefn byth yn trosysgrifo ffeil
backup-exists-hint = rhowch enw ffeil newydd, fel sero-backup-2026-12-03.db
backup-no-database = nid oes cronfa ddata yn { $database }
backup-postgres = mae `sero backup` yn copïo cronfeydd data SQLite; cronfa ddata PostgreSQL yw hon
backup-postgres-hint = gwnewch gopi wrth gefn o PostgreSQL gyda'i offer ei hun: pg_dump --format=custom --file=sero.dump DATABASE

## Cymorth gorchmynion y rhaglen we
## Help of the web application's commands

help-serve = Rhedeg y rhaglen we (tudalennau ac API JSON) ar gronfa ddata SQLite neu PostgreSQL
help-serve-after = Gosod (mae'r manylion yn docs/deploying.md):
    {"  "}TLS: mae sero yn siarad HTTP plaen ar gyfeiriad loopback; rhowch ddirprwy gwrthdro (nginx, Caddy) o'i flaen ar gyfer HTTPS a gosodwch public_url = "https://…" fel bod cwcis yn Secure.
    {"  "}Copïau wrth gefn: mae `sero backup FFEIL` yn ysgrifennu copi cyson o gronfa ddata SQLite sy'n rhedeg; ar gyfer PostgreSQL defnyddiwch pg_dump.
    {"  "}Uwchraddio: stopio, gwneud copi wrth gefn, gosod, cychwyn. Mae mudiadau'n rhedeg wrth gychwyn ac yn ychwanegu yn unig; nid yw mudiad a fethodd yn newid dim.
    {"  "}systemd: mae'r pecyn Debian (scripts/package) yn gosod sero.service, sy'n rhedeg `sero serve --config /etc/sero/sero.toml` fel y defnyddiwr sero.
help-serve-listen = Y cyfeiriad a'r porth i wrando arnynt (rhagosodiad 127.0.0.1:8080)
help-serve-public-url = Y cyfeiriad y mae pobl yn cyrraedd y rhaglen arno, ar gyfer y dolenni y mae'n eu hargraffu; mae https:// yn gwneud ei chwcis yn Secure
help-serve-allow-private = Gadael i fesur tudalennau gyrraedd cyfeiriadau preifat, loopback a link-local (wedi'u gwrthod fel rhagosodiad)
help-serve-demo = Cychwyn ar gronfa ddata dros dro sy'n dal sefydliad arddangos, ac argraffu sut i fewngofnodi
help-serve-log-format = Sut mae logiau'n cael eu hysgrifennu ar stderr: text neu json
help-arg-database = Y gronfa ddata: ffeil SQLite, neu URL postgres:// (rhagosodiad: sero.db yn y ffolder data)
help-arg-config = Y ffeil ffurfweddu (TOML: listen, database, public_url, allow_private_addresses, log_format)
help-admin = Gosod y rhaglen we o sgript: pobl, sefydliadau, aelodau, tocynnau API
help-admin-setup-link = Argraffu dolen untro sy'n creu'r gweinyddwr cyntaf
help-admin-create-user = Creu cyfrif person (darllenir y cyfrinair o'r mewnbwn safonol)
help-admin-create-org = Creu sefydliad
help-admin-add-member = Rhoi rôl i berson mewn sefydliad
help-admin-create-token = Creu tocyn API sefydliad a'i argraffu (unwaith)
help-backup = Gwneud copi cyson o gronfa ddata SQLite y rhaglen we, hyd yn oed tra bydd yn rhedeg
help-backup-destination = Ble i ysgrifennu'r copi (ffeil newydd; byth yn cael ei throsysgrifo)

## Y rhaglen we: canlyniadau wedi'u cymharu, senarios symud sianel
## The web application: results compared, shift scenarios

web-compare-result = Beth newidiodd yn y canlyniad
web-compare-same-result = Mae gan bob cydran yr un ffigur yn y ddwy fersiwn.
web-col-component = Cydran
web-col-change = Newid
web-shift-heading = Rhoi cynnig ar symud sianel
web-shift-explain = Symud cyfran o drafodion un sianel i un arall a gweld yr arbediad, wedi'i gyfrifo tyniad wrth dyniad fel y mae `sero compare --shift` yn ei wneud.
web-shift-from = Symud trafodion o
web-shift-to = i
web-shift-percent = Cyfran a symudir (%)
web-shift-button = Dangos y senario
web-shift-title = { $name }, fersiwn { $number }: symud sianel
web-shift-intro = Wedi'i gyfrifo nawr gyda'r llyfrgell ffactorau { $edition }.
web-shift-percent-invalid = Rhaid i'r gyfran a symudir fod yn rhif o 0 i 100.
web-shift-channels-invalid = Dewiswch ddwy sianel wahanol y gwasanaeth hwn.
web-shift-failed = Nid oedd modd cyfrifo'r senario: { $reason }
web-back-to-version = Yn ôl i fersiwn { $number }
web-demo-inventory-version = Ystad TG y cyngor, wedi'i mewnforio o'r rhestr enghreifftiol (examples/welsh-council-estate.csv)
## Y rhaglen we: tudalennau a fesurir o'r porwr, fel tasgau cefndir
## The web application: pages measured from the browser, as background jobs

web-measure-link = Mesur un o dudalennau'r gwasanaeth hwn
web-measure-title = Mesur tudalen o { $name }
web-measure-intro = Mae sero yn agor y dudalen mewn porwr ar y gweinydd, fel y byddai ymwelydd am y tro cyntaf, ac yn cyfrif y beitiau y mae'n eu trosglwyddo. Gall gymryd hyd at ychydig funudau; gallwch adael y dudalen a dod yn ôl.
web-measure-field-url = Cyfeiriad gwe'r dudalen
web-measure-url-hint = Yn dechrau gyda https:// neu http://, er enghraifft https://www.llyw.cymru/gwneud-cais-am-fathodyn-glas
web-measure-button = Mesur y dudalen
web-measure-back = Yn ôl at { $name }
web-measure-recent = Mesuriadau'r gwasanaeth hwn
web-measure-url-needed = Rhowch gyfeiriad gwe'r dudalen i'w mesur.
web-measure-url-too-long = Mae'r cyfeiriad gwe yn rhy hir: { $maximum } nod ar y mwyaf.
web-measure-url-invalid = Nid yw `{ $url }` yn gyfeiriad gwe y gellir ei fesur: rhaid iddo ddechrau gyda http:// neu https:// ac enwi gwesteiwr.
web-job-title = Yn mesur { $url }
web-job-progress = Cynnydd
web-job-queued = Yn aros i fesuriad arall orffen.
web-job-running = Yn mesur: { $percent }% wedi'i wneud.
web-job-done = Wedi'i fesur.
web-job-failed = Methodd y mesuriad.
web-job-refresh = Adnewyddwch i weld ei gynnydd
web-job-timed-out = cymerodd y mesuriad fwy na { $seconds } eiliad ac fe'i ataliwyd
web-job-report-failed = mesurwyd y dudalen ond nid oedd modd gwneud ei hamcangyfrif: { $reason }
web-job-unknown-error = methodd y mesuriad am reswm na all y fersiwn hon o sero ei ddangos
server-job-abandoned = stopiodd y gweinydd cyn i'r mesuriad orffen; mesurwch y dudalen eto
web-page-bytes = Wedi'i drosglwyddo ar ymweliad cyntaf
web-page-bytes-value = { $bytes } beit
web-page-requests = Ceisiadau
web-page-co2e = Fesul ymweliad
web-page-grams = { $grams } g CO2e
web-page-rating = Gradd (Sustainable Web Design)
web-page-assumptions = Amcangyfrifwyd fel y mae `sero page` yn ei wneud: model Sustainable Web Design v4 fesul ymweliad, ar gyfartaledd blynyddol grid y Deyrnas Unedig. Nid yw'r gweinydd yn gwirio lletya gwyrdd: mae pob parth yn cyfrif fel heb ei wirio'n wyrdd.
web-page-refused = Heb eu llwytho: cyfeiriadau na chaiff y gweinydd eu cyrraedd
web-page-findings = Beth i'w drwsio gyntaf
web-page-no-findings = Dim i'w drwsio: pasiodd y dudalen bob gwiriad.
web-page-add-heading = Ychwanegu at y gwasanaeth
web-page-add-intro = Yn cadw fersiwn newydd o { $name } sy'n cadw'r mesuriad hwn fel y ffeil gweithgarwch { $file }, gyda chydran sy'n ei darllen: un ymweliad â'r dudalen fesul trafodiad.
web-page-add-channel = Sianel
web-page-add-channel-hint = Y trafodion yr ymwelir â'r dudalen ynddynt.
web-page-add-every-channel = Pob sianel
web-page-add-button = Ychwanegu at y gwasanaeth
web-page-add-not-done = Dim ond mesuriad gorffenedig y gellir ei ychwanegu at ei wasanaeth.
web-page-add-already = Mae'r mesuriad hwn eisoes wedi'i gadw gyda'r gwasanaeth, fel { $file }.
web-page-add-bad-channel = Nid yw `{ $channel }` yn id sianel.
web-page-add-manifest-unreadable = nid oedd modd darllen maniffest y gwasanaeth i ychwanegu'r dudalen: { $reason }
web-page-component-name = Tudalen a fesurwyd: { $url }
web-page-add-message = Ychwanegwyd y dudalen a fesurwyd yn { $url }
web-version-files = Ffeiliau gweithgarwch a gedwir gyda'r fersiwn hon
## The web application: the guided service form
# Messages of this section start `web-form-`.

web-form-title = Disgrifio gwasanaeth newydd
web-form-title-existing = { $name }: golygu gyda'r ffurflen
web-form-intro = Disgrifiwch y gwasanaeth fesul maes. Mae cadw yn ei ysgrifennu fel maniffest (YAML), yn ei asesu fel y mae `sero estimate` yn ei wneud ac yn ei gadw fel fersiwn; mae golygydd y maniffest yn dangos yr un peth fel testun.
web-form-link-new = Disgrifio'r gwasanaeth gyda ffurflen yn lle hynny (nid oes angen YAML)
web-form-link-edit = Golygu'r fersiwn ddiweddaraf gyda'r ffurflen
web-form-beyond = Mae maniffest fersiwn { $number } yn dweud pethau na all y ffurflen eu dangos, felly dim ond yng ngolygydd y maniffest y mae'n agor.
web-form-beyond-key = Mae'n gosod { $key }, nad oes maes iddo yn y ffurflen.
web-form-beyond-rows = Mae ganddo fwy na { $maximum } sianel neu gydran.
web-form-beyond-unreadable = Ni ellir ei ddarllen fel maniffest.
web-form-to-manifest-editor = Ei olygu yng ngolygydd y maniffest
web-form-service-legend = Y gwasanaeth
web-form-service-name = Enw'r gwasanaeth
web-form-service-name-hint = Fel y mae'r cyhoedd yn ei adnabod, fel Gwneud cais am Fathodyn Glas.
web-form-organisation = Sefydliad (dewisol)
web-form-organisation-hint = Pwy sy'n rhedeg y gwasanaeth.
web-form-functional-unit = Beth yw un trafodiad
web-form-functional-unit-hint = Un gair neu ymadrodd byr, fel cais, adroddiad neu ymweliad. Mae canlyniadau fesul trafodiad fesul hwn.
web-form-description = Disgrifiad (dewisol)
web-form-period-legend = Y cyfnod adrodd
web-form-period-hint = Y diwrnod cyntaf a'r olaf, y ddau wedi'u cynnwys. Mae'n dechrau fel y flwyddyn ariannol hon, 1 Ebrill i 31 Mawrth.
web-form-start = Diwrnod cyntaf
web-form-end = Diwrnod olaf
web-form-date-hint = Er enghraifft 2026-04-01 (blwyddyn, mis, diwrnod).
web-form-channels-heading = Sianeli
web-form-channels-hint = Y ffyrdd y mae pobl yn defnyddio'r gwasanaeth (ar-lein, dros y ffôn, ar bapur), pob un gyda'i drafodion yn y cyfnod.
web-form-channel-legend = Sianel { $number }
web-form-channel-id = Enw byr y sianel
web-form-channel-id-hint = Fe'i defnyddir i gysylltu cydrannau â hi, fel online neu paper.
web-form-channel-name = Enw a ddangosir mewn adroddiadau (dewisol)
web-form-transactions = Trafodion yn y cyfnod
web-form-transactions-hint = Faint o drafodion y mae'r sianel hon yn eu darparu yn y cyfnod (blwyddyn yn ddiofyn), fel 26000.
web-form-not-applicable = Elfennau nad ydynt yn berthnasol i'r sianel hon
web-form-not-applicable-hint = Ticiwch yr hyn y mae'r sianel hon yn ei adael allan yn fwriadol (nid oes taith gyda ffurflen ar-lein), fel nad yw cymharu sianeli yn rhybuddio am fwlch. Nid yw'n newid unrhyw ffigur.
web-form-remove-channel = Tynnu sianel { $number } pan anfonir y ffurflen nesaf
web-form-add-channel = Ychwanegu sianel
web-form-components-heading = Cydrannau
web-form-components-hint = Yr hyn y mae'r gwasanaeth yn ei ddefnyddio, pob un wedi'i gyfrifo gan fodel: tudalennau a anfonir dros y rhwydwaith, gweinyddion, amser staff, papur, post, teithio a mwy.
web-form-component-legend = Cydran { $number }
web-form-component-id = Enw byr y gydran
web-form-component-id-hint = Unigryw yn y gwasanaeth, heb /, fel form-pages.
web-form-component-name = Enw a ddangosir mewn adroddiadau (dewisol)
web-form-component-channel = Sianel
web-form-component-channel-hint = Y sianel y mae'r gydran hon yn ei gwasanaethu, neu wedi'i rhannu gan bob sianel.
web-form-shared = Wedi'i rhannu gan bob sianel
web-form-model = Model
web-form-model-hint = Dewiswch fodel, yna pwyswch "Dangos mewnbynnau'r model hwn" i lenwi ei fewnbynnau.
web-form-model-choose = Dewiswch fodel
web-form-show-inputs = Dangos mewnbynnau'r model hwn
web-form-basis = Mae'r mewnbynnau'n disgrifio
web-form-basis-hint = Y cyfnod cyfan, neu un trafodiad (yna mae sero yn lluosi â thrafodion y sianel).
web-form-basis-period = y cyfnod cyfan
web-form-basis-transaction = un trafodiad
web-form-scope = Cwmpas Protocol GHG
web-form-scope-hint = Gadewch hyn i'r model oni bai bod yr allyriadau'n perthyn i rywle arall yn eich cyfrifon. Cwmpasau'r model: { $scopes }
web-form-scope-model = fel y mae'r model yn ei bennu
web-form-scope-n = cwmpas { $scope }
web-form-inputs-legend = Mewnbynnau'r model { $model }
web-form-input-manifest-only = Gosodir y mewnbwn hwn yng ngolygydd y maniffest.
web-form-unit = Uned: { $unit }.
web-form-unit-intensity = gCO2e/kWh, neu god tair llythyren gwlad fel GBR
web-form-range = Caniateir: { $min } i { $max }.
web-form-range-min = Caniateir: { $min } neu fwy.
web-form-range-max = Caniateir: hyd at { $max }.
web-form-usual = Ystod arferol: { $low } i { $high } (derbynnir y tu allan iddi gyda rhybudd).
web-form-whole = Rhifau cyfan yn unig.
web-form-required = Gofynnol.
web-form-default = Os caiff ei adael yn wag: { $default }.
web-form-no-default = heb ei ddefnyddio
web-form-blank-default = Gadael yn wag (y rhagosodiad)
web-form-yes = ie
web-form-no = na
web-form-remove-component = Tynnu cydran { $number } pan anfonir y ffurflen nesaf
web-form-add-component = Ychwanegu cydran
web-form-save-heading = Cadw
web-form-save-existing = Mae cadw yn gwneud fersiwn newydd o'r gwasanaeth o'r ffurflen. Ni chedwir sylwadau a ysgrifennwyd yn y maniffest presennol.
web-form-generated = Y maniffest a ysgrifennodd y ffurflen
web-form-manifest-problem = Mae problem gyda'r maniffest a ysgrifennwyd o'r ffurflen:
web-form-error-prefix = Gwall:
web-form-error-name = Rhowch enw'r gwasanaeth
web-form-error-functional-unit = Rhowch beth yw un trafodiad, fel cais
web-form-error-date = Rhaid i { $field } fod yn ddiwrnod go iawn wedi'i ysgrifennu fel blwyddyn-mis-diwrnod, fel 2026-04-01
web-form-error-end-before-start = Rhaid i'r diwrnod olaf fod yr un fath â'r diwrnod cyntaf neu ar ei ôl
web-form-error-no-channel = Ychwanegwch o leiaf un sianel
web-form-error-no-component = Ychwanegwch o leiaf un gydran
web-form-error-channel-id = Rhowch enw byr ar gyfer sianel { $number }
web-form-error-channel-twice = Mae sianel o'r enw { $id } eisoes
web-form-error-component-id = Rhowch enw byr ar gyfer cydran { $number }
web-form-error-component-twice = Mae cydran o'r enw { $id } eisoes
web-form-error-id-chars = Rhaid i'r enw byr { $id } beidio â chynnwys / a bod yn 100 nod ar y mwyaf
web-form-error-transactions = Rhowch drafodion sianel { $number }
web-form-error-transactions-number = Rhaid i drafodion sianel { $number } fod yn rhif, fel 26000
web-form-error-transactions-negative = Rhaid i drafodion sianel { $number } fod yn 0 neu fwy
web-form-error-channel-gone = Nid oes sianel o'r enw { $id }; dewiswch un o'r sianeli uchod
web-form-error-model = Dewiswch fodel cydran { $number }
web-form-error-model-changed = Pwyswch "Dangos mewnbynnau'r model hwn" i lenwi mewnbynnau { $model }
web-form-error-input-required = Rhowch { $input }, sydd ei angen ar y model
web-form-error-input-number = Rhaid i { $input } fod yn rhif, fel 2.5, neu'n rhif gyda'i uned, fel 2.4 MB
web-form-error-input-choice = Dewiswch { $input } o'r gwerthoedd a gynigir
web-form-yaml-head =
    Ysgrifennwyd gan ffurflen gwasanaeth sero. Pob gwerth yw'r hyn a roddwyd i'r ffurflen; mae'r
    sylw wrth ei ochr yn enwi'r maes. Rhestrir mewnbynnau gwag gyda'r rhagosodiad y mae'r model yn ei ddefnyddio.
web-form-yaml-input = { $input } ({ $unit })
web-form-yaml-blank = { $input }: gadawyd yn wag; { $default }
## The web application's JSON API, sero push and sero pull
web-api-bad-body = Ni ellir darllen corff y cais: { $detail }
web-text-nul = Ni all enw na neges gynnwys y nod U+0000 (NUL).
web-api-bad-base64 = Nid yw'r ffeil “{ $name }” mewn base64 (RFC 4648, gyda phadin).
help-push = Cyhoeddi maniffest i'r rhaglen we fel fersiwn newydd o'i wasanaeth (wedi'i asesu yno)
help-pull = Lawrlwytho maniffest gwasanaeth o'r rhaglen we
push-no-server = dim gweinydd i wthio iddo neu dynnu ohono
push-no-server-hint = rhowch gyfeiriad y rhaglen we gyda --server https://sero.example.gov.wales, neu gosodwch SERO_SERVER
push-server-invalid = nid yw `{ $server }` yn gyfeiriad http:// neu https://
push-no-token = dim tocyn API
push-no-token-hint = gosodwch SERO_TOKEN i docyn API sefydliad (wedi'i wneud ar ei dudalen tocynnau API, neu gyda `sero admin create-token`), neu rhowch --token-file FFEIL
push-unreadable-hint = gwiriwch y llwybr, a bod y ffeil yn destun (UTF-8) o dan derfyn maint sero
push-unreachable = ni ellir cyrraedd { $server }: { $error }
push-unreachable-hint = gwiriwch y cyfeiriad a roddwyd gyda --server (neu SERO_SERVER), bod y rhaglen we yn rhedeg, a'ch rhwydwaith neu ddirprwy
push-token-refused = gwrthododd { $server } y tocyn API
push-token-read-only = dim ond darllen y gall y tocyn API; mae cadw fersiwn yn gofyn am docyn ysgrifennu
push-token-read-only-hint = gwnewch docyn gyda'r cwmpas ysgrifennu ar dudalen tocynnau API y sefydliad, neu gyda `sero admin create-token --scope write`
push-not-found = heb ei ganfod ar y gweinydd: { $org } { $what }
push-not-found-hint = gwiriwch --org ac enw byr y gwasanaeth (dim ond gwasanaethau ei sefydliad ei hun y mae'r tocyn yn eu cyrraedd)
push-manifest-refused = gwrthododd y gweinydd y maniffest (ni chadwyd dim): { $location }
push-server-error = atebodd y gweinydd { $status }: { $message }
push-server-error-hint = rhowch gynnig arall arni yn nes ymlaen; os yw'n parhau, dywedwch wrth weinyddwr y rhaglen we
push-saved = Cadwyd fersiwn { $number } o { $service }: { $total } kg CO2e (cyfwng 90% { $low } i { $high }).
push-per-transaction = Fesul trafodiad: { $value } kg CO2e.
pull-written = Ysgrifennwyd fersiwn { $number } o { $service } i { $path }.
