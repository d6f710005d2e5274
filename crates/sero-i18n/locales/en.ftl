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
page-budget-without-unit =
    error: --budget { $budget } has no unit
      = hint: did you mean { $number }g or { $number }MB? A budget is grams of CO2e per view (`g`, `kg`) or bytes (`B`, `kB`, `KB`, `MB`, `KiB`, `MiB`)
page-budget-unknown-unit =
    error: --budget { $budget }: `{ $unit }` is not a unit of a budget
      = hint: a budget is grams of CO2e per view (`g`, `kg`) or bytes (`B`, `kB`, `KB`, `MB`, `KiB`, `MiB`), such as `0.3g` or `1MB`
page-budget-not-a-number =
    error: --budget { $budget } is not a limit above 0
      = hint: write a number and a unit, such as `0.3g` or `1MB`; a budget is grams of CO2e per view (`g`, `kg`) or bytes (`B`, `kB`, `KB`, `MB`, `KiB`, `MiB`)
page-over-budget = over budget: { $url }: { $actual }, limit { $limit } ({ $percent }% of the budget)
journey-over-budget = over budget: journey `{ $name }`: { $actual }, limit { $limit } ({ $percent }% of the budget)
page-budget-row = { $actual } of { $limit } ({ $percent }% of the budget)
page-budget-row-over = { $actual } of { $limit } ({ $percent }% of the budget) — over budget
page-swd-sentence = Sustainable Web Design rating { $rating }: the grams of CO2e of one page view, estimated from the bytes transferred (SWD model v4), rated from A+ (least) to F (most).
page-ecoindex-sentence = EcoIndex { $score }/100, grade { $grade }: a score from the page's DOM size, requests and bytes, relative to a sample of web pages, graded from A (best) to G.
page-ecoindex-grade = grade { $grade }; EcoIndex's estimate per view: { $ges } gCO2e and { $water } centilitres of water
page-grid-uk = Grid: the United Kingdom's annual average, { $intensity } gCO2e/kWh, for devices, networks and data centres, as in manifests.
page-grid-uk-factor = Grid: the United Kingdom's annual average, { $intensity } gCO2e/kWh (factor `{ $factor }`), for devices, networks and data centres, as in manifests.
page-grid-country = Grid: the annual average of { $country }, { $intensity } gCO2e/kWh, for devices, networks and data centres.
page-grid-country-factor = Grid: the annual average of { $country }, { $intensity } gCO2e/kWh (factor `{ $factor }`), for devices, networks and data centres.
page-grid = Grid: { $intensity } gCO2e/kWh, for devices, networks and data centres.
page-grid-factor = Grid: { $intensity } gCO2e/kWh (factor `{ $factor }`), for devices, networks and data centres.
page-summary = Summary
page-by-domain = Bytes by domain
page-fix-first = What to fix first, largest estimated saving first
page-also-found = Also found, with no saving estimated
page-first-view = first view
page-repeat-view = repeat view
page-per-visit = per visit
page-requests-and-elements = { $requests ->
    [one] { $requests } request
   *[other] { $requests } requests
}, { $elements ->
    [one] { $elements } DOM element
   *[other] { $elements } DOM elements
}
page-rating = rating { $rating } (Sustainable Web Design v4)
page-budget = budget
page-column-type = type
page-column-requests = requests
page-column-bytes = bytes
page-column-domain = domain
page-column-party = party
page-column-green = green hosting
page-column-finding = finding
page-column-at-stake = at stake
page-column-saving = saving
page-column-wsg = WSG success criterion
page-column-rank = rank
page-type-document = Document
page-type-stylesheet = Stylesheet
page-type-image = Image
page-type-media = Media
page-type-font = Font
page-type-script = Script
page-type-text-track = Text track
page-type-fetch = { $kind } request
page-type-event-source = Event stream
page-type-websocket = WebSocket
page-type-manifest = Web app manifest
page-type-prefetch = Prefetch
page-type-ping = Ping
page-type-preflight = CORS preflight
page-type-other = Other
page-first-party = first
page-third-party = third
page-green = green
page-green-by = green ({ $host })
page-not-green = not green
page-green-unknown = unknown
page-green-not-checked = green hosting unknown for every domain, so all counted as grey (the greencheck API was off or did not answer; give --green-domain or --green-list)
page-not-estimated = not estimated
page-limit = limit of this method: { $limit }
page-not-measured = not measured: { $error }
page-html-title = sero page report
page-finding-oversized-images = Images larger than they are displayed
page-finding-oversized-images-detail = images with more than { $ratio }× the displayed width and height; the saving assumes bytes in proportion to pixels
page-finding-modern-image-formats = Images not in a modern format
page-finding-modern-image-formats-detail = JPEG, PNG or GIF images of 10 kB or more; AVIF or WebP are usually smaller, but by how much needs re-encoding, so no saving is estimated
page-finding-uncompressed-text = Text sent without compression
page-finding-uncompressed-text-detail = HTML, CSS, JavaScript, JSON or SVG of 1.4 kB or more sent without gzip or Brotli; compressing them typically removes most of their bytes (measure after enabling it)
page-finding-cache-headers = Resources a repeat visit downloads again
page-finding-cache-headers-detail = no `Cache-Control: max-age` (or it forbids storing); the saving is what the measured repeat view downloaded again
page-finding-unused-javascript = JavaScript the page loads but does not run
page-finding-unused-javascript-detail = scripts with 20 kB or more of code not executed during the visit (coverage); the saving is their transfer in proportion
page-finding-web-fonts = Web fonts
page-finding-web-fonts-detail = font files downloaded; system fonts would save them all
page-finding-third-party = Third-party resources
page-finding-third-party-detail = resources from other domains (trackers, embeds, fonts, scripts); removing them would save their bytes
page-finding-autoplay-video = Video that plays by itself
page-finding-autoplay-video-detail = { $count ->
    [one] { $count } video with autoplay
   *[other] { $count } videos with autoplay
}; playing only on request would save the video bytes loaded
page-cannot-read = error: cannot read `{ $path }`: { $reason }
page-not-a-sitemap =
    error: `{ $path }` is not a sitemap: { $reason }
      = hint: a sitemap is an XML file of <url><loc>…</loc></url> entries
page-no-urls =
    error: no page to measure
      = hint: give URLs, `--urls FILE` or `--sitemap FILE`
page-not-urls =
    error: not a web address: { $urls }
      = hint: URLs start with `https://` or `http://`
page-green-list-invalid =
    error: `{ $path }`: { $reason }
      = hint: give one domain a line, or a CSV or JSON export of the Green Web Foundation's dataset
page-timeout-invalid = error: --timeout must be a number of seconds above 0
page-settle-invalid = error: --settle must be a number of seconds, 0 or more
page-error = error: { $error }
page-cannot-start = error: cannot start: { $reason }
page-cannot-write = error: cannot write `{ $path }`: { $reason }
page-url-error = error: { $url }: { $error }
page-some-failed = error: { $failed } of { $total } pages could not be measured (the others are reported above)
journey-error = error: { $error }
journey-step-error = error: step `{ $step }`: { $error }
journey-stopped =
    error: { $error }
      = note: the steps before it are reported above; the journey stopped there
journey-title = Journey: { $name }
journey-column-step = Step
journey-column-action = Action
journey-column-transfer = Transfer
journey-column-requests = Requests
journey-column-url-after = URL after
journey-total = Total
journey-start-step = Start
journey-model-note = { $unit }: Sustainable Web Design model v4, per step as transferred (cached files count nothing).
journey-budget = Budget: { $budget }
journey-note = note: { $note }
journey-not-measured = not measured: { $error }




## sero transfer, sero factors, sero models, sero init and sero check
# Messages of this section start `transfer-`, `factors-`, `models-`, `init-` or `check-`.
init-cannot-create =
    error: cannot create `{ $path }`: { $reason }
      = hint: sero init does not overwrite files; choose another name
init-wrote = wrote { $path }
check-ok = ok: { $file } — { $components ->
    [one] { $components } component
   *[other] { $components } components
}, { $channels ->
    [one] { $channels } channel
   *[other] { $channels } channels
}
check-component-error = error: component `{ $component }`: { $error }
check-placeholder = `{ $key }` still holds a placeholder of `sero init` ({ $marker } …)
check-placeholder-label = replace this with your own value
check-placeholder-hint = write your own value in place of `{ $marker } …`; sero refuses the manifest while any value starts with { $marker }
check-placeholder-hint-example = write your own value in place of `{ $marker } { $example }` (`{ $example }` is only an example); sero refuses the manifest while any value starts with { $marker }
models-unknown =
    error: { $error }
      = hint: `sero models` lists them all
models-formula = formula: { $formula }
models-scopes = scopes: { $scopes }
models-factors = factors: { $factors } (`sero factors <prefix>` shows them with sources)
models-column-input = input
models-column-unit = unit
models-column-default = required / default
models-column-description = description
models-required = required
models-optional = optional
models-kind-text = text
models-kind-number = number
models-default-below = see below
models-default = default: { $default }. { $description }
models-kind-choice = one of
models-choices = { $choices }. { $description }
factors-no-match =
    error: no factor matches `{ $query }`
      = hint: try a prefix such as `desnz`, `swd-v4`, `grid/ember/GBR`, or a tag such as `device`
factors-column-value = value
factors-column-unit = unit
factors-column-range = low–high
factors-column-year = year
factors-column-source = source
factors-record = { $value } { $unit }; { $range }
factors-record-with-year = { $value } { $unit }; { $range }; data of { $year }
factors-exact = exact
factors-range-assumed = { $low }–{ $high } (assumed)
factors-count = { $count ->
    [one] { $count } factor
   *[other] { $count } factors
}
transfer-bytes-invalid =
    error: --bytes { $bytes }: { $reason }
      = hint: give a number of bytes, or a size such as `2.5MB` or `300 KiB`
transfer-flag-invalid = --{ $flag }: { $reason }
transfer-invalid =
    error: { $error }
      = hint: `sero transfer --help` lists the options and their ranges
transfer-result = { $grams } gCO2e for { $bytes } bytes ({ $model }, per { $per })
transfer-result-rated = { $grams } gCO2e for { $bytes } bytes ({ $model }, per { $per }, rating { $rating })
transfer-intensities = grid intensity gCO2e/kWh: device { $device }, network { $network }, data centre { $data_centre }
transfer-column-segment = segment
transfer-column-kind = kind
transfer-per-byte = byte
transfer-per-visit = visit
transfer-segment-device = device
transfer-segment-network = network
transfer-segment-data-centre = data centre
transfer-segment-production = production




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


