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
cli-error-write-report = gwall: ni ellir ysgrifennu'r adroddiad `{ $file }`: { $error }
    {"  "}= awgrym: gwiriwch fod y ffolder yn bodoli ac y gellir ysgrifennu iddo


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




## sero estimate --accounting
# Messages of this section start `accounting-`.




## sero energy and sero import prometheus
# Messages of this section start `energy-` or `prometheus-`.

energy-error = gwall: { $error }
energy-hint = = awgrym: { $hint }
energy-error-grid = --grid { $grid }: { $error }
energy-hint-grid = rhowch `GBR` (ffactorau DESNZ y DU), cod ISO 3166-1 alpha-3 arall fel `FRA` (cyfartaledd blynyddol Ember), neu rif mewn gCO2e/kWh
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




## HTML reports
# Messages of this section start `html-`.


