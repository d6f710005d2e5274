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

compare-title = { $service } — channels compared per { $unit }
compare-column-per-transaction = { $mass } per { $unit }
compare-column-period = { $mass } in the period
compare-made-of = What each channel is made of ({ $mass } per { $unit })
compare-not-modelled = ·
compare-not-applicable = n/a
compare-legend = (· not modelled; n/a declared not applicable)
compare-summary = In short
compare-contrast-same = One { $unit } by “{ $channel }” emits about as much as one by “{ $baseline }”.
compare-contrast-more = One { $unit } by “{ $channel }” emits about { $ratio } times as much as one by “{ $baseline }”.
compare-contrast-less = One { $unit } by “{ $channel }” emits about { $percent }% of what one by “{ $baseline }” emits.
compare-contrast-incomparable = One { $unit } by “{ $channel }” emits incomparably more than one by “{ $baseline }”, which emits nothing.
compare-difference-one = The difference is mostly { $first }.
compare-difference-two = The difference is mostly { $first } and { $second }.
compare-difference-three = The difference is mostly { $first }, { $second } and { $third }.
compare-boundary = Boundaries
compare-boundary-ok = Every channel includes the same elements (or declares them not applicable).
compare-gap = Warning: “{ $channel }” leaves out { $element }, which { $others } { $count ->
    [one] includes
   *[other] include
}: model it, or declare it `not_applicable` to the channel.
compare-scenarios = Scenarios
compare-column-element = element
compare-column-shift = shift
compare-column-moved = transactions moved
compare-column-before = { $mass } before
compare-column-after = { $mass } after
compare-column-saving = saving { $mass }
compare-all-shifts = all shifts together
compare-chart-title = { $service }: { $mass } per { $unit }, by channel
compare-chart-unit = { $mass } per { $unit }
compare-chart-written = chart written to { $path }
compare-shift-error = error: --shift { $shift }: { $reason }
compare-hint = = hint: { $hint }
compare-shift-no-equals = no `=`
compare-shift-no-colon = no `:` between the channels
compare-shift-unknown-channel = unknown channel `{ $channel }`
compare-shift-hint-form = write FROM:TO=PERCENT with channel ids, for example `--shift paper:online=25%`
compare-shift-hint-did-you-mean = did you mean `{ $suggestion }`?
compare-shift-hint-channels = the channels are: { $channels }
compare-chart-not-written = error: cannot write the chart to `{ $path }`: { $reason }




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

html-totals = Totals
html-column-part = part
html-chart-hotspots = The largest parts of the footprint ({ $mass })
html-chart-channels = Each channel per { $unit } ({ $mass })
html-chart-bar = { $label }: { $value }
html-chart-description = A bar chart, one bar each: { $bars }.
html-channels = Channels
html-accounting-refused = error: time-series accounting is shown in the table and JSON reports, not yet in HTML
    {"  "}= hint: use `--format json`, or `--accounting location` for HTML


