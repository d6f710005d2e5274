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
warning-named-component-not-estimated = “{ $name }” (`{ $component }`) was not estimated: { $error }
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

manifest-error = error: { $message }
manifest-note = note: { $note }
manifest-hint = hint: { $hint }
manifest-did-you-mean = did you mean `{ $suggestion }`?
manifest-one-of = expected one of { $names }
manifest-what-key = `{ $key }`
manifest-found = found { $kind }
manifest-kind-mapping = a mapping
manifest-kind-list = a list
manifest-kind-null = nothing (null)
manifest-kind-bool = true or false
manifest-kind-number = a number
manifest-kind-integer = an integer
manifest-kind-text = text
manifest-must-be-mapping = { $what } must be a mapping of keys to values
manifest-must-be-list = { $what } must be a list
manifest-unknown-key = unknown key `{ $key }` in { $what }
manifest-unknown-key-label = not a known key here
manifest-keys-of = the keys of { $what } are: { $keys }
manifest-missing-key = { $what } is missing `{ $key }`
manifest-missing-key-label = `{ $key }` is required here
manifest-empty = { $what } is empty
manifest-must-be-text = { $what } must be text
manifest-must-be-finite = { $what } must be a finite number
manifest-not-finite-label = not a number (NaN or infinite)
manifest-must-be-number = { $what } must be a number
manifest-must-be-boolean = { $what } must be `true` or `false`
manifest-too-large = the file is too large ({ $bytes } bytes); manifests may be at most 16 MiB
manifest-too-large-hint = split the manifest into several smaller files
manifest-duplicate-key = duplicate key `{ $key }`
manifest-duplicate-key-label = this key was already used in this mapping
manifest-first-defined = `{ $key }` was first defined here
manifest-too-deep = the document is nested too deeply (more than { $levels } levels)
manifest-invalid-syntax = invalid { $format }: { $detail }
manifest-invalid-syntax-hint = check the indentation above this point (spaces, not tabs), and that every quote, `[` and `{"{"}` is closed
manifest-second-document = a manifest must contain a single document
manifest-second-document-label = a second document starts here
manifest-second-document-hint = split the documents into separate files
manifest-yaml-only = { $what ->
    [aliases] aliases
   *[other] anchors and tags
} are YAML syntax and are not allowed in JSON
manifest-yaml-only-hint = rename the file to .yaml to use YAML features
manifest-json-key-quotes = JSON object keys must be double-quoted
manifest-json-key-quotes-label = not a JSON string
manifest-complex-key = mapping keys must be plain text, not a mapping or a list
manifest-json-block = this is YAML block syntax, not JSON
manifest-json-object-hint = JSON objects are written `{"{"} "key": value, ... {"}"}`
manifest-json-array-hint = JSON arrays are written `[ value, ... ]`
manifest-tag-not-on = the tag `{ $tag }` cannot be used on { $kind }
manifest-remove-tag = remove the tag
manifest-alias-key = an alias cannot be used as a mapping key
manifest-recursive-alias = this alias refers to the mapping or list that contains it
manifest-recursive-alias-label = recursive alias
manifest-alias-expansion = too many nodes (alias expansion)
manifest-alias-expansion-label = expanding this alias goes over the limit
manifest-alias-expansion-note = aliases may add at most { $count } values to a document
manifest-json-value = not a valid JSON value
manifest-json-value-label = JSON text must be in double quotes
manifest-json-value-hint = JSON values are "text", numbers, true, false or null
manifest-tagged-not = `{ $value }` is not { $kind }
manifest-tagged-label = tagged `{ $tag }`
manifest-unsupported-tag = unsupported YAML tag `{ $tag }`
manifest-unsupported-tag-remove-hint = remove the tag; only !!str, !!int, !!float, !!bool and !!null are understood
manifest-unsupported-tag-hint = only !!str, !!int, !!float, !!bool and !!null are understood
manifest-tag-not-on-scalar = the tag `{ $tag }` cannot be used on a single value
manifest-integer-out-of-range = this integer is out of range
manifest-integer-out-of-range-note = TOML integers must fit in 64 bits
manifest-invalid-number = this is not a valid number
manifest-verbatim = { $text }
manifest-what-manifest = the manifest
manifest-what-version = `sero` (the manifest format version)
manifest-what-service = the service
manifest-what-service-name = the service's `name`
manifest-what-channel = a channel
manifest-what-channel-key = a channel `{ $key }`
manifest-what-not-applicable = an element in `not_applicable`
manifest-what-component = a component
manifest-what-component-key = a component `{ $key }`
manifest-what-group = group `{ $id }`
manifest-what-share-of = the share of `{ $key }`
manifest-what-input = input `{ $input }`
manifest-what-point = a point
manifest-what-point-utilisation = a point's utilisation
manifest-what-point-power = a point's power
manifest-what-activity-file = an activity file
manifest-what-activity-version = `sero_activity` (the activity format version)
manifest-what-file-model = the file's `model`
manifest-what-row = a row
manifest-what-row-model = the row's `model`
manifest-what-row-figure = `{ $key }` (a figure beside the row's inputs)
manifest-what-journey-file = the journey file
manifest-what-journey-version = `sero` (the journey format version)
manifest-what-journey-name = the journey's name (`journey`)
manifest-what-step = a step
manifest-what-step-name = a step's `name`
manifest-what-selector = `{ $key }` (a CSS selector)
manifest-what-fill-key = `fill`'s `{ $key }`
manifest-what-factor-file = a factor file
manifest-what-source = a source
manifest-what-spread-class = a spread class
manifest-what-factor = a factor
manifest-what-tag = a tag
manifest-dimension = { $dimension ->
    [energy] energy
    [power] power
    [data] data size
    [duration] time
    [emissions] emissions
    [intensity] carbon intensity
    [ratio] a fraction
    [count] a plain number
    [money] money
    [length] distance
    [mass] mass
    [energy-per-data] energy per data
    [emissions-per-money] emissions per pound
    [usage-per-year] hours of use a year
    [emissions-per-hour] emissions per hour
    [emissions-per-mass] emissions per mass
   *[emissions-per-distance] emissions per distance
}
manifest-quantity-not-a-number = `{ $value }` is not a number
manifest-quantity-not-finite = the value is not a finite number
manifest-quantity-unknown-unit = unknown unit `{ $unit }` (expected a unit of { $dimension }: { $units })
manifest-quantity-wrong-dimension = `{ $unit }` is a unit of { $found }, but this takes { $dimension } ({ $units })
manifest-empty-manifest = the manifest is empty
manifest-empty-manifest-hint = `sero init` writes a commented starter manifest
manifest-version-unsupported = manifest format version `{ $version }` is not supported
manifest-version-hint = this sero reads version 1
manifest-not-a-date = { $what } `{ $value }` is not a date
manifest-date-hint = write dates as YYYY-MM-DD, for example 2025-04-01
manifest-period-backwards = the period ends ({ $end }) before it starts ({ $start })
manifest-no-channels = the service has no channels
manifest-no-channels-hint = add at least one, for example `- {"{"}id: online, transactions: 1000{"}"}`
manifest-duplicate-channel = duplicate channel id `{ $id }`
manifest-first-used = first used here
manifest-negative-transactions = `transactions` cannot be negative (found { $value })
manifest-negative-transactions-hint = give the number of transactions in the period through this channel
manifest-unknown-element = { $what }: unknown element `{ $value }`
manifest-elements-are = the elements are: { $elements }
manifest-value-reason = { $what }: { $reason }
manifest-unit-did-you-mean = did you mean `{ $suggestion }`? (units are case-sensitive)
manifest-fraction-hint = write a fraction such as 0.4, or a percentage such as 40%
manifest-unit-hint = write a number, or a number and a unit such as `12 { $unit }`
manifest-no-components = { $what } has no components
manifest-no-components-hint = a service needs at least one component; `sero init` shows examples
manifest-id-slash = component id `{ $id }` contains `/`
manifest-id-slash-hint = `/` separates ids in paths; use `-` instead
manifest-duplicate-component = duplicate component id `{ $id }`
manifest-duplicate-component-hint = every component needs its own id, even in different groups
manifest-channel-in-allocation = a component inside a group with an `allocation` cannot have its own `channel`
manifest-channel-in-allocation-hint = the group's `allocation` splits everything in it between channels; move this component out of the group, or drop the allocation
manifest-unknown-channel = unknown channel `{ $channel }`
manifest-channels-are = the channels are: { $channels }
manifest-unknown-basis = unknown basis `{ $basis }`
manifest-unknown-basis-hint = `period`: the inputs describe the whole period; `transaction`: one transaction, multiplied by the channel's volume
manifest-not-a-scope = `{ $value }` is not a GHG Protocol scope
manifest-scope-hint = write `1`, `2`, or `3.N` with a Scope 3 category N from 1 to 15 (for example `3.1`)
manifest-model-and-components = component `{ $id }` has both `model` and `components`
manifest-model-and-components-hint = a component is either a leaf with a model, or a group of components
manifest-group-inputs = group `{ $id }` has `inputs`, but only a component with a `model` takes inputs
manifest-neither-model-nor-components = component `{ $id }` has neither `model` nor `components`
manifest-neither-model-nor-components-hint = add `model: <name>` with its `inputs` (`sero models` lists them), or `components:` for a group
manifest-share-out-of-range = { $what } must be between 0% and 100% (found { $percent }%)
manifest-share-hint = a share is a fraction such as 0.4 or a percentage such as 40%
manifest-allocation-in-channel = a component in a `channel` (its own or its group's) cannot also have an `allocation`
manifest-allocation-in-channel-hint = `channel` puts all of it in one channel; `allocation` splits it between several
manifest-unknown-allocation-channel = unknown channel `{ $channel }` in `allocation`
manifest-allocation-sum = the allocation adds up to { $percent }%, not 100%
manifest-unknown-model = unknown model `{ $model }`
manifest-models-are = the models are: { $models } (`sero models` describes them)
manifest-no-such-input = model `{ $model }` has no input `{ $input }`
manifest-no-such-input-label = unknown input
manifest-inputs-are = its inputs are: { $inputs }
manifest-bytes-and-measured = give `bytes` or `measured`, not both
manifest-bytes-and-measured-hint = `measured` sets `bytes` to the bytes in the file
manifest-energy-and-series = give `energy` or `series`, not both
manifest-energy-and-series-hint = `series` sets `energy` to the total of the file
manifest-needs-input = model `{ $model }` needs input `{ $input }`
manifest-input-missing-label = `{ $input }` is missing
manifest-an-input-missing-label = an input is missing
manifest-inputs-conflict-label = these inputs do not go together
manifest-model-error = model `{ $model }`: { $error }
manifest-models-describes = `sero models { $model }` describes its inputs
manifest-input-described = `{ $input }` of model `{ $model }`: { $doc }
manifest-input-described-with-unit = `{ $input }` ({ $unit }) of model `{ $model }`: { $doc }
manifest-cannot-read = cannot read `{ $path }`: { $error }
manifest-measured-path-hint = the path is relative to the manifest; write the file with `sero journey … --format json --output FILE`
manifest-relative-path-hint = the path is relative to the manifest
manifest-not-json = `{ $path }` is not JSON: { $error }
manifest-not-measured = `{ $path }` is not a result of `sero journey` or `sero page`
manifest-not-measured-hint = it needs `total.transfer_bytes` (journey) or `pages[].transfer_bytes` (page)
manifest-bad-series = `{ $path }` { $error }
manifest-series-hint = a series has rows `from,kwh` or `from,to,kwh`, times such as `2025-04-01T00:00Z`, half-hourly or hourly
manifest-not-a-value = { $what }: `{ $value }` is not one of its values
manifest-unknown-factor = unknown factor `{ $factor }`
manifest-unknown-factor-hint = `sero factors` lists the factors; add your own with `--factors FILE`
manifest-negative-intensity = { $what }: a grid intensity cannot be negative
manifest-must-be-grid = { $what } must be a grid intensity or a country code
manifest-grid-hint = `grid` takes `GBR`, `GB-WALES`, `GB-REGION-7`, a cloud region such as `cloud:aws:eu-west-2`, an ISO 3166-1 alpha-3 code, or gCO2e/kWh
manifest-not-grid-or-country = `{ $value }` is neither a grid intensity nor a known country code
manifest-not-grid-or-country-hint = give gCO2e/kWh (`212 gCO2e/kWh`) or an ISO 3166-1 alpha-3 code such as `GBR`, `IRL`, `FRA` (`sero factors grid/ember` lists them)
manifest-not-a-choice = { $what }: `{ $key }` is not one of its choices
manifest-choices-are = the choices are: { $choices }
manifest-share-between = { $what } must be between 0% and 100%
manifest-shares-sum = { $what } adds up to { $percent }%, not 100%
manifest-shares-sum-hint = the shares must cover every trip: add the missing mode, or correct the figures
manifest-point-pair = a point must be a pair `[utilisation, watts]`
manifest-point-range = a point needs utilisation 0–1 (or 0%–100%) and power ≥ 0 W
manifest-no-points = { $what } has no points
manifest-not-whole = input `{ $input }` must be a whole number (found { $value })
manifest-below-minimum = input `{ $input }` must be at least { $min } (found { $value })
manifest-above-maximum = input `{ $input }` must be at most { $max } (found { $value })
manifest-negative-label = negative
manifest-too-small-label = too small
manifest-too-large-label = too large
manifest-fraction-range-hint = a fraction is 0–1; write a percentage with `%`, such as `25%`
manifest-not-activity-file = this is not an activity file
manifest-not-activity-file-label = it has no `sero_activity`
manifest-activity-version-unsupported = activity format version `{ $version }` is not supported
manifest-activity-version-hint = this sero reads version { $version }
manifest-label-must-be-text = the label `{ $label }` must be text
manifest-row-not-a-scope = `scope`: `{ $value }` is not a GHG Protocol scope
manifest-row-scope-hint = write `scope-1`, `scope-2` or `scope-3-cat-N` with a category N from 1 to 15
manifest-row-input-kind = input `{ $input }` must be a number, text or true/false
manifest-row-input-kind-hint = write a quantity as text with its unit, such as `12.5 kWh`
manifest-row-keys-hint = a row's keys are { $keys } and figures (numbers) for people
manifest-activity-write-hint = write it with `sero import cloud FILE --activity usage.json` (or the inventory, prometheus or energy import); the path is relative to the manifest
manifest-where-without-from = component `{ $id }` has `where` without `from`
manifest-where-without-from-hint = `where` filters the rows of the activity file named by `from`
manifest-from-and-key = component `{ $id }` has both `from` and `{ $key }`
manifest-from-and-key-hint = a component with `from` takes its inputs from the activity file; filter its rows with `where`
manifest-cannot-read-activity = cannot read activity file `{ $path }`: { $error }
manifest-unreadable-activity = `{ $path }` is not a readable activity file: { $location }
manifest-activity-error-note = { $location }: { $message }
manifest-where-value = `where`: the value of `{ $key }` must be text or a number
manifest-row-error = `{ $path }`, row { $row }: { $message }
manifest-row-no-model = the row has no `model` (nor has the file)
manifest-model-mismatch = `model: { $wanted }` does not match the activity rows, which are `{ $model }` (`{ $path }`, row { $row })
manifest-model-mismatch-hint = leave `model` out: the rows say which model they use
manifest-models-listed-hint = `sero models` lists the models this sero knows
manifest-below-its-minimum = { $value } is below its minimum
manifest-no-rows = `{ $path }` has no rows
manifest-no-row-matches = no row of `{ $path }` matches this `where`
manifest-no-label-hint = no row has the label `{ $key }`; group the import by it (for example `--group-by { $key }`)
manifest-label-values-hint = `{ $key }` takes the values { $values }
manifest-rows-missing-input = the rows of `{ $path }` for model `{ $model }` have no input `{ $input }`
manifest-rows-model-error = model `{ $model }` (from `{ $path }`): { $error }
manifest-expected-quantity = expected a quantity, found `{ $value }`
manifest-value-not-one-of = `{ $value }` is not one of { $choices }
manifest-unexpected-value = unexpected value `{ $value }`
manifest-child-id-used = component id `{ $id }` is already used
manifest-child-id-used-hint = the rows of `{ $id }` become `{ $id }-1`, `{ $id }-2`, …; rename the other component
manifest-journey-empty = the journey file is empty
manifest-journey-empty-hint = a journey needs `journey`, `start` and `steps`; see docs/journey.md
manifest-journey-version-unsupported = journey format version `{ $version }` is not supported
manifest-step-no-action = step `{ $step }` has no action
manifest-step-no-action-label = an action is needed here
manifest-step-no-action-hint = give the step one of `navigate`, `click`, `fill` or `submit`
manifest-step-two-actions = step `{ $step }` has two actions, `{ $first }` and `{ $second }`
manifest-step-two-actions-label = a second action
manifest-step-two-actions-hint = split it into two steps, one action each
manifest-not-a-url = { $what } `{ $value }` is not an http:// or https:// URL
manifest-url-hint = write the whole URL, for example `https://www.example.gov.uk/start`
manifest-factor-defined-twice = factor `{ $factor }` is defined twice in this file
manifest-factor-defined-twice-hint = keep one of the two definitions, or give one of them another id
manifest-first-defined-here = first defined here
manifest-relative-range = `relative` must be between 0 and 1
manifest-relative-range-hint = 0.1 means ±10%
manifest-unknown-unit = unknown unit `{ $unit }`
manifest-units-known = units sero knows: { $units }
manifest-unknown-source = unknown source `{ $source }`
manifest-unknown-source-hint = define it under `sources`, or write the source inline (publisher, title, edition, url, licence)
manifest-factor-range-order = factor `{ $factor }`: `low` ≤ `value` ≤ `high` does not hold ({ $low } ≤ { $value } ≤ { $high })
manifest-unknown-spread = unknown spread class `{ $class }`
manifest-spread-classes = known classes: { $classes }
manifest-factor-needs-range = factor `{ $factor }` needs a range: both `low` and `high` from its source, or a `spread` class
manifest-factor-needs-range-hint = `spread: official` applies an assumed ±10% and says so in every result
manifest-bundled-spread-missing = bundled factors: spread class `{ $class }` is missing
manifest-bundled-grid-row = row { $row }: `{ $line }` is not `key,name,year,g_co2e_per_kwh`
manifest-factor-overridden = factor `{ $factor }` overridden by { $path }
manifest-input-no-such = model `{ $model }` has no such input
manifest-input-shares-sum = the shares add up to { $percent }%, not 100%
manifest-input-not-whole = `{ $value }` is not a whole number
manifest-input-not-finite = not a finite number
manifest-input-outside-range = `{ $value }` is outside the allowed range
manifest-input-negative-intensity = a grid intensity cannot be negative
manifest-input-range-excludes = the range { $low }–{ $high } kgCO2e does not contain the figure { $value }
manifest-input-low-without-high = give `high` with `low` (or neither)
manifest-input-high-without-low = give `low` with `high` (or neither)
manifest-input-sms-factor = text messages need their factor: no published figure exists for one SMS, so give your provider's (gCO2e per message)
manifest-input-not-fraction = `{ $value }` is outside 0–1 (give a fraction such as 0.25, or 25%)
manifest-input-negative-bytes = `{ $value }` is not a size of data: bytes cannot be negative (CO2.js would return negative grams for them with SWD v3 per visit; sero refuses them)
manifest-input-not-intensity = `{ $value }` is not a grid intensity in gCO2e/kWh
manifest-input-visit-options-per-byte = visit shares and the data reload ratio apply only per visit, not per byte
manifest-input-onebyte-per-visit = the OneByte model has no per-visit estimate (CO2.js throws too)
manifest-input-onebyte-options = the OneByte model takes no grid intensities or green hosting factor (CO2.js ignores them silently)
manifest-input-green-factor-v3 = a green hosting factor is part of SWD v4 only (in v3 hosting is green or not: use green hosting)
manifest-input-green-and-factor = green hosting already means a green hosting factor of 1 (CO2.js ignores the factor given); give one or the other
manifest-input-green-v3-data-centre = with green hosting, SWD v3 sets the data-centre intensity to 50 gCO2e/kWh (CO2.js ignores the intensity given); give one or the other
manifest-input-no-grid-average = `{ $code }` is not a country or region with a bundled grid average (use an ISO 3166-1 alpha-3 code such as `GBR`; `sero factors grid/ember` lists them)
manifest-input-unknown-method = unknown method `{ $method }` (expected one of `swd-v4`, `swd-v3`, `onebyte`)
manifest-input-unknown-device = unknown device `{ $device }` (expected one of { $expected })
manifest-input-device-lifetime = lifetime and hours of use a year must be above zero
manifest-input-hours-and-series = give `hours_of_day` or `series`, not both (a series already says when)
manifest-input-not-gb-part = `{ $value }` is not a part of Great Britain sero knows: use `GB-WALES`, `GB-ENGLAND`, `GB-SCOTLAND` or `GB-REGION-1` to `GB-REGION-17`
manifest-input-not-cloud-region = `{ $value }` is not a cloud region with a published grid factor; known: { $known }
manifest-input-no-electricity-wtt = the DESNZ { $year } condensed set bundled with sero has no well-to-tank factor for UK electricity (only the 2025 set does)
manifest-input-hours-and-hours-of-day = give `hours` (a total) or `hours_of_day` (when it runs), not both
manifest-input-max-below-idle = `{ $max }` W is below the idle power `{ $idle }` W
manifest-input-idle-needed = needed with `max_power`, unless a `power_curve` is given
manifest-input-max-needed = needed with `idle_power`, unless a `power_curve` is given
manifest-input-curve-empty = the curve has no points
manifest-input-lifetime-zero = a lifetime must be longer than zero
manifest-input-no-visits = a building with no visits cannot share its energy between them
manifest-input-no-taxi-2024 = the DESNZ 2024 travel factors bundled with sero have no taxi figure (use `travel_year: 2025`)
manifest-input-no-travel-wtt-2024 = the DESNZ 2024 travel factors bundled with sero have no well-to-tank figures (use `travel_year: 2025`)
manifest-input-unknown-mode = unknown mode `{ $mode }`
manifest-input-not-a-day-range = `{ $value }` is not a range of the day such as `08:00-18:00`
manifest-input-not-a-time = in `{ $range }`, `{ $value }` is not a time of day as HH:MM on the hour or half hour
manifest-input-empty-day-range = `{ $value }` is an empty range
manifest-input-day-ranges-overlap = the ranges of `{ $value }` overlap


## Errors of the command line
# Messages of this section start `error-` (and `hint-` for hints).

error-line = error: { $message }
hint-line = = hint: { $hint }
error-cannot-read = cannot read `{ $path }`: { $error }
error-cannot-read-factors = cannot read factor file `{ $path }`: { $error }
hint-manifest-path = check the path; `sero init > service.yaml` writes a starter manifest
hint-journey-path = check the path of the journey file
hint-factors-path = check the path given to --factors
error-components-left-out = { $count ->
    [one] { $count } component of { $manifest } is left out of the totals above: { $components }
   *[other] { $count } components of { $manifest } are left out of the totals above: { $components }
}
hint-see-report-warnings = the report's warnings say why; fix their inputs


## Command-line help (--help)
# Messages of this section start `help-`.




## HTML reports
# Messages of this section start `html-`.


