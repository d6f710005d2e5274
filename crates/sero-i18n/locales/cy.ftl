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




## sero transfer, sero factors, sero models, sero init and sero check
# Messages of this section start `transfer-`, `factors-`, `models-`, `init-` or `check-`.




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

html-totals = Cyfansymiau
html-column-part = rhan
html-chart-hotspots = Rhannau mwyaf yr ôl troed ({ $mass })
html-chart-channels = Pob sianel fesul { $unit } ({ $mass })
html-chart-bar = { $label }: { $value }
html-chart-description = Siart bar, un bar yr un: { $bars }.
html-channels = Sianeli
html-accounting-refused = gwall: dangosir cyfrifo cyfres amser yn yr adroddiadau tabl a JSON, nid eto yn HTML
    {"  "}= awgrym: defnyddiwch `--format json`, neu `--accounting location` ar gyfer HTML


