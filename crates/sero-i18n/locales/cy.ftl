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
explain-component = { $component } [{ $id }] (model { $model }, sail { $basis }, × { $volume } × cyfran { $share })
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
assumed-telephony-spread = tybiwyd: mae ffigur teleffoni a roddir heb ystod yn ansicr o ±{ $percent }%


## Warnings raised while estimating

warning-in-component = `{ $component }`: { $warning }
warning-component-not-estimated = ni amcangyfrifwyd `{ $component }`: { $error }
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

cli-warning = rhybudd: { $warning }


## sero import inventory

inventory-fully-amortised = llinell { $line }: mae oed o { $age } blynedd ar ddiwedd oes o { $lifetime } blynedd neu y tu hwnt iddi, felly mae'r allyriadau ymgorfforedig wedi'u hamorteiddio'n llawn (llinell syth dros yr oes) ac ni chodir dim eleni
inventory-assumed-flat-power = tybiwyd: mae'r pŵer yr un fath ar bob lefel defnydd (gosodir pŵer segur a phŵer uchaf i'r pŵer cyfartalog), felly nid yw'r defnydd a roddir i'r model `server` (0.5) yn newid y ffigur
inventory-assumed-no-pue = tybiwyd: mae dyfeisiau rhwydwaith ac argraffwyr mewn swyddfeydd ac ystafelloedd cyfathrebu heb orbenion canolfan ddata (PUE 1); rhowch `pue` fel arall
inventory-assumed-colocation-pue = tybiwyd: PUE safle cydleoli yw ffigur ar y safle y Technology Carbon Estimator (1.58); nid oes ffynhonnell yn rhoi un ar gyfer cydleoli; rhowch `pue` gan y darparwr
inventory-assumed-storage-lifetime = tybiwyd: mae arae storio yn para cyhyd â gweinydd (oes gweinydd y Technology Carbon Estimator); rhowch `life_years` fel arall
inventory-assumed-service-grid = tybiwyd (llinell { $line }): mae trydan y cyflenwr ar grid y DU (ffactorau DESNZ); rhowch `location` ar gyfer gwlad y canolfannau data
inventory-disposed-without-mass = llinell { $line }: { $units } uned wedi'u gwaredu heb `disposed_kg`: nid amcangyfrifir eu hallyriadau diwedd oes (mae ffactorau gwastraff DESNZ fesul tunnell)
inventory-assumed-reuse-no-factor = tybiwyd: nid oes gan offer a drosglwyddir i'w ailddefnyddio allyriadau diwedd oes eleni; nid yw DESNZ yn cyhoeddi ffactor ailddefnyddio ar gyfer eitemau trydanol TG
inventory-waste-factor-missing = llinell { $line }: nid yw ffactor `{ $factor }` mewn kgCO2e/t yn y llyfrgell ffactorau, felly nid amcangyfrifir diwedd oes { $mass } kg


## sero compare
# Messages of this section start `compare-`.




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
page-error = gwall: { $error }
page-cannot-start = gwall: ni ellir dechrau: { $reason }
page-cannot-write = gwall: ni ellir ysgrifennu `{ $path }`: { $reason }
page-url-error = gwall: { $url }: { $error }
page-some-failed = gwall: ni ellid mesur { $failed } o { $total } tudalen (adroddir am y lleill uchod)
journey-error = gwall: { $error }
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




## sero transfer, sero factors, sero models, sero init and sero check
# Messages of this section start `transfer-`, `factors-`, `models-`, `init-` or `check-`.
init-cannot-create =
    gwall: ni ellir creu `{ $path }`: { $reason }
      = awgrym: nid yw sero init yn trosysgrifo ffeiliau; dewiswch enw arall
init-wrote = ysgrifennwyd { $path }
check-ok = iawn: { $file } — { $components } cydran, { $channels } sianel
check-component-error = gwall: cydran `{ $component }`: { $error }
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




## sero estimate --accounting
# Messages of this section start `accounting-`.




## sero energy and sero import prometheus
# Messages of this section start `energy-` or `prometheus-`.




## sero import cloud
# Messages of this section start `cloud-`.




## sero import inventory: reports and row errors
# Messages of this section start `inventory-`.




## sero sci
# Messages of this section start `sci-`.




## sero if
# Messages of this section start `if-`.




## Manifest and factor-file errors (file:line:column, hints)
# Messages of this section start `manifest-`.




## Errors of the command line
# Messages of this section start `error-` (and `hint-` for hints).




## Command-line help (--help)
# Messages of this section start `help-`.




## HTML reports
# Messages of this section start `html-`.


