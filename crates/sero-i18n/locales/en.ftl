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
cli-error-write-report = error: cannot write the report `{ $file }`: { $error }
    {"  "}= hint: check that the folder exists and can be written to


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




## sero estimate --accounting
# Messages of this section start `accounting-`.




## sero energy and sero import prometheus
# Messages of this section start `energy-` or `prometheus-`.

energy-error = error: { $error }
energy-hint = = hint: { $hint }
energy-error-grid = --grid { $grid }: { $error }
energy-hint-grid = give `GBR` (DESNZ UK factors), another ISO 3166-1 alpha-3 code such as `FRA` (Ember annual average), or a number of gCO2e/kWh
energy-error-write-activity = cannot write the activity file `{ $file }`: { $error }
energy-warning-report-renamed = --report is renamed --output (-o) and will be removed in the next release: use --output
energy-hint-write = check that the folder exists and can be written to
energy-error-no-command = no command to run
energy-hint-command = put the command after `--`: `sero energy -- make test`
energy-error-spawn = cannot run `{ $program }`: { $reason }
energy-error-rapl-stopped = RAPL stopped being readable during the run: { $error }
energy-error-tdp = --tdp { $tdp }: a TDP is a positive number of watts
energy-error-no-rapl = no RAPL zone under `{ $root }` (no `intel-rapl:N` directory)
energy-error-cannot-read = cannot read `{ $path }`: { $reason }
energy-error-rapl-malformed = `{ $path }` should hold a whole number of microjoules, not `{ $content }`
energy-error-proc-malformed = `{ $path }` line { $line }: { $reason }
energy-proc-no-cpu-line = no `cpu` line
energy-proc-cpu-not-ticks = the `cpu` line should hold whole numbers of ticks
energy-proc-cpu-too-short = the `cpu` line should hold at least user, nice, system and idle
energy-proc-no-parenthesis = no `)` after the command name
energy-proc-field-not-ticks = field { $field } is not a number of ticks
energy-proc-no-processor = no `processor` entry
energy-hint-no-rapl = RAPL is not exposed here (most virtual machines and non-Linux systems); sero uses the TDP model instead, or point SERO_POWERCAP_ROOT at a powercap tree
energy-hint-rapl-permission = since 2020 (CVE-2020-8694) `energy_uj` is readable by root only on most kernels: run as root, or grant read access with `sudo chmod a+r /sys/class/powercap/intel-rapl:*/energy_uj`
energy-hint-rapl-malformed = the powercap tree is not what Linux writes; check SERO_POWERCAP_ROOT
energy-hint-proc = sero energy reads CPU time from /proc and runs on Linux only
energy-hint-spawn = check the command's name and that it is on PATH; everything after `--` is run as given
energy-hint-tdp = give the processor's TDP in watts, such as `--tdp 65`
energy-warning-modelled = energy MODELLED from the processor's TDP and the command's CPU time (CodeCarbon's constant model): not a measurement, because RAPL could not be read
energy-warning-tdp-ignored = --tdp is ignored: RAPL was readable, so the energy is measured
energy-warning-no-cpu-time = the command used less CPU time than /proc counts (10 ms), so its energy shows as 0
energy-warning-share-clamped = the command's CPU time exceeded the machine's over the run (rounding of /proc ticks); its share is capped at 100%
energy-assumed-tdp-per-thread = assumed: TDP { $tdp } W for `{ $model }` ({ $cpus } logical CPUs × { $value } { $unit }), { $source }; sero has no TDP for this model: give it with --tdp
energy-assumed-tdp-default = assumed: TDP { $value } { $unit }, { $source }; /proc/cpuinfo names no model: give the TDP with --tdp
energy-assumed-tdp-fraction = assumed: average power = { $value } × TDP × the command's share of the logical CPUs, { $source }
energy-why-not-measured = { $error } ({ $hint })
energy-title = Energy used by: { $command }
energy-row-exit = exit
energy-row-duration = duration
energy-row-cpu-time = CPU time
energy-row-method = method
energy-row-energy = energy
energy-row-machine = whole machine
energy-row-emissions = emissions
energy-exit-code = code { $code }
energy-exit-signal = killed by signal { $signal }
energy-seconds = { $seconds } s
energy-cpu-time = { $total } s ({ $user } user, { $system } system)
energy-method-measured = MEASURED by RAPL, the command's share by CPU time ({ $zones }; { $share } of the machine's CPU time)
energy-tdp-given = from --tdp
energy-tdp-assumed = assumed
energy-method-modelled = MODELLED, not measured: 50% of TDP × CPU time (TDP { $tdp } W { $source }, { $cpus } logical CPUs)
energy-method-modelled-cpu = MODELLED, not measured: 50% of TDP × CPU time (TDP { $tdp } W { $source }, { $cpus } logical CPUs, { $model })
energy-joules = { $joules } J = { $kwh } kWh
energy-machine = { $joules } J over { $cpu } s of CPU time on all CPUs ({ $busy } s busy)
energy-machine-with-wraps = { $machine }; { $wraps ->
    [one] { $wraps } counter wrap corrected
   *[other] { $wraps } counter wraps corrected
}
energy-emissions = { $mass } (grid { $grid }, location-based)
energy-factors = Factors
energy-factor = { $factor } = { $value } { $unit } — { $publisher }, { $title } ({ $edition }), { $url }
energy-assumptions = Assumptions
energy-warnings = Warnings
energy-why-model = RAPL not used: { $why }
prometheus-error-at = error: { $source }:{ $line }:{ $column }: { $error }
prometheus-hint-syntax = the file should be Prometheus text exposition (format 0.0.4), as an exporter's /metrics serves it
prometheus-error-expected = expected { $what }
prometheus-what-metric = a metric name
prometheus-what-metric-after-comment = a metric name after `# HELP` or `# TYPE`
prometheus-what-label = a label name or `{"}"}`
prometheus-error-unterminated-label = unterminated label value (missing `"`)
prometheus-error-invalid-escape = invalid escape in a label value (only \\, \" and \n)
prometheus-error-second-help = a second `# HELP` for `{ $name }` that differs from the first
prometheus-error-unknown-type = unknown metric type `{ $kind }` (counter, gauge, histogram, summary or untyped)
prometheus-error-second-type = a second `# TYPE` for `{ $name }` that differs from the first
prometheus-error-type-after-samples = `# TYPE` for `{ $name }` after its samples (it must come first)
prometheus-error-label-twice = label `{ $label }` appears twice
prometheus-error-expected-equals = expected `=` after label `{ $label }`
prometheus-error-unquoted-value = a label value must be in double quotes
prometheus-error-expected-comma = expected `,` or `{"}"}` after a label value
prometheus-error-no-value = `{ $name }` has no value
prometheus-error-not-a-number = `{ $value }` is not a number (a float, NaN, +Inf or -Inf)
prometheus-error-not-a-timestamp = `{ $value }` is not a timestamp (whole milliseconds since 1970)
prometheus-error-after-timestamp = unexpected text after the timestamp
prometheus-error-unreachable = cannot reach `{ $url }`: { $reason }
prometheus-error-status = `{ $url }` answered with HTTP status { $status }
prometheus-error-not-text = `{ $url }` did not send UTF-8 text
prometheus-hint-fetch = check the exporter's address (Scaphandre serves :8080/metrics, Kepler :28282/metrics) and that it is running
prometheus-error-seconds = { $flag } { $value }: give a number of seconds, 0 or more
prometheus-hint-seconds = such as `{ $flag } 15`
prometheus-error-interval = --interval { $value }: the time between two scrapes must be more than 0 seconds
prometheus-hint-interval = such as `--interval 15`
prometheus-error-no-scrapes = --scrapes 0: a URL must be scraped at least once
prometheus-hint-scrapes = two scrapes give one interval
prometheus-error-cannot-read = cannot read `{ $source }`: { $error }
prometheus-hint-source = give exposition files or http(s):// URLs of exporters
prometheus-error-activity-needs-metric = --activity needs --metric
prometheus-hint-activity = choose the metrics to write with --metric: node and per-workload metrics (host and process, node and container) cover the same energy, so writing them all would count it twice
prometheus-hint-time = give --interval SECONDS (the time between the files' scrapes), or files whose samples carry timestamps
prometheus-hint-metric = energy metrics end in _joules_total or _microjoules, power metrics in _watts or _microwatts (scaph_host_energy_microjoules, kepler_node_cpu_joules_total…)
prometheus-hint-order = give the scrapes in the order they were taken, each series once per scrape
prometheus-error-not-energy = metric `{ $metric }` is not an energy or power metric (its name ends in none of _joules_total, _microjoules, _watts, _microwatts)
prometheus-error-metric-not-found = no sample of `{ $metric }` in the input
prometheus-error-no-metric = no sample of any Scaphandre or Kepler energy or power metric in the input
prometheus-error-time-order = { $source } line { $line }: `{ $series }` goes back in time ({ $time } ms after { $previous } ms)
prometheus-error-duplicate = { $source } line { $line }: `{ $series }` is sampled twice at the same time (or twice without a timestamp in one scrape)
prometheus-error-no-time = `{ $series }` is a power gauge and its samples have no time, so its energy cannot be worked out
prometheus-error-mixed-time = { $source } line { $line }: `{ $series }` has a sample with a timestamp and one without
prometheus-warning-declared-type = { $source }: `{ $name }` is declared { $kind } but its name says { $quantity }; read by its name
prometheus-quantity-energy = an energy counter
prometheus-quantity-power = a power gauge
prometheus-warning-not-finite = { $source } line { $line }: `{ $series }` is { $value } here; the interval is left out
prometheus-warning-gauge-no-time = `{ $series }` is a power gauge and its samples have no time: left out (give the time between scrapes, or name it to make this an error)
prometheus-warning-reset = { $source } line { $line }: `{ $series }` went down from { $from } to { $to }: the counter was reset, and the interval counts from zero
prometheus-warning-single-sample = `{ $series }` has one sample only: no interval, so no energy (scrape it again later)
prometheus-warning-single-samples = { $count } series have one sample only: no interval, so no energy (scrape again later); the first: `{ $first }`
prometheus-title = Energy from Prometheus metrics: { $scrapes ->
    [one] { $scrapes } scrape
   *[other] { $scrapes } scrapes
} ({ $sources })
prometheus-series-counter = { $metric } (energy counter in { $unit })
prometheus-series-gauge = { $metric } (power gauge in { $unit })
prometheus-column-from = from
prometheus-column-to = to
prometheus-column-metric = metric
prometheus-column-zone = zone
prometheus-column-series = series
prometheus-more-intervals = … { $count } more intervals (all of them with --format json)
prometheus-total = Total
prometheus-totals = Totals per metric (never add metrics together: node and per-workload metrics overlap)
prometheus-warnings = Warnings




## sero import cloud
# Messages of this section start `cloud-`.

cloud-error = error: { $error }
cloud-hint = = hint: { $hint }
cloud-error-unknown-dimension = --group-by: unknown dimension `{ $dimension }`
cloud-error-dimension-twice = --group-by: `{ $dimension }` is given twice
cloud-error-too-many-dimensions = --group-by: at most { $max } dimensions
cloud-hint-group-by = dimensions: day, month, account, region, service, class, usage_type, tag:NAME (for example `--group-by day,service,tag:service`)
cloud-error-sql-tag = --group-by tag:{ $tag }: the query can only use tag names of letters, digits and `_`
cloud-hint-sql-tag = Athena names tag columns `resource_tags_user_<name>`
cloud-error-duckdb-labels = --dialect duckdb: Google labels (`tag:`) are only in the BigQuery dialect
cloud-hint-duckdb-labels = drop the `tag:` dimensions, or use `--dialect native`
cloud-error-no-file = no billing file given
cloud-hint-file = give a billing export: an AWS Cost and Usage Report, an Azure cost export or a Google Cloud billing export (CSV, CSV.gz or Parquet), or the result of `sero import cloud --sql athena|bigquery`
cloud-error-malformed = { $file }: { $malformed ->
    [one] { $malformed } malformed line
   *[other] { $malformed } malformed lines
} (of { $read } read)
cloud-malformed-more = … and { $count } more
cloud-hint-malformed = fix these lines, or add `--keep-going` to estimate the rest and list them in the summary
cloud-hint-stopped = stopped at --max-errors; fix the file, or raise the limit
cloud-error-cannot-write = cannot write `{ $file }`: { $error }
cloud-error-cannot-read = cannot read `{ $file }`: { $error }
cloud-error-in-file = { $file }: { $error }
cloud-malformed-at-column = { $file }:{ $line }: column `{ $column }`: { $reason }
cloud-malformed-at-line = { $file }:{ $line }: { $reason }
cloud-title = { $file } — { $format } ({ $provider })
cloud-column-grid = grid
cloud-column-operational = operational { $unit }
cloud-column-embodied = embodied { $unit }
cloud-column-cost = cost
cloud-column-lines = lines
cloud-total = total
cloud-lines = lines: { $read } read, { $used } used, { $not_usage } not usage (credits, tax, rounding; cost { $not_usage_cost }), { $excluded } outside Cloud Carbon Footprint's boundary (cost { $excluded_cost })
cloud-unknown = not classified: { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}, cost { $cost }, estimated at { $kwh } kWh by { $method }
cloud-unknown-types = usage types: { $types }
cloud-unestimated = not estimated (no known usage to take a ratio from): { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}, cost { $cost }
cloud-assumed = assumed ({ $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}): { $assumption }
cloud-assumed-regions = assumed: no Cloud Carbon Footprint grid factor for { $regions }; the provider's average used
cloud-malformed-left-out = malformed: { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}, left out
cloud-method-cost = kWh per unit of cost of known usage (same service and unit, else same unit, else all known usage) × the line's cost, as Cloud Carbon Footprint does for AWS and Google Cloud
cloud-method-amount = kWh per unit of usage amount of known usage (same service and unit, else same unit, else all known usage) × the line's amount, as Cloud Carbon Footprint does for Azure
cloud-format-aws-cur = AWS Cost and Usage Report (legacy CSV columns)
cloud-format-aws-cur2 = AWS Cost and Usage Report (CUR 2.0 / Athena columns)
cloud-format-azure = Azure cost export
cloud-format-gcp = Google Cloud billing export
cloud-format-query-result = result of sero's aggregation query
cloud-error-missing-column = this looks like an { $format }, but it has no `{ $column }` column
cloud-error-unknown-format = the header is not one of a billing export sero reads (it starts `{ $header }`); expected an AWS Cost and Usage Report (`lineItem/UsageStartDate` or `line_item_usage_start_date`), an Azure cost export (`MeterCategory`), a Google Cloud billing export (`usage_start_time`), or the result of `sero import cloud --sql` (`usage_amount`, `usage_unit`)
cloud-error-short-record = the line has { $found } fields, the header { $expected }: a column is missing
cloud-error-not-a-number = `{ $value }` is not a number
cloud-error-negative = the usage amount `{ $value }` is negative
cloud-error-bad-date = `{ $value }` is not a date (expected `YYYY-MM-DD…` or `MM/DD/YYYY`)
cloud-error-bad-provider = provider `{ $value }` is not `aws`, `azure` or `gcp`
cloud-error-mixed-providers = this line is { $provider }'s, but earlier lines were another provider's: give one provider's result per file
cloud-error-csv = the CSV cannot be read here ({ $detail })
cloud-error-too-many-dims = at most { $max } group-by dimensions
cloud-error-parquet = the Parquet file cannot be read ({ $detail })
cloud-assumed-fallback-watts = { $why }: { $min }–{ $max } W per vCPU ({ $provider } average), no embodied share
cloud-why-vcpu-hours = `{ $usage_type }` in vCPU-hours
cloud-why-no-instance-type = `{ $usage_type }`: no instance type
cloud-why-unknown-instance = instance type `{ $name }` is not in the bundled table
cloud-assumed-unknown-instance-by-cost = instance type `{ $name }` is not in the bundled table and the bill gives no vCPUs: estimated from cost
cloud-why-vm-size = VM size `{ $meter }`: { $vcpus } vCPUs read from the size name
cloud-why-no-machine-type = `{ $sku }`: machine type not in the bill




## sero import inventory: reports and row errors
# Messages of this section start `inventory-`.

inventory-title = IT estate: annual emissions ({ $file }, one year)
inventory-note = note: { $note }
inventory-summary = The estate emits { $total } a year and uses { $kwh } kWh of electricity, from { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
} of the inventory.
inventory-rows-in = Each line of the inventory, emissions in { $unit }:
inventory-column-line = line
inventory-column-asset = asset
inventory-column-count = count
inventory-column-model = sero model
inventory-column-embodied = embodied
inventory-column-operational = operational
inventory-column-end-of-life = end of life
inventory-column-total = total
inventory-column-category = category
inventory-column-class = class
inventory-column-units = units
inventory-column-route = route
inventory-column-mass = mass kg
inventory-column-without-mass = units without mass
inventory-total = Total
inventory-by-tcs = Tech Carbon Standard categories (schema v0.1.0)
inventory-by-ggc = Greening Government ICT asset classes
inventory-e-waste = E-waste this year
inventory-assumptions = Assumptions
inventory-warnings = Warnings
inventory-sources = Sources
inventory-source-factor = { $factor }: { $value } { $unit }, { $description }
inventory-uncovered = Not covered by an inventory: software, foundation models, content and data, generators, offsite use of staff devices, managed services and every downstream category (customers' devices and networks).
inventory-error-cannot-read = error: cannot read `{ $file }`: { $error }
    {"  "}= hint: check the path of the inventory CSV
inventory-error-cannot-write = error: cannot write `{ $file }`: { $error }
    {"  "}= hint: check that the directory exists and is writable
inventory-error-at-cell = error: { $file }, line { $line }, column `{ $column }`: { $message }
inventory-error-at-line = error: { $file }, line { $line }: { $message }
inventory-hint-line = = hint: { $hint }
inventory-refused = { $problems ->
    [one] { $problems } problem found; nothing was estimated or written
   *[other] { $problems } problems found; nothing was estimated or written
}
inventory-error-unclosed-quote = a quoted field starting on this line is never closed
inventory-hint-unclosed-quote = close the field with `"`; write a quote inside a quoted field as `""`
inventory-error-empty = the file is empty: an inventory needs a header line and rows
inventory-error-no-rows = the inventory has a header but no rows
inventory-hint-duplicate-column = keep one column of each name
inventory-hint-field-count = every row needs one cell per header column (leave a cell empty between commas); quote a cell that holds a comma
inventory-error-empty-asset = the `asset` cell is empty
inventory-hint-number = write a plain number such as `1200` or `0.5`, without units or thousands separators
inventory-hint-negative = counts, hours, power, mass and energy cannot be negative
inventory-hint-whole = counts of units are whole numbers
inventory-hint-location = give an ISO 3166-1 alpha-3 country code such as `GBR` (DESNZ factors) or `IRL` (Ember annual average), or a grid intensity in gCO2e/kWh
inventory-error-service-needs-kwh = a cloud or SaaS line needs its annual electricity
inventory-error-empty-count = no count is given for this line
inventory-hint-empty-count = give the number of units in use (0 for a line that only records disposals)
inventory-error-route-needed = units are disposed but the disposal route is not given
inventory-error-mass-without-count = a disposed mass is given without a number of units disposed
inventory-hint-mass-without-count = give `disposed` (units disposed this year) with `disposed_kg` (their total mass)
inventory-hint-hours = a year has at most 8,784 hours
inventory-error-zero-life = a life of 0 years cannot spread embodied emissions
inventory-hint-zero-life = give the years the units are kept in service, or leave the cell empty for the archetype's life
inventory-error-pue-below-one = a power usage effectiveness below 1 is impossible
inventory-hint-pue = PUE is total facility energy over IT energy: 1 or more (1.58 is the Technology Carbon Estimator's on-premise figure)
inventory-hint-model-refused = check the row's numbers and location
inventory-hint-missing-factor = the factor library lacks this figure; add it with a factors file or give the column
inventory-hint-header = the header names columns from: { $columns }
inventory-error-duplicate-column = column `{ $column }` appears twice
inventory-error-unknown-column = unknown column `{ $column }`
inventory-hint-did-you-mean = did you mean `{ $name }`?
inventory-error-missing-column = the header has no `{ $column }` column
inventory-error-field-count = the row has { $cells ->
    [one] { $cells } cell
   *[other] { $cells } cells
}, the header { $columns }
inventory-hint-assets = asset types: { $assets }
inventory-hint-asset-did-you-mean = did you mean `{ $name }`? (asset types: { $assets })
inventory-error-unknown-asset = unknown asset `{ $asset }`
inventory-error-unknown-choice = `{ $value }` is not one of the choices
inventory-hint-choices = expected one of: { $choices }
inventory-error-not-a-number = `{ $value }` is not a number
inventory-error-negative = `{ $value }` is negative
inventory-error-not-whole = `{ $value }` is not a whole number
inventory-error-bad-location = `{ $value }` is neither a country code nor a grid intensity
inventory-error-not-for-asset = `{ $column }` does not apply to a `{ $asset }` line
inventory-hint-not-for-service = a cloud or SaaS line takes `annual_kwh`, `annual_cost`, `location` and `model`; hardware columns describe equipment the organisation owns
inventory-hint-not-for-hardware = `annual_kwh` and `annual_cost` are for cloud and SaaS lines; `hosting` for servers and storage; `pue` for servers, storage, network devices and printers
inventory-error-hosting-conflict = a `{ $asset }` line cannot be hosted `{ $hosting }`
inventory-hint-service-kwh = give `annual_kwh` from the supplier's carbon or energy report, or from `sero import cloud` for cloud bills
inventory-hint-service-kwh-not-cost = give `annual_kwh` from the supplier's carbon or energy report, or from `sero import cloud` for cloud bills; sero bundles no published factor that turns spend on cloud or SaaS into energy, so `annual_cost` alone is not converted
inventory-error-no-archetype = no published archetype gives a `{ $asset }`'s `{ $column }`
inventory-hint-no-archetype = give `{ $column }` from the maker's data sheet or product carbon footprint; sero does not invent it
inventory-error-too-many-hours = { $hours } hours a year is more than a year has
inventory-error-model-refused = the `{ $model }` model refused the row: { $error }
inventory-error-missing-factor = factor `{ $factor }` in { $unit } is not in the factor library




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


