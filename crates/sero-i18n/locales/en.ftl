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
explain-component-named = { $component } [{ $id }] (model { $model }, basis { $basis }, × { $volume } × share { $share })
explain-component = { $id } (model { $model }, basis { $basis }, × { $volume } × share { $share })
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
explain-factor-web = { $factor } = { $value } { $unit } ({ $range }) — { $description }.
explain-citation = Source: { $publisher }, { $title }, { $edition } ({ $licence })


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
assumed-server-power = assumed: no `idle_power`, `max_power` or `power_curve`, so each server draws { $watts } W, the median average power of manufacturers' rack-server sheets (factor `server/power`)
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

cli-grid-not-a-number = give a grid intensity in gCO2e/kWh; for a country's annual average, give `--country { $value }`
cli-samples-not-a-number = `{ $value }` is not a whole number of samples
cli-grid-negative = a grid intensity is 0 gCO2e/kWh or more
cli-warning = warning: { $warning }
cli-word-error = error
cli-word-warning = warning
cli-word-hint = hint
cli-error-cannot-write = error: cannot write `{ $path }`: { $reason }
cli-verbose-settings = sero: reports in { $lang }, laid out for { $width } columns
cli-verbose-done = sero: done in { $seconds } s


## sero import inventory

inventory-fully-amortised = line { $line }: age { $age } years is at or beyond the life of { $lifetime } years, so the embodied emissions are fully amortised (straight line over the life) and none is charged this year
inventory-assumed-flat-power = assumed: power is the same at every utilisation (idle and maximum power are both set to the average power), so the utilisation given to the `server` model (0.5) does not change the figure
inventory-assumed-no-pue = assumed: network devices and printers sit in offices and comms rooms with no data-centre overhead (PUE 1); give `pue` otherwise
inventory-assumed-colocation-pue = assumed: a colocation site's PUE is the industry average of Uptime Institute's 2023 survey (1.58); no source gives one for colocation; give `pue` from the provider
inventory-assumed-storage-lifetime = assumed: a storage array lives as long as a rack server (the median lifetime of manufacturers' server sheets); give `life_years` otherwise
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
page-cannot-start = error: cannot start: { $reason }
page-progress = pages
page-url-error = error: { $url }: { $error }
page-some-failed = error: { $failed } of { $total } pages could not be measured (the others are reported above)
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




## Pages measured by the server: the guard on what they may reach
# Messages of this section start `guard-`.
guard-refused = { $host } resolves to { $address }, { $range }: a page measured by the server may not reach it
guard-refused-hint = no public page is served from that address; check the URL
guard-refused-hint-private = to measure pages on a private network, an administrator allows private addresses in the server's configuration
guard-unresolved = { $host } does not resolve to an address ({ $reason }); hint: check the host name's spelling
guard-unreachable = { $host } (port { $port }) did not accept a connection; hint: the server may be down
guard-bad-url = `{ $url }` is not a web address that can be measured: it must start with http:// or https:// and name a host
guard-proxy-failed = the proxy that guards the measurement could not start: { $reason }
guard-measure-failed = `{ $url }` could not be measured: { $reason }
guard-range-unspecified = an unspecified address
guard-range-loopback = a loopback address (the server itself)
guard-range-private = a private network address
guard-range-shared = a shared address (carrier-grade NAT)
guard-range-link-local = a link-local address (cloud metadata services among them)
guard-range-unique-local = a unique local IPv6 address
guard-range-multicast = a multicast address
guard-range-broadcast = the broadcast address
guard-range-documentation = an address reserved for documentation
guard-range-reserved = a reserved address


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

energy-error-grid = grid `{ $grid }`: { $error }
energy-hint-grid = give `--country GBR` (DESNZ UK factors), another ISO 3166-1 alpha-3 code such as `--country FRA` (Ember annual average), or `--grid` and a number of gCO2e/kWh
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
prometheus-warning-negative-counter = { $source } line { $line }: `{ $series }` is { $value }, but a counter is never below zero; the interval is left out
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
cloud-progress = { $file }: lines read
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
cloud-method-cost = kWh per unit of cost of known usage (same service and unit, else same unit, else all known usage) × the line's cost (sero's default for AWS and Google Cloud; Cloud Carbon Footprint's code uses the same unit only, by cost for AWS and by amount for Google Cloud: --method ccf)
cloud-method-amount = kWh per unit of usage amount of known usage (same service and unit, else same unit, else all known usage) × the line's amount (sero's default for Azure; Cloud Carbon Footprint's code uses the same unit only: --method ccf)
cloud-method-cost-same-unit-ccf = kWh per unit of cost of known usage of the same unit (AWS Lambda's seconds left out; 0 kWh when none has the unit) × the line's cost, as Cloud Carbon Footprint's code does for AWS
cloud-method-amount-same-unit-ccf = kWh per unit of usage amount of known usage of the same unit (0 kWh when none has the unit) × the line's amount, as Cloud Carbon Footprint's code does for Azure and Google Cloud
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
cloud-error-bad-unit = the unit of measure `{ $value }` does not start with a finite number of units
cloud-error-bad-date = `{ $value }` is not a date (expected `YYYY-MM-DD…` or `MM/DD/YYYY`)
cloud-error-bad-provider = provider `{ $value }` is not `aws`, `azure` or `gcp`
cloud-error-mixed-providers = this line is { $provider }'s, but earlier lines were another provider's: give one provider's result per file
cloud-error-csv = the CSV cannot be read here
cloud-error-not-utf8 = field { $field } is not UTF-8 text
cloud-error-header-not-utf8 = the header is not UTF-8 text (column { $column }); save the export as UTF-8
cloud-error-long-record = the line has { $found } fields, the header { $expected }: a field too many (a comma outside quotes?) shifts the columns after it
cloud-error-too-many-dims = at most { $max } group-by dimensions
cloud-error-parquet = the Parquet file cannot be read ({ $detail })
cloud-error-parquet-changed = the Parquet file cannot be read: it changed while it was read
cloud-assumed-fallback-watts = { $why }: { $min }–{ $max } W per vCPU ({ $provider } average), no embodied share
cloud-assumed-watts-average = { $why }: { $min }–{ $max } W per vCPU ({ $provider } average, as Cloud Carbon Footprint uses)
cloud-why-unknown-processor = instance type `{ $name }`: Cloud Carbon Footprint does not know its processor
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
inventory-error-not-finite = the row's emissions are too large to compute (infinite): a quantity is out of range
inventory-hint-not-finite = check the count and the other figures of this row: one is far larger than any estate holds
inventory-more-errors = … and { $count } more problems like these (the first { $shown } are shown)
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
inventory-hint-pue = PUE is total facility energy over IT energy: 1 or more (1.58 is the industry average of Uptime Institute's 2023 survey)
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

if-progress = running { $manifest }
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




## Limits on input (sero-limits)
# Messages of this section start `limit-`.

limit-exceeded = { $limit } is { $found }, over sero's limit of { $max }
limit-exceeded-unknown = { $limit } is over sero's limit of { $max }
limit-hint-raise = if the input is right and needs more, raise the limit: set { $var } (for example `{ $example }`)
limit-hint-fixed = this limit protects the machine running sero and cannot be raised; check that this is the input meant
limit-bad-value = { $var } must be a whole number above 0 (sizes may end in KiB, MiB, GiB, KB, MB or GB), not `{ $value }`
limit-at = { $file }:{ $line }:{ $column }: { $message }
limit-at-line = { $file }:{ $line }: { $message }
limit-in-file = { $file }: { $message }
limit-read-error = cannot read { $file }: { $error }
limit-not-utf8 = the text is not UTF-8 from here
limit-not-utf8-at = the text is not UTF-8 from line { $line }, column { $column }
limit-not-utf8-hint = save the file as UTF-8 (in a spreadsheet, "CSV UTF-8")
limit-file-size = the file's size in bytes
limit-depth = the nesting of lists and mappings, in levels
limit-alias-expansion = the number of values YAML aliases add
limit-record-length = one record's length in bytes
limit-columns = the number of columns
limit-output-size = the output's size in bytes
limit-generated-points = the number of points generated
limit-list-length = the number of entries in the list
limit-samples = the number of samples
limit-proxy-connections = the number of connections open at once
limit-proxy-head-size = the size of a request head in bytes
limit-suggestion-length = the length of a word compared for suggestions

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
manifest-duplicate-key = duplicate key `{ $key }`
manifest-duplicate-key-label = this key was already used in this mapping
manifest-first-defined = `{ $key }` was first defined here
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
manifest-alias-expansion-label = expanding this alias goes over the limit
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
error-cannot-write = cannot write `{ $path }`: { $error }
error-source-date-epoch = SOURCE_DATE_EPOCH `{ $value }` is not a number of seconds since 1970-01-01
hint-source-date-epoch = unset it, or give whole seconds such as `1767225600`
error-document-not-an-object = the { $document } document is not a JSON object
schema-error-unknown-document = no document is called `{ $name }`
schema-hint-documents = `sero schema --list` names them: { $names }
error-cannot-read-factors = cannot read factor file `{ $path }`: { $error }
hint-manifest-path = check the path; `sero init > service.yaml` writes a starter manifest
hint-cannot-write = check that the folder exists and that you may write there
hint-journey-path = check the path of the journey file
hint-factors-path = check the path given to --factors
error-components-left-out = { $count ->
    [one] { $count } component of { $manifest } is left out of the totals above: { $components }
   *[other] { $count } components of { $manifest } are left out of the totals above: { $components }
}
hint-see-report-warnings = the report's warnings say why; fix their inputs


## Command-line help (--help)
# Messages of this section start `help-`.
help-template = { $about }
    Usage: { $usage }

    { $arguments }{ $after }
help-help = Print this message or the help of the given command
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-sero = Measure, report and cut the carbon footprint of a digital public service: users' devices, networks, hosting, staff IT, legacy servers, offline channels and reported figures, per period, per transaction and per channel, with every factor cited.
help-estimate = Estimate a service's footprint from a manifest
help-compare = Compare the channels per transaction, with boundary gaps and channel-shift scenarios
help-page = Measure web pages in headless Chromium: bytes, estimate, rating, EcoIndex, findings
help-journey = Follow a scripted user journey in headless Chromium and report each step's bytes and CO2e
help-check = Check a manifest without printing the estimate
help-init = Write a commented starter manifest
help-models = List the models, with their inputs and sources
help-factors = List the factors, with values, ranges and sources
help-schema = Print the JSON Schema of manifests, or of a JSON document sero writes (--document NAME)
help-transfer = Quick calculator: emissions of transferring data (CO2.js-compatible)
help-grid = The GB grid's carbon intensity: now, the 48-hour forecast, the best window for a job
help-if = Run and compare Impact Framework manifests
help-sci = A service's Software Carbon Intensity (ISO/IEC 21031) per functional unit
help-import = Import activity data: cloud bills, IT inventories, Prometheus power metrics
help-energy = Run a command and report the energy it used (RAPL, or a stated TDP model)
help-completions = Print sero's shell completion script (bash, zsh, fish, powershell, elvish)
help-man = Print sero's manual page (roff), made from the same definitions as --help
help-arg-manifest = The service manifest (.yaml, .yml, .toml or .json)
help-arg-output = Write the report to this file instead of standard output
help-arg-grid = A grid intensity in gCO2e/kWh for every part of the estimate (also --grid-intensity)
help-arg-country = A country's annual average grid intensity: an ISO 3166-1 alpha-3 code such as GBR
help-arg-format = Output format: { $formats } (default: { $default })
help-arg-unit = The unit of every mass in the report: t, kg or g (default: chosen for the size of each figure)
help-arg-wide = Every column at full width, whatever the terminal's width
help-arg-samples = Monte Carlo samples for the 90% intervals (0: central values only; default 1000)
help-arg-seed = Seed of the random draws (Monte Carlo intervals, MockObservations; default 1); the same seed gives the same results everywhere
help-arg-factors = Add or override factors from a file (YAML, TOML or JSON); may be repeated
help-arg-lang = The language of reports, errors and help: en (English) or cy (Welsh); default: $SERO_LANG, else the locale
help-arg-quiet = Print only reports and errors: no warnings, notes or progress
help-arg-verbose = Also say on standard error what sero is doing: the settings it chose and the time taken
help-arg-color = Colour on standard error: auto (the default: on a terminal, unless NO_COLOR is set), always or never
help-arg-help = Print help
help-arg-version = Print the version
help-estimate-format = Output format: table (the default), json (units in the keys), csv (one row per component) or html (a self-contained page for a browser)
help-estimate-explain = Show how each figure was calculated: formula, inputs, factors and their sources
help-estimate-accounting = How electricity is accounted: location (the default: annual DESNZ factors, what the annual return needs), time-series (the GB grid's half-hourly intensity when the energy is used) or both
help-estimate-api-url = Base URL of the Carbon Intensity API (default: $SERO_CARBON_INTENSITY_URL, else the public API)
help-estimate-offline = Never contact the Carbon Intensity API: time-series accounting falls back to the annual factors and says so
help-compare-shift = A scenario: move PERCENT of channel FROM's transactions to channel TO (repeatable)
help-compare-chart = Write a chart of the channels (stacked bars per transaction) as SVG to this file
help-compare-format = Output format: table (the default), json or html (a self-contained page for a browser)
help-init-service = Name of the service
help-init-output = Write to this file instead of standard output (never overwrites)




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



## The web application (sero serve): pages

web-app-name = sero
web-title = { $page } – sero
web-skip-to-content = Skip to main content
web-nav-label = Main
web-footer = sero measures, reports and cuts the carbon footprint of public services. Every figure is an estimate with its interval and sources.
web-lang-en = English
web-lang-cy = Cymraeg
web-signed-in-as = Signed in as { $name }
web-account = Your account
web-sign-out = Sign out
web-problems-heading = There is a problem
web-date-time = { $day } { $month } { $year }, { $time } UTC
web-month-1 = January
web-month-2 = February
web-month-3 = March
web-month-4 = April
web-month-5 = May
web-month-6 = June
web-month-7 = July
web-month-8 = August
web-month-9 = September
web-month-10 = October
web-month-11 = November
web-month-12 = December
web-kg = { $value } kg CO2e
web-kg-interval = { $value } kg CO2e (90% interval { $low } to { $high })
web-error-title = Error { $status }
web-error-not-found = This page does not exist, or you do not have access to it.
web-error-forbidden = Your role in this organisation does not allow this.
web-error-csrf = The form had expired or did not come from this site. Go back, reload the page and try again.
web-error-too-many = Too many attempts. Wait 15 minutes and try again.
web-error-unauthorized = A valid API token is needed: send it as `Authorization: Bearer <token>`.
web-error-internal = Something went wrong on the server. Nothing was saved. Try again; if it happens again, tell your administrator the time it happened.
web-error-form = The form could not be read. Go back and send it again.
web-error-files = The files could not be prepared for the assessment: { $detail }
web-error-home = Go to the start page
web-setup-title = Set up sero
web-setup-needed = Nobody has an account yet. Open the one-time link that `sero serve` printed when it started (or run `sero admin setup-link`) to create the first administrator.
web-setup-intro = Create the first administrator. They can then create organisations and invite people.
web-setup-button = Create the administrator
web-signin-title = Sign in
web-signin-button = Sign in
web-signin-failed = The email address or the password is not right.
web-field-email = Email address
web-field-password = Password
web-field-name = Name
web-field-new-password = New password
web-field-current-password = Current password
web-password-hint = At least { $minimum } characters. A few random words make a good password.
web-password-too-short = The password must have at least { $minimum } characters.
web-password-too-long = The password must have at most { $maximum } bytes.
web-password-current-wrong = The current password is not right.
web-name-needed = Enter a name (up to 200 characters).
web-email-needed = Enter an email address, like name@example.gov.wales.
web-role-needed = Choose a role: viewer, editor or administrator.
web-scope-needed = Choose what the token may do: read, or read and write.
web-account-title = Your account
web-password-change = Change your password
web-password-change-button = Change the password
web-signout-everywhere = Sign out everywhere
web-signout-everywhere-intro = Ends every session of your account, on every device, this one included.
web-signout-everywhere-button = Sign out everywhere
web-invite-title = Join { $org }
web-invite-intro = You are invited to join { $org } as { $role }.
web-invite-email = Your account will use the email address { $email }.
web-invite-button = Accept the invitation
web-invite-account-exists = An account with this email address exists: sign in first, then open the invitation link again.
web-home-title = Your organisations
web-home-orgs = Organisations
web-home-no-orgs = You are not a member of any organisation yet. Ask an administrator to invite you.
web-admin-orgs = All organisations
web-admin-no-orgs = There are no organisations yet.
web-org-create = Create an organisation
web-org-create-button = Create the organisation
web-field-org-name = Organisation name
web-field-slug = Short name for addresses (optional)
web-slug-hint = Lowercase letters, digits and hyphens, such as example-council. Made from the name when empty.
web-slug-invalid = “{ $slug }” cannot be a short name: use lowercase letters, digits and single hyphens (up to 60).
web-slug-taken = The short name “{ $slug }” is taken. Choose another.
web-your-role = Your role: { $role }
web-org-nav-label = Organisation
web-role-viewer = viewer
web-role-editor = editor
web-role-admin = administrator
web-services = Services
web-no-services = No services yet.
web-col-service = Service
web-col-total = Total
web-col-per-transaction = Per transaction
web-col-version = Version
web-col-updated = Updated
web-col-role = Role
web-col-scope = Scope
web-col-created = Created
web-col-actions = Actions
web-col-author = Author
web-col-message = Message
web-members = Members
web-members-title = Members of { $org }
web-invite-heading = Invite someone
web-invite-create-button = Make an invitation link
web-invite-link-made = Send this link to the person you invited. It works once, for 7 days.
web-tokens = API tokens
web-tokens-title = API tokens of { $org }
web-tokens-intro = Tokens let scripts and CI use the JSON API and `sero push` and `sero pull` for this organisation.
web-token-made = Copy the token now: it is not shown again.
web-token-create = Create a token
web-token-create-button = Create the token
web-token-revoke = Revoke { $name }
web-scope-read = read
web-scope-write = read and write
web-service-new = New service
web-service-new-intro = Write or upload the service's manifest (YAML, TOML or JSON, as `sero estimate` reads it), with the activity files it names in `from:`. Saving assesses it.
web-field-service-name = Service name (optional)
web-service-name-hint = The manifest's service name is used when empty.
web-field-manifest = Manifest
web-manifest-hint = The manifest's text. `sero init` writes a commented starter.
web-field-format = Format of the text
web-field-manifest-file = Or upload a manifest file
web-field-files = Activity files (optional)
web-files-hint = Files the manifest names in `from:`, such as those `sero import` writes. Files not uploaded again are kept from the latest version.
web-field-message = What changed (optional)
web-save-version = Save and assess
web-manifest-needed = Write the manifest in the box, or upload a manifest file.
web-manifest-not-utf8 = The manifest file is not UTF-8 text.
web-too-many-files = A version keeps at most { $maximum } activity files.
web-file-name-refused = The file name “{ $name }” cannot be kept: use letters, digits, dots, hyphens and underscores, not starting with a dot.
web-manifest-problem = The manifest has a problem
web-manifest-problem-at = At { $location }:
web-service-exists = A service with the name “{ $name }” exists in this organisation.
web-version-of = Version { $number }, saved by { $author } on { $time }
web-version-n = Version { $number }
web-total = Total
web-per-transaction = Per transaction
web-factor-edition = Factor library
web-downloads = Downloads
web-download-manifest = Manifest
web-download-json = Estimate (JSON)
web-download-csv = Estimate (CSV)
web-assessment = Assessment
web-reruns = Assessments of this version
web-rerun = Assess again with today's factors
web-rerun-failed = This version could not be assessed again with today's factors and models.
web-versions = Versions
web-new-version = Save a new version
web-new-version-intro = Edit the manifest below. { $count ->
    [0] This version has no activity files.
    [one] This version's activity file is kept unless you upload one with the same name.
   *[other] This version's { $count } activity files are kept unless you upload ones with the same names.
}
web-compare-a = Compare version
web-compare-b = with version
web-compare-button = Compare
web-compare-title = { $name }: version { $a } and version { $b }
web-compare-figures = Figures
web-compare-change = Change in the total: { $change } kg CO2e.
web-compare-manifest = What changed in the manifest
web-compare-legend = Lines starting with − were removed, lines starting with + were added.
web-compare-same-manifest = The two manifests are the same.
web-compare-too-long = The manifests are too long to compare line by line (more than { $lines } lines).
web-compare-needs-two = Choose two versions to compare.
web-demo-admin-name = Demonstration administrator
web-demo-org-name = Example County Council
web-demo-first-version = As in sero's bundled example
web-demo-shift-version = 800 paper applications moved online after the form's redesign

## The web application on the command line (sero serve, sero admin, sero backup)

serve-first-start = sero has no accounts yet. Open this one-time link to create the first administrator (it works for 24 hours):
    {"  "}{ $link }
serve-listening = sero is listening on { $url } (database: { $database }). Stop it with Ctrl+C.
serve-demo-ready = Demonstration: sign in at { $url }/signin with
    {"  "}email:    { $email }
    {"  "}password: { $password }
    The database is thrown away when sero stops.
serve-config-unreadable = cannot read the configuration file `{ $path }`: { $error }
serve-config-hint = check the path given with --config
serve-config-what = the configuration file
serve-config-listen = `{ $value }` is not an address and port
serve-config-listen-hint = write it as "127.0.0.1:8080" or "[::1]:8080"
serve-config-public-url = `{ $value }` is not an http:// or https:// address
serve-config-public-url-hint = write the address people reach sero at, such as "https://sero.example.gov.wales"
serve-config-log-format = `{ $value }` is not a log format: use "text" or "json"
serve-no-data-dir = there is no data folder for the database (neither SERO_DATA_DIR, XDG_DATA_HOME nor HOME is set)
serve-no-data-dir-hint = give the database with --database PATH, or set SERO_DATA_DIR
serve-database-url = `{ $database }` is neither a SQLite file nor a postgres:// URL
serve-database-url-hint = give a file path (sero.db) or postgres://user@host/database
serve-database-failed = cannot open the database { $database }: { $error }
serve-database-hint = check the path or URL, that the folder can be written, and for PostgreSQL that the server is running and the role can connect
serve-migration-failed = the database { $database } could not be brought up to date: { $error }
serve-migration-hint = nothing was changed; restore the backup made before the upgrade if the database came from a newer sero
serve-cannot-listen = cannot listen on { $address }: { $error }
serve-cannot-listen-hint = choose another port with --listen, or stop what uses it
admin-setup-done = someone already has an account: the set-up link is only for the first administrator
admin-setup-done-hint = an administrator can invite people from the organisation's Members page, or use `sero admin create-user`
admin-password-hint = write the password on standard input, for example: printf '%s' "$PASSWORD" | sero admin create-user …
admin-user-created = Created the account of { $email }.
admin-user-exists = there is already an account with the email address { $email }
admin-user-exists-hint = use `sero admin add-member` to give that person a role
admin-slug-invalid = `{ $slug }` cannot be a short name
admin-slug-hint = use lowercase letters, digits and single hyphens, up to 60 characters, such as example-council
admin-org-created = Created the organisation { $slug }.
admin-org-exists = there is already an organisation called { $slug }
admin-no-org = there is no organisation called { $slug }
admin-no-org-hint = create it with `sero admin create-org --slug … --name …`
admin-no-user = there is no account with the email address { $email }
admin-no-user-hint = create it with `sero admin create-user`, or invite the person from the web application
admin-member-set = { $email } is now { $role } of { $org }.
admin-token-no-admin = the organisation { $org } has no administrator to own the token
admin-token-no-admin-hint = give someone the admin role first: `sero admin add-member --org … --email … --role admin`
backup-done = Wrote a consistent copy of the database to { $path }.
backup-exists = `{ $path }` exists; a backup never overwrites a file
backup-exists-hint = give a new file name, such as sero-backup-2026-12-03.db
backup-no-database = there is no database at { $database }
backup-postgres = `sero backup` copies SQLite databases; this one is PostgreSQL
backup-postgres-hint = back PostgreSQL up with its own tools: pg_dump --format=custom --file=sero.dump DATABASE

## Help of the web application's commands

help-serve = Run the web application (pages and JSON API) on a SQLite or PostgreSQL database
help-serve-after = Deploying (docs/deploying.md has the details):
    {"  "}TLS: sero speaks plain HTTP on a loopback address; put a reverse proxy (nginx, Caddy) in front for HTTPS and set public_url = "https://…" so cookies are Secure.
    {"  "}Backups: `sero backup FILE` writes a consistent copy of a running SQLite database; for PostgreSQL use pg_dump.
    {"  "}Upgrades: stop, back up, install, start. Migrations run on start and only add; a failed migration changes nothing.
    {"  "}systemd: the Debian package (scripts/package) installs sero.service, running `sero serve --config /etc/sero/sero.toml` as the sero user.
help-serve-listen = The address and port to listen on (default 127.0.0.1:8080)
help-serve-public-url = The address people reach the application at, for the links it prints; https:// makes its cookies Secure
help-serve-allow-private = Let page measurement reach private, loopback and link-local addresses (refused by default)
help-serve-demo = Start on a throwaway database holding a demonstration organisation, and print how to sign in
help-serve-log-format = How logs are written on stderr: text or json
help-arg-database = The database: a SQLite file, or a postgres:// URL (default: sero.db in the data folder)
help-arg-config = The configuration file (TOML: listen, database, public_url, allow_private_addresses, log_format)
help-admin = Set the web application up from a script: people, organisations, members, API tokens
help-admin-setup-link = Print a one-time link that creates the first administrator
help-admin-create-user = Create a person's account (the password is read from standard input)
help-admin-create-org = Create an organisation
help-admin-add-member = Give a person a role in an organisation
help-admin-create-token = Create an organisation's API token and print it (once)
help-backup = Make a consistent copy of the web application's SQLite database, even while it runs
help-backup-destination = Where to write the copy (a new file; never overwritten)

## The web application: results compared, shift scenarios

web-compare-result = What changed in the result
web-compare-same-result = Every component has the same figure in both versions.
web-col-component = Component
web-col-change = Change
web-shift-heading = Try a channel shift
web-shift-explain = Move a share of one channel's transactions to another and see the saving, computed draw by draw as `sero compare --shift` does.
web-shift-from = Move transactions from
web-shift-to = to
web-shift-percent = Share moved (%)
web-shift-button = Show the scenario
web-shift-title = { $name }, version { $number }: a channel shift
web-shift-intro = Computed now with the factor library { $edition }.
web-shift-percent-invalid = The share moved must be a number from 0 to 100.
web-shift-channels-invalid = Choose two different channels of this service.
web-shift-failed = The scenario could not be computed: { $reason }
web-back-to-version = Back to version { $number }
web-demo-inventory-version = The council's IT estate, imported from the example inventory (examples/welsh-council-estate.csv)
## The web application: pages measured from the browser, as background jobs
# Messages of this section start `web-measure-`, `web-job-`, `web-page-` (and `server-job-`).

web-measure-link = Measure a page of this service
web-measure-title = Measure a page of { $name }
web-measure-intro = sero opens the page in a browser on the server, as a first-time visitor would, and counts the bytes it transfers. It takes up to a few minutes; you can leave the page and come back.
web-measure-field-url = Web address of the page
web-measure-url-hint = Starting with https:// or http://, for example https://www.gov.wales/apply-blue-badge
web-measure-button = Measure the page
web-measure-back = Back to { $name }
web-measure-recent = Measurements of this service
web-measure-url-needed = Enter the web address of the page to measure.
web-measure-url-too-long = The web address is too long: at most { $maximum } characters.
web-measure-url-invalid = `{ $url }` is not a web address that can be measured: it must start with http:// or https:// and name a host.
web-job-title = Measuring { $url }
web-job-progress = Progress
web-job-queued = Waiting for another measurement to finish.
web-job-running = Measuring: { $percent }% done.
web-job-done = Measured.
web-job-failed = The measurement failed.
web-job-refresh = Refresh to see its progress
web-job-timed-out = the measurement took longer than { $seconds } seconds and was stopped
web-job-report-failed = the page was measured but its estimate could not be made: { $reason }
web-job-unknown-error = the measurement failed for a reason this version of sero cannot show
server-job-abandoned = the server stopped before the measurement finished; measure the page again
web-page-bytes = Transferred on a first visit
web-page-bytes-value = { $bytes } bytes
web-page-requests = Requests
web-page-co2e = Per visit
web-page-grams = { $grams } g CO2e
web-page-rating = Rating (Sustainable Web Design)
web-page-assumptions = Estimated as `sero page` does: the Sustainable Web Design model v4 per visit, at the United Kingdom's annual grid average. The server does not check green hosting: every domain counts as not verified green.
web-page-refused = Not loaded: addresses the server may not reach
web-page-findings = What to fix first
web-page-no-findings = Nothing to fix: the page passed every check.
web-page-add-heading = Add to the service
web-page-add-intro = Saves a new version of { $name } that keeps this measurement as the activity file { $file }, with a component that reads it: one visit of the page per transaction.
web-page-add-channel = Channel
web-page-add-channel-hint = The transactions the page is visited in.
web-page-add-every-channel = Every channel
web-page-add-button = Add to the service
web-page-add-not-done = Only a finished measurement can be added to its service.
web-page-add-already = This measurement is already kept with the service, as { $file }.
web-page-add-bad-channel = `{ $channel }` is not a channel id.
web-page-add-manifest-unreadable = the service's manifest could not be read to add the page: { $reason }
web-page-component-name = Page measured: { $url }
web-page-add-message = Added the page measured at { $url }
web-version-files = Activity files kept with this version
## The web application: the guided service form
# Messages of this section start `web-form-`.

web-form-title = Describe a new service
web-form-title-existing = { $name }: edit with the form
web-form-intro = Describe the service field by field. Saving writes it as a manifest (YAML), assesses it as `sero estimate` does and keeps it as a version; the manifest editor shows the same thing as text.
web-form-link-new = Describe the service with a form instead (no YAML needed)
web-form-link-edit = Edit the latest version with the form
web-form-beyond = The manifest of version { $number } says things the form cannot show, so it opens in the manifest editor only.
web-form-beyond-key = It sets { $key }, which has no field in the form.
web-form-beyond-rows = It has more than { $maximum } channels or components.
web-form-beyond-unreadable = It cannot be read as a manifest.
web-form-to-manifest-editor = Edit it in the manifest editor
web-form-service-legend = The service
web-form-service-name = Name of the service
web-form-service-name-hint = As the public knows it, such as Apply for a Blue Badge.
web-form-organisation = Organisation (optional)
web-form-organisation-hint = Who runs the service.
web-form-functional-unit = What one transaction is
web-form-functional-unit-hint = One word or a short phrase, such as application, report or visit. Results per transaction are per this.
web-form-description = Description (optional)
web-form-period-legend = The reporting period
web-form-period-hint = The first and last day, both included. It starts as this financial year, 1 April to 31 March.
web-form-start = First day
web-form-end = Last day
web-form-date-hint = For example 2026-04-01 (year, month, day).
web-form-channels-heading = Channels
web-form-channels-hint = The ways people use the service (online, by phone, on paper), each with its transactions in the period.
web-form-channel-legend = Channel { $number }
web-form-channel-id = Short name of the channel
web-form-channel-id-hint = Used to attach components to it, such as online or paper.
web-form-channel-name = Name shown in reports (optional)
web-form-transactions = Transactions in the period
web-form-transactions-hint = How many transactions this channel delivers in the period (a year by default), such as 26000.
web-form-not-applicable = Elements that do not apply to this channel
web-form-not-applicable-hint = Tick what this channel leaves out on purpose (an online form involves no trip), so comparing channels does not warn of a gap. It changes no figure.
web-form-remove-channel = Remove channel { $number } when the form is next sent
web-form-add-channel = Add a channel
web-form-components-heading = Components
web-form-components-hint = What the service uses, each computed by a model: pages sent over the network, servers, staff time, paper, post, travel and more.
web-form-component-legend = Component { $number }
web-form-component-id = Short name of the component
web-form-component-id-hint = Unique in the service, without /, such as form-pages.
web-form-component-name = Name shown in reports (optional)
web-form-component-channel = Channel
web-form-component-channel-hint = The channel this component serves, or shared by all channels.
web-form-shared = Shared by all channels
web-form-model = Model
web-form-model-hint = Choose a model, then press "Show the inputs of this model" to fill in its inputs.
web-form-model-choose = Choose a model
web-form-show-inputs = Show the inputs of this model
web-form-basis = The inputs describe
web-form-basis-hint = The whole period, or one transaction (then sero multiplies by the channel's transactions).
web-form-basis-period = the whole period
web-form-basis-transaction = one transaction
web-form-scope = GHG Protocol scope
web-form-scope-hint = Leave it to the model unless the emissions belong elsewhere in your accounts. The model's scopes: { $scopes }
web-form-scope-model = as the model assigns
web-form-scope-n = scope { $scope }
web-form-inputs-legend = Inputs of the { $model } model
web-form-input-manifest-only = This input is set in the manifest editor.
web-form-unit = Unit: { $unit }.
web-form-unit-intensity = gCO2e/kWh, or a country's three-letter code such as GBR
web-form-range = Allowed: { $min } to { $max }.
web-form-range-min = Allowed: { $min } or more.
web-form-range-max = Allowed: up to { $max }.
web-form-usual = Usual range: { $low } to { $high } (outside it is accepted with a warning).
web-form-whole = Whole numbers only.
web-form-required = Required.
web-form-default = If left blank: { $default }.
web-form-no-default = not used
web-form-blank-default = Leave blank (the default)
web-form-yes = yes
web-form-no = no
web-form-remove-component = Remove component { $number } when the form is next sent
web-form-add-component = Add a component
web-form-save-heading = Save
web-form-save-existing = Saving makes a new version of the service from the form. Comments written in the current manifest are not kept.
web-form-generated = The manifest the form wrote
web-form-manifest-problem = The manifest written from the form has a problem:
web-form-error-prefix = Error:
web-form-error-name = Enter the name of the service
web-form-error-functional-unit = Enter what one transaction is, such as application
web-form-error-date = { $field } must be a real day written as year-month-day, such as 2026-04-01
web-form-error-end-before-start = The last day must be the same as or after the first day
web-form-error-no-channel = Add at least one channel
web-form-error-no-component = Add at least one component
web-form-error-channel-id = Enter a short name for channel { $number }
web-form-error-channel-twice = There is already a channel called { $id }
web-form-error-component-id = Enter a short name for component { $number }
web-form-error-component-twice = There is already a component called { $id }
web-form-error-id-chars = The short name { $id } must not contain / and must be at most 100 characters
web-form-error-transactions = Enter the transactions of channel { $number }
web-form-error-transactions-number = The transactions of channel { $number } must be a number, such as 26000
web-form-error-transactions-negative = The transactions of channel { $number } must be 0 or more
web-form-error-channel-gone = There is no channel called { $id }; choose one of the channels above
web-form-error-model = Choose the model of component { $number }
web-form-error-model-changed = Press "Show the inputs of this model" to fill in the inputs of { $model }
web-form-error-input-required = Enter { $input }, which the model needs
web-form-error-input-number = { $input } must be a number, such as 2.5, or a number with its unit, such as 2.4 MB
web-form-error-input-choice = Choose { $input } from the values offered
web-form-yaml-head =
    Written by sero's service form. Each value is what the form was given; the comment beside it
    names the field. Blank inputs are listed with the default the model uses.
web-form-yaml-input = { $input } ({ $unit })
web-form-yaml-blank = { $input }: left blank; { $default }
## The web application's JSON API, sero push and sero pull
web-api-bad-body = The request's body cannot be read: { $detail }
web-text-nul = A name or message cannot contain the character U+0000 (NUL).
web-api-bad-base64 = The file “{ $name }” is not in base64 (RFC 4648, with padding).
help-push = Publish a manifest to the web application as its service's new version (assessed there)
help-pull = Download a service's manifest from the web application
push-no-server = no server to push to or pull from
push-no-server-hint = give the web application's address with --server https://sero.example.gov.wales, or set SERO_SERVER
push-server-invalid = `{ $server }` is not an http:// or https:// address
push-no-token = no API token
push-no-token-hint = set SERO_TOKEN to an organisation's API token (made on its API tokens page, or by `sero admin create-token`), or give --token-file FILE
push-unreadable-hint = check the path, and that the file is text (UTF-8) under sero's size limit
push-unreachable = cannot reach { $server }: { $error }
push-unreachable-hint = check the address given with --server (or SERO_SERVER), that the web application is running, and your network or proxy
push-token-refused = { $server } refused the API token
push-token-read-only = the API token may only read; saving a version needs a write token
push-token-read-only-hint = make a token with the write scope on the organisation's API tokens page, or with `sero admin create-token --scope write`
push-not-found = not found on the server: { $org } { $what }
push-not-found-hint = check --org and the service's short name (the token only reaches its own organisation's services)
push-manifest-refused = the server refused the manifest (nothing was saved): { $location }
push-server-error = the server answered { $status }: { $message }
push-server-error-hint = try again later; if it persists, tell the web application's administrator
push-saved = Saved version { $number } of { $service }: { $total } kg CO2e (90% interval { $low } to { $high }).
push-per-transaction = Per transaction: { $value } kg CO2e.
pull-written = Wrote version { $number } of { $service } to { $path }.
