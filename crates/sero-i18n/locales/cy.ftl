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




## sero transfer, sero factors, sero models, sero init and sero check
# Messages of this section start `transfer-`, `factors-`, `models-`, `init-` or `check-`.




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




## sero import cloud
# Messages of this section start `cloud-`.




## sero import inventory: reports and row errors
# Messages of this section start `inventory-`.




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




## Manifest and factor-file errors (file:line:column, hints)
# Messages of this section start `manifest-`.




## Errors of the command line
# Messages of this section start `error-` (and `hint-` for hints).




## Command-line help (--help)
# Messages of this section start `help-`.




## HTML reports
# Messages of this section start `html-`.


