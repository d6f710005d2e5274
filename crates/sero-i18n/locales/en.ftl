### sero: the English catalogue.
###
### Every word sero shows a person, in English. Each message has an id that the code names
### (`msg!("id")` or `tr!("id")`) and placeables (`{ $name }`) that the code fills; the Welsh
### catalogue (cy.ftl) has the same ids with the same placeables, and a test keeps them so.
### Numbers reach this file already formatted, except counts (`$count`, `$days`, …), which
### choose plural forms.


## Shared words of reports

percent = { $value }%
range = { $low }–{ $high }
report-title-with-organisation = { $service } — { $organisation }
component-label-with-id = { $name } ({ $id })
components-count = { $count ->
    [one] { $count } component
   *[other] { $count } components
}
channel-all = all
column-channel = channel
column-component = component
column-id = id
column-interval = 90% interval
column-model = model
column-quality = data quality
column-scope = scope
column-share = share
column-transactions = transactions
column-per-unit = { $unit } per { $functional_unit }


## Elements of a service's delivery, scopes and data-quality tiers

element-citizen-device = citizens' devices
element-citizen-travel = citizens' travel
element-network = networks
element-hosting = hosting
element-staff-time = staff time
element-staff-device = staff computers
element-staff-travel = staff travel
element-paper = paper
element-post = postage
element-building = buildings
element-other = other
scope-1 = Scope 1
scope-2 = Scope 2
scope-3-category = Scope 3, category { $category }: { $category ->
    [1] purchased goods and services
    [2] capital goods
    [3] fuel- and energy-related activities
    [4] upstream transportation and distribution
    [5] waste generated in operations
    [6] business travel
    [7] employee commuting
    [8] upstream leased assets
    [9] downstream transportation and distribution
    [10] processing of sold products
    [11] use of sold products
    [12] end-of-life treatment of sold products
    [13] downstream leased assets
    [14] franchises
   *[15] investments
}
quality-measured = measured
quality-modelled = modelled
quality-spend-based = spend-based


## sero estimate

estimate-period = Period: { $start } to { $end } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
}) · functional unit: { $unit } · { $transactions } transactions
estimate-summary-total = In short: about { $total } in the period, or { $per_unit } per { $unit }.
estimate-summary-hotspot = The largest part is “{ $component }”, { $share } of the total.
estimate-summary-channels = By channel, one { $unit } ranges from { $lowest } (“{ $lowest_channel }”) to { $highest } (“{ $highest_channel }”).
estimate-summary-spend-based = { $share } of the total rests on spend-based figures, the least accurate kind of data.
estimate-total = Total
estimate-operational = operational
estimate-embodied = embodied
estimate-per-unit = Per { $unit }: { $value }
estimate-per-unit-with-interval = Per { $unit }: { $value } (90% interval { $low }–{ $high })
estimate-energy = Energy used: { $kwh } kWh
estimate-samples = Intervals from { $samples } Monte Carlo samples, seed { $seed }.
estimate-no-interval = No interval (--samples 0): central values only.
estimate-by-scope = By GHG Protocol scope
estimate-by-channel = By channel
estimate-hotspots = Hotspots (largest first)
estimate-by-quality = By data quality
estimate-assumptions = Assumptions
estimate-assumption-applies = { $assumption } ({ $components })
estimate-defaults-summary = { $count ->
    [one] One model default
   *[other] { $count } model defaults
} used (--explain lists the components): { $list }
estimate-default-count = `{ $input }={ $value }` ×{ $count }
estimate-warnings = Warnings
estimate-terms = Terms used
term-embodied = embodied: the emissions of making, transporting and disposing of equipment and materials, spread over their life; operational: the emissions of using them (electricity, fuel).
term-interval = 90% interval: the range the figure falls in nine times out of ten, given the published uncertainty of every factor ({ $samples } Monte Carlo draws; assumed ranges where a source gives none).
term-scope-3-category-11 = Scope 3, category 11: emissions from the use of what the organisation provides; here citizens' own devices and travel, counted by analogy because they are outside the organisation's control.


## sero estimate --explain

explain-title = How each figure was calculated
explain-component = { $component } [{ $id }] (model { $model }, basis { $basis }, × { $volume } × share { $share })
explain-not-estimated = not estimated: { $error }
explain-formula = formula: { $formula }
explain-inputs = inputs:
explain-input = { $input } = { $value }
explain-input-default = { $input } = { $value } (default)
explain-factors = factors:
explain-factor = { $factor } = { $value } { $unit } ({ $range }) — { $description } [{ $source }]
explain-range = range { $low }–{ $high }
explain-range-assumed = assumed range { $low }–{ $high }
explain-steps = steps:
explain-result = = { $per_basis } kgCO2e per { $basis } → { $total } kgCO2e
explain-sources = Sources


## Assumptions made by the models

assumed-model-default = model default `{ $input } = { $value }`
assumed-reported-spread = assumed: the reported figure is uncertain by ±{ $percent }% (no range given)
assumed-no-printing-energy = assumed: printing energy not counted (no published factor per sheet; give `printing_energy_per_sheet`)
assumed-letter-delivery = assumed: a letter's delivery is 26 gCO2e, derived from Royal Mail's 2005/06 data (modelled; no current per-letter figure is published)
assumed-sms-spread = assumed: an SMS figure given without a range is uncertain by ±{ $percent }%
assumed-notification-letters = assumed: letters are primary-fibre A4 paper in a DL envelope, recycled after use; printing energy not counted (no published factor per sheet; model the letters with `paper` and `post` to set these)
assumed-citizen-devices-scope = assumed: citizens' devices are reported as Scope 3 category 11 by analogy (downstream use outside the organisation's control)
assumed-citizen-travel-scope = assumed: citizens' travel is reported as Scope 3 category 11 by analogy (downstream, outside the organisation's control)
assumed-runs-all-period = assumed: runs every hour of the period ({ $hours } h)
assumed-telephony-spread = assumed: a telephony figure given without a range is uncertain by ±{ $percent }%


## Warnings raised while estimating

warning-in-component = `{ $component }`: { $warning }
warning-component-not-estimated = `{ $component }` was not estimated: { $error }
warning-no-components = the service has no components: its footprint is zero
warning-no-transactions-in-channel = per-transaction component with no transactions in its channel
warning-devices-counted-twice = users' devices may be counted twice: `{ $device }` (end-user-device) and the device segment of `{ $transfer }` (data-transfer); set `include_device: false` on `{ $transfer }` if they describe the same use
warning-input-outside-usual-range = input `{ $input }` = { $value } is outside the usual range { $low }–{ $high } { $unit }
warning-composite-device-overrides = `{ $device }` is made of { $parts }: the power, embodied, lifetime and hours_per_year overrides were not applied; model each part as its own component instead
warning-uk-only-input = `{ $input }` applies to UK electricity (DESNZ) only; ignored for this grid
warning-telephony-not-counted = telephony is not counted: no published UK factor per minute exists; give `telephony_per_minute` from your telephony supplier
warning-office-energy-ignored-at-home = `office_energy_per_hour` is ignored when working at home (the DESNZ homeworking factor covers the workplace)
warning-office-energy-not-counted = the office building's energy is not counted: give `office_energy_per_hour` (the building's annual electricity divided by the desk-hours worked in it)
warning-no-well-to-tank = no well-to-tank factor for `{ $mode }`; none added
warning-spend-based = spend-based estimate: the least accurate tier (WPPN 12/21 Tier 1); ask the supplier for activity data or a reported figure


## Why a model could not produce a figure

model-error-unknown-model = unknown model `{ $model }` (expected one of { $expected })
model-error-missing-input = missing input `{ $input }`
model-error-invalid-input = input `{ $input }`: { $reason }
model-error-missing-factor = factor `{ $factor }` is not in the factor library
model-error-factor-unit = factor `{ $factor }` is in `{ $unit }`, which cannot be converted to `{ $expected }`


## Command-line framing of messages

cli-warning = warning: { $warning }


## sero import inventory

inventory-fully-amortised = line { $line }: age { $age } years is at or beyond the life of { $lifetime } years, so the embodied emissions are fully amortised (straight line over the life) and none is charged this year
inventory-assumed-flat-power = assumed: power is the same at every utilisation (idle and maximum power are both set to the average power), so the utilisation given to the `server` model (0.5) does not change the figure
inventory-assumed-no-pue = assumed: network devices and printers sit in offices and comms rooms with no data-centre overhead (PUE 1); give `pue` otherwise
inventory-assumed-colocation-pue = assumed: a colocation site's PUE is the Technology Carbon Estimator's on-premise figure (1.58); no source gives one for colocation; give `pue` from the provider
inventory-assumed-storage-lifetime = assumed: a storage array lives as long as a server (the Technology Carbon Estimator's server life); give `life_years` otherwise
inventory-assumed-service-grid = assumed (line { $line }): the supplier's electricity is on the UK grid (DESNZ factors); give `location` for the data centres' country
inventory-disposed-without-mass = line { $line }: { $units } units disposed without `disposed_kg`: their end-of-life emissions are not estimated (DESNZ waste factors are per tonne)
inventory-assumed-reuse-no-factor = assumed: equipment passed on for reuse has no end-of-life emissions this year; DESNZ publishes no reuse factor for IT electrical items
inventory-waste-factor-missing = line { $line }: factor `{ $factor }` in kgCO2e/t is not in the factor library, so the end of life of { $mass } kg is not estimated


## sero compare
# Messages of this section start `compare-`.




## sero page and sero journey
# Messages of this section start `page-`.




## sero transfer, sero factors, sero models, sero init and sero check
# Messages of this section start `transfer-`, `factors-`, `models-`, `init-` or `check-`.




## sero grid
# Messages of this section start `grid-`.

grid-error = error: { $error }
grid-hint = hint: { $hint }
grid-error-flag = { $flag } { $given }: { $problem }
grid-problem-hours-range = give 1 to { $max } hours
grid-problem-positive-duration = a job's duration must be more than zero
grid-problem-within-range = give a horizon from 30m to { $max }h
grid-problem-not-a-postcode = not a postcode
grid-problem-not-a-duration = not a duration
grid-hint-horizon = the Carbon Intensity API forecasts up to { $max } hours ahead
grid-hint-duration = give a duration such as `3h`, `90m` or `1h 30m`
grid-hint-postcode = give an outward code such as `CF10`, or a region with --region
grid-hint-chart = check that the directory exists and can be written
grid-error-chart-not-written = cannot write the chart `{ $path }`: { $error }
grid-chart-written = chart written to { $path }
grid-error-longer-than-horizon = a job of { $duration } does not fit within { $within }
grid-error-forecast-too-short = the forecast holds { $count ->
    [one] { $count } half hour
   *[other] { $count } half hours
} from now, fewer than the job needs
grid-error-bundled-factors = the bundled factors: { $error }
grid-error-factor-missing = the bundled factor `{ $factor }` is missing
grid-error-unreachable = could not reach the Carbon Intensity API at { $url } ({ $detail })
grid-error-api-refused = the Carbon Intensity API refused `{ $url }` with { $refusal }
grid-error-api-refused-because = the Carbon Intensity API refused `{ $url }` with { $refusal }: { $reason }
grid-error-malformed = the Carbon Intensity API's answer to `{ $url }` is not the documented JSON: { $detail }
grid-error-empty-range = the range { $from } to { $to } holds no half hour
grid-error-unknown-area = `{ $area }` is not a GB grid area
grid-detail-status = HTTP status { $status }
grid-detail-timed-out = no answer within { $seconds } s
grid-detail-after-tries = { $detail }, after { $tries } tries
grid-detail-transport = { $error }
grid-detail-json = { $error }
grid-detail-no-half-hour = the answer has no half hour
grid-hint-offline = sero works offline from the bundled annual DESNZ factors (`sero estimate`, or `sero grid now --offline`); `--api-url` or `SERO_CARBON_INTENSITY_URL` point sero at another copy of the API
grid-hint-api-error = check the area and the dates; the API forecasts up to 48 hours ahead
grid-hint-malformed = the API may have changed; `--api-url` points sero at another copy of it
grid-hint-request = give a start before the end, in whole half hours
grid-hint-area = give `national`, a region (`south-wales`, `north-wales`, `wales`, `london`, …), `GB-REGION-7`, a region id 1–17 or a postcode outward code (`CF10`)
grid-hint-area-suggestion = did you mean `{ $suggestion }`? give `national`, a region (`south-wales`, `north-wales`, `wales`, `london`, …), `GB-REGION-7`, a region id 1–17 or a postcode outward code (`CF10`)
grid-note-postcode-cut = note: the API knows outward codes only, so `{ $given }` is read as `{ $outward }`
grid-note-rounded-up = note: --duration { $given } rounded up to whole half hours: { $duration }
grid-area-national = Great Britain
grid-area-postcode = postcode { $outward }
grid-region-heading = { $name } (region { $id })
grid-now-title = Carbon intensity now: { $area }
grid-row-half-hour = half hour
grid-row-intensity = intensity
grid-row-index = index
grid-row-distribution-area = distribution area
grid-intensity-value = { $value } gCO2/kWh ({ $kind })
grid-intensity = { $value } gCO2/kWh
grid-estimated-actual = estimated actual
grid-forecast = forecast
grid-not-published = not published
grid-index-very-low = very low
grid-index-low = low
grid-index-moderate = moderate
grid-index-high = high
grid-index-very-high = very high
grid-generation-mix = Generation mix
grid-column-fuel = fuel
grid-unit = gCO2/kWh (CO2 only, generation; Carbon Intensity API)
grid-source = Source: { $source }
grid-source-neso = National Energy System Operator (NESO), Carbon Intensity API, https://api.carbonintensity.org.uk (documentation: https://carbon-intensity.github.io/api-definitions/), CC BY 4.0
grid-note-co2-only = note: the Carbon Intensity API gives grams of CO2 only (no other greenhouse gas) per kWh generated, by half hour; public bodies report with DESNZ's annual kgCO2e/kWh (`sero estimate`)
grid-forecast-title = Forecast: { $area }, { $unit }
grid-column-from-utc = from (UTC)
grid-column-from-london = Europe/London
grid-column-intensity = intensity
grid-column-index = index
grid-chart-title = Carbon intensity forecast: { $area }
grid-chart-x = Start of half hour (Europe/London)
grid-chart-y = gCO2/kWh (CO2 only, generation)
grid-chart-description = Forecast carbon intensity of electricity generation by half hour, from the Carbon Intensity API (NESO, CC BY 4.0); CO2 only. { $count ->
    [one] { $count } half hour.
   *[other] { $count } half hours.
}
grid-chart-lowest-highest = Lowest: { $lowest }: { $lowest_value } gCO2/kWh. Highest: { $highest }: { $highest_value } gCO2/kWh.
grid-window-title = Best window for a { $duration } job ending within { $hours } h: { $area }
grid-duration-hours = { $hours } h
grid-duration-minutes = { $minutes } min
grid-duration-hours-minutes = { $hours } h { $minutes } min
grid-row-start = start
grid-row-end = end
grid-row-mean = mean intensity
grid-row-if-now = if started now
grid-row-saving = saving vs now
grid-saving-value = { $saving } gCO2/kWh ({ $percent }%)
grid-note-cut-by-forecast = note: the forecast ends before the horizon; only the starts it covers were compared
grid-note-window = note: a forecast, of CO2 only from generation (Carbon Intensity API); the intensity on the day will differ, and DESNZ's annual kgCO2e/kWh remains what public bodies report
grid-offline-title = Offline: the bundled annual DESNZ factor for UK electricity
grid-offline-value = { $value } { $label }
grid-desnz-label = kgCO2e/kWh (CO2, CH4 and N2O, DESNZ 2025, location-based)
grid-annual-average = an annual average for the whole UK, not the grid at this half hour or in this region; it is the factor for reporting location-based Scope 2




## sero estimate --accounting
# Messages of this section start `accounting-`.

accounting-error-csv = time-series accounting is shown in the table and JSON reports, not in CSV
accounting-hint-csv = use `--format json`, or `--accounting location` for CSV
accounting-error-series-unreadable = cannot read `{ $path }`: { $error }
accounting-hint-series-path = the path of `series` is relative to the manifest
accounting-error-series-broken = `{ $path }` { $problem }
accounting-hint-series-format = a series has rows `from,kwh` or `from,to,kwh`, times such as `2025-04-01T00:00Z`
accounting-error-no-time-zone = the time zone database has no Europe/London ({ $detail })
accounting-hint-time-zone = install the system's tzdata, or use `series` instead of `hours_of_day`
accounting-error-period = the period { $start } to { $end } cannot be accounted half hour by half hour
accounting-hint-period = give a period between the years 1 and 9999
accounting-error-hours-of-day = `hours_of_day`: { $problem }
accounting-error-weigh = `{ $path }`: { $problem }
accounting-error-source = a source of time-series accounting failed
accounting-series-not-aligned = { $what ->
    [energy] energy
   *[other] intensity
} interval { $from }–{ $to } is not aligned on half hours (UTC :00 and :30)
accounting-series-empty = { $what ->
    [energy] energy
   *[other] intensity
} interval { $from }–{ $to } ends before it starts
accounting-series-bad-energy = energy { $kwh } kWh from { $from } is not a number ≥ 0
accounting-series-bad-intensity = intensity { $g } g/kWh from { $from } is not a number ≥ 0
accounting-series-duplicate-intensity = two intensities for the half hour starting { $from }, which has energy
accounting-reason-offline = `--offline` was given
accounting-reason-api = the Carbon Intensity API could not be used: { $error }
accounting-reason-nothing-published = the Carbon Intensity API published no intensity for any half hour with energy
accounting-warning-fallback = time-series accounting fell back to the annual factors, because { $reason }
accounting-warning-gaps = `{ $component }`: { $count ->
    [one] { $count } half hour with energy has no intensity; its { $kwh } kWh are not counted in the time-series figure
   *[other] { $count } half hours with energy have no intensity; their { $kwh } kWh are not counted in the time-series figure
}
accounting-grid-intensity = { $value } gCO2e/kWh
accounting-coverage = covers { $covered } of { $count } half hours
accounting-coverage-with-gaps = covers { $covered } of { $count } half hours; { $kwh } kWh in gaps not counted
accounting-title-time-series = Electricity, time-series accounting (half-hourly GB grid intensity × when it is used)
accounting-title-both = Electricity, location-based and time-series accounting side by side
accounting-period = Half hours from { $from } to { $to } (UTC)
accounting-component-on-grid = { $component } ({ $grid })
accounting-column-energy = kWh
accounting-column-location = location
accounting-column-time-series = time-series*
accounting-column-difference = difference
accounting-units = Masses in { $unit }: CO2e at the annual factors (location), CO2 only from generation (time-series*)
accounting-note-location-basis = { $column }: DESNZ's annual UK factors, location-based, CO2, CH4 and N2O as CO2e — the figure the annual return needs; the same for every half hour and every part of the UK
accounting-note-time-series-basis = { $column }: GB electricity generation weighed half hour by half hour by the Carbon Intensity API's intensity of its region (NESO, CC BY 4.0; gCO2/kWh, CO2 only, from generation; the estimated actual where published, nationally, else the forecast), times in UTC; hours_of_day in UK local time
accounting-note-other-parts = other parts (T&D losses, well-to-tank, embodied emissions, components not on a grid in Great Britain) stay at the annual factors
accounting-note-difference = the difference comes from two things: gases (the API counts CO2 only, DESNZ adds CH4 and N2O, about 1% of the 2024 factor) and weighting (the API follows the hour and the region the energy is used in; DESNZ averages a year of the whole UK, with a data lag of one to two years)
accounting-note-component = `{ $component }`: { $coverage }; { $kg } kgCO2 at an energy-weighted mean of { $mean } gCO2/kWh
accounting-note-not-gb = { $components }: annual factors, as the grid is not in Great Britain
accounting-note-no-electricity = { $components }: annual factors, as no GB grid electricity is used
accounting-note-fallback = { $components }: annual factors instead of time-series accounting, because { $reason }




## sero energy and sero import prometheus
# Messages of this section start `energy-` or `prometheus-`.




## sero import cloud
# Messages of this section start `cloud-`.




## sero import inventory: reports and row errors
# Messages of this section start `inventory-`.




## sero sci
# Messages of this section start `sci-`.

sci-title = Software Carbon Intensity — { $service }
sci-specification = { $publisher }, { $title } v{ $version } ({ $iso })
sci-score = SCI = (O + M) per R = { $score } per { $unit }
sci-per-unit = { $symbol } per { $unit }
sci-unit-period = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
sci-unit-of-channel = { $unit }, channel { $channel } ({ $name })
sci-term-r = R (functional unit)
sci-term-o = O (operational)
sci-term-e-times-i = E × I (energy × grid intensity)
sci-term-o-other = other operational (per-item or reported figures, no energy)
sci-term-e = E (energy)
sci-term-i = I (average intensity of E)
sci-term-m = M (embodied)
sci-boundary-in = Inside the software boundary
sci-boundary-out = Outside the software boundary (in `sero estimate`, not in the SCI)
sci-column-element = element
sci-column-o = O { $unit }/R
sci-column-m = M { $unit }/R
sci-column-e = E kWh/R
sci-column-co2e = { $unit }/R
sci-column-why = why
sci-column-components = components
sci-outside-not-software = not software: the service's offline delivery
sci-outside-unclassified = unclassified: give the component `covers:` (hosting, network…) to place it
sci-checklist = The specification's boundary list
sci-checklist-item = { $item }: { $coverage } — { $how }
sci-item-compute = compute
sci-item-storage = storage
sci-item-memory = memory
sci-item-networking-equipment = networking equipment
sci-item-idle-machines = idle machines
sci-item-end-user-devices = end-user devices
sci-item-operations = operations
sci-item-monitoring = monitoring
sci-item-logging = logging
sci-item-scanning = scanning
sci-item-pipelines = build and deploy pipelines
sci-item-testing = testing
sci-item-training = training ML models
sci-item-backup = backup
sci-item-redundancy = redundancy
sci-item-failover = failover
sci-item-iot-devices = IoT devices
sci-item-edge-devices = edge devices
sci-item-other = { $item }
sci-coverage-in = in
sci-coverage-not-modelled = not modelled
sci-how-hosting = hosting components (servers, cloud, suppliers' reported hosting)
sci-how-network = network components (data transfer, email, telephony)
sci-how-idle = the server model counts idle power
sci-how-devices = citizens' devices
sci-how-operations = staff computers
sci-how-none = no component of its own; it may be inside a supplier's reported figure
sci-how-no-model = sero has no model for it
sci-methodology = Methodology
sci-method-models = models inside the boundary: { $models }
sci-method-location-based = I is location-based: annual average grid intensity (DESNZ conversion factors for UK electricity, Ember annual averages elsewhere), as the specification allows
sci-method-no-market = no market-based measures: offsets, renewable energy certificates and power purchase agreements do not reduce the score, as the specification requires
sci-method-embodied = M is each model's embodied share: manufacture emissions × time used ÷ expected life (× share of the resource), the specification's TE × TiR/EL × RR/ToR
sci-method-measured = measured or supplier-reported components (the rest are modelled): { $components }
sci-method-measured-none = measured or supplier-reported components: none, every component is modelled
sci-method-granularity = granularity: one reporting period of { $days ->
    [one] { $days } day
   *[other] { $days } days
} (annual values are the coarsest the specification accepts)
sci-method-reconcile = reconciles with `sero estimate`: { $total } = { $inside } inside + { $outside } outside
sci-factors = Factors
sci-json-intensity = location-based annual average grid intensity (DESNZ for UK electricity, Ember annual averages elsewhere)
sci-json-market-based = none used: no offsets, RECs, PPAs or other market-based instruments reduce the score
sci-warning-unclassified = unclassified components are left outside the software boundary; give them `covers:`: { $components }
sci-warning-reported = reported figures inside the boundary are taken as given: the SCI needs them location-based, without offsets or certificates: { $components }
sci-error-channel = --channel: { $problem } in `{ $manifest }`
sci-error-unknown-channel = no such channel `{ $channel }`
sci-hint-channels = the channels are { $channels }
sci-error-per = --per { $per }: { $problem }
sci-error-no-units = R is { $count }: a score per unit needs a count of units above 0
sci-per-not-a-number = `{ $given }` is not a number
sci-per-name-and-count = a functional unit needs a name and a count above 0
sci-per-unknown = unknown functional unit
sci-hint-per = give `transaction`, `period`, or a unit and its count in the period such as `request=1200000`




## sero if
# Messages of this section start `if-`.

if-error-read = cannot read { $path }: { $error }
if-hint-path = check the path
if-error-invalid-manifest = invalid manifest: { $problem }
if-hint-alias = an alias repeats a node defined earlier; a node cannot contain itself, so the tree has no cycles
if-hint-indentation = check the indentation above this point (spaces, not tabs), and that every quote, `[` and `{"{"}` is closed
if-more-warnings = … and { $count } more warnings
if-hint-run-failed = the output manifest records the failure under `execution` (status: fail), as if-run does
if-error-create = cannot create { $path }: { $error }
if-error-write = cannot write { $path }: { $error }
if-hint-write = check that the directory exists and is writable
if-error-write-output = cannot write the output manifest: { $error }
if-error-relative = --relative must be a fraction of 0 or more
if-hint-relative = for example --relative 1e-9
if-error-not-a-mapping = { $path }: the manifest is not a YAML mapping
if-hint-output-manifests = give two output manifests of `sero if run` or `if-run`
if-error-invalid-yaml = invalid YAML: { $problem }
if-files-match = Files match!
if-files-differ = Files do not match!
if-diff-source = source: { $value }
if-diff-target = target: { $value }
if-error-differ = the manifests differ at `{ $path }`
if-hint-module = plugin `{ $plugin }` loads `{ $method }` from `{ $path }`; sero runs the builtins of IF 1.1.0 (`path: builtin`) only
if-hint-unknown-builtin = plugin `{ $plugin }` asks for builtin `{ $method }`, which IF 1.1.0 does not have; the builtins are { $builtins }
if-hint-not-initialized = add `{ $plugin }` under `initialize.plugins`, or correct the name in the pipeline
if-hint-inputs-list = `inputs` must be a list of observations, not { $kind }
if-hint-regroup = every observation needs a value for each regroup key
if-hint-leaf-outputs = a leaf without outputs cannot be aggregated: give it a compute pipeline
if-hint-children-outputs = component aggregation pairs children's outputs by index: every child needs as many outputs (run TimeSync first)
if-hint-metric = every output must have each metric named in `aggregation.metrics`
if-hint-shell-command = run the command yourself and put its output into the manifest's inputs
if-hint-shell-program = run the program yourself and put its output into the manifest's inputs
if-hint-fetch = download { $url } once, then set `filepath` to the local copy (a path relative to the manifest works)
if-hint-file-path = the path is taken from the working directory, then from the manifest's directory




## Manifest and factor-file errors (file:line:column, hints)
# Messages of this section start `manifest-`.




## Errors of the command line
# Messages of this section start `error-` (and `hint-` for hints).




## Command-line help (--help)
# Messages of this section start `help-`.




## HTML reports
# Messages of this section start `html-`.


