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
manifest-too-large = mae'r ffeil yn rhy fawr ({ $bytes } beit); gall maniffest fod yn 16 MiB ar y mwyaf
manifest-too-large-hint = rhannwch y maniffest yn sawl ffeil lai
manifest-duplicate-key = allwedd ddyblyg `{ $key }`
manifest-duplicate-key-label = defnyddiwyd yr allwedd hon eisoes yn y mapiad hwn
manifest-first-defined = diffiniwyd `{ $key }` gyntaf yma
manifest-too-deep = mae'r ddogfen wedi'i nythu'n rhy ddwfn (mwy na { $levels } lefel)
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
manifest-alias-expansion = gormod o nodau (ehangu aliasau)
manifest-alias-expansion-label = mae ehangu'r alias hwn yn mynd dros y terfyn
manifest-alias-expansion-note = gall aliasau ychwanegu { $count } gwerth at ddogfen ar y mwyaf
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
error-cannot-read-factors = methu darllen ffeil ffactorau `{ $path }`: { $error }
hint-manifest-path = gwiriwch y llwybr; mae `sero init > service.yaml` yn ysgrifennu maniffest cychwynnol
hint-journey-path = gwiriwch lwybr ffeil y daith
hint-factors-path = gwiriwch y llwybr a roddwyd i --factors
error-components-left-out = { $count ->
    [one] mae { $count } gydran o { $manifest } wedi'i gadael allan o'r cyfansymiau uchod: { $components }
   *[other] mae { $count } cydran o { $manifest } wedi'u gadael allan o'r cyfansymiau uchod: { $components }
}
hint-see-report-warnings = mae rhybuddion yr adroddiad yn dweud pam; cywirwch eu mewnbynnau


## Command-line help (--help)
# Messages of this section start `help-`.




## HTML reports
# Messages of this section start `html-`.


