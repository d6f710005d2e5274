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
factors-no-match =
    gwall: nid oes ffactor yn cyfateb i `{ $query }`
      = awgrym: rhowch gynnig ar ragddodiad fel `desnz`, `swd-v4`, `grid/ember/GBR`, neu dag fel `device`
factors-column-value = gwerth
factors-column-unit = uned
factors-column-range = isel–uchel
factors-column-year = blwyddyn
factors-column-source = ffynhonnell
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
transfer-column-segment = segment
transfer-column-kind = math




## sero grid
# Messages of this section start `grid-`.

grid-error = gwall: { $error }
grid-hint = awgrym: { $hint }
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




## sero energy and sero import prometheus
# Messages of this section start `energy-` or `prometheus-`.




## sero import cloud
# Messages of this section start `cloud-`.

cloud-error = gwall: { $error }
cloud-hint = = awgrym: { $hint }
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
cloud-method-cost = kWh fesul uned o gost defnydd hysbys (yr un gwasanaeth ac uned, fel arall yr un uned, fel arall pob defnydd hysbys) × cost y llinell, fel y mae Cloud Carbon Footprint yn ei wneud ar gyfer AWS a Google Cloud
cloud-method-amount = kWh fesul uned o swm defnydd hysbys (yr un gwasanaeth ac uned, fel arall yr un uned, fel arall pob defnydd hysbys) × swm y llinell, fel y mae Cloud Carbon Footprint yn ei wneud ar gyfer Azure
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
cloud-error-bad-date = nid yw `{ $value }` yn ddyddiad (disgwylid `YYYY-MM-DD…` neu `MM/DD/YYYY`)
cloud-error-bad-provider = nid yw'r darparwr `{ $value }` yn `aws`, `azure` na `gcp`
cloud-error-mixed-providers = mae'r llinell hon yn perthyn i { $provider }, ond roedd llinellau cynharach yn perthyn i ddarparwr arall: rhowch ganlyniad un darparwr ym mhob ffeil
cloud-error-csv = ni ellir darllen y CSV yma ({ $detail })
cloud-error-too-many-dims = { $max } dimensiwn grwpio ar y mwyaf
cloud-error-parquet = ni ellir darllen y ffeil Parquet ({ $detail })
cloud-assumed-fallback-watts = { $why }: { $min }–{ $max } W fesul vCPU (cyfartaledd { $provider }), dim cyfran ymgorfforedig
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
inventory-hint-pue = PUE yw cyfanswm ynni'r cyfleuster dros ynni TG: 1 neu fwy (1.58 yw ffigur ar y safle y Technology Carbon Estimator)
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




## sero if
# Messages of this section start `if-`.




## Manifest and factor-file errors (file:line:column, hints)
# Messages of this section start `manifest-`.




## Errors of the command line
# Messages of this section start `error-` (and `hint-` for hints).




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
help-arg-unit = Uned pob màs yn yr adroddiad: t, kg neu g (rhagosodiad: wedi'i dewis yn ôl maint pob ffigur)
help-arg-wide = Pob colofn yn ei lled llawn, beth bynnag yw lled y derfynell
help-arg-samples = Samplau Monte Carlo ar gyfer y cyfyngau 90% (0: gwerthoedd canolog yn unig; rhagosodiad 1000)
help-arg-seed = Hedyn y tyniadau Monte Carlo (rhagosodiad 1); mae'r un hedyn yn rhoi'r un cyfyngau ym mhobman
help-arg-factors = Ychwanegu neu ddisodli ffactorau o ffeil (YAML, TOML neu JSON); gellir ei ailadrodd
help-arg-lang = Iaith adroddiadau, gwallau a chymorth: en (Saesneg) neu cy (Cymraeg); rhagosodiad: $SERO_LANG, fel arall y locale
help-arg-quiet = Argraffu adroddiadau a gwallau yn unig: dim rhybuddion, nodiadau na chynnydd
help-arg-verbose = Dweud hefyd ar y gwall safonol beth mae sero yn ei wneud: y gosodiadau a ddewisodd a'r amser a gymerodd
help-arg-color = Lliw ar y gwall safonol: auto (y rhagosodiad: ar derfynell, oni bai bod NO_COLOR wedi'i osod), always neu never
help-arg-help = Argraffu cymorth
help-arg-version = Argraffu'r fersiwn
help-estimate-format = Fformat yr allbwn: table (y rhagosodiad), json (unedau yn yr allweddi) neu csv (un rhes i bob cydran)
help-estimate-explain = Dangos sut y cyfrifwyd pob ffigur: fformiwla, mewnbynnau, ffactorau a'u ffynonellau
help-estimate-accounting = Sut y cyfrifir trydan: location (y rhagosodiad: ffactorau blynyddol DESNZ, yr hyn sydd ei angen ar y datganiad blynyddol), time-series (dwyster hanner awr grid Prydain pan ddefnyddir yr ynni) neu both
help-estimate-api-url = URL sylfaen y Carbon Intensity API (rhagosodiad: $SERO_CARBON_INTENSITY_URL, fel arall yr API cyhoeddus)
help-estimate-offline = Peidio byth â chysylltu â'r Carbon Intensity API: mae cyfrifo cyfres amser yn troi'n ôl at y ffactorau blynyddol ac yn dweud hynny
help-compare-shift = Senario: symud CANRAN o drafodion sianel FROM i sianel TO (gellir ei ailadrodd)
help-compare-chart = Ysgrifennu siart o'r sianeli (barrau wedi'u pentyrru fesul trafodiad) fel SVG i'r ffeil hon
help-compare-format = Fformat yr allbwn: table (y rhagosodiad) neu json
help-init-service = Enw'r gwasanaeth
help-init-output = Ysgrifennu i'r ffeil hon yn lle'r allbwn safonol (byth yn trosysgrifo)




## HTML reports
# Messages of this section start `html-`.


