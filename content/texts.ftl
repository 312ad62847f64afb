### Every user-facing text, in Project Fluent syntax (https://projectfluent.org/fluent/guide/).
### Plain text (no Markdown/HTML); emoji welcome. Tone: warm, short, plain; coach, never diagnose.
### Message ids must match bot/content/text_keys.py: none missing, none extra.
### { $placeholders } are filled by the bot; each message may use only the ones listed in
### ALLOWED_PLACEHOLDERS there. Write {"{"} or {"}"} for a literal brace.
### A text of several lines is indented under its id; a line that starts with [, * or . is
### written {"["}, {"*"} or {"."}. Blank lines inside a text are kept.
### Counts choose their words with a select on the count, one variant per CLDR plural category
### of the language and *[other] as the default (README, "Languages"):
###     { $days ->
###         [one] day
###        *[other] days
###     }

## language

# The language's own name, on the /language buttons (each language in its own name).
language-name = English

## commands

# The command menu beside the text box (setMyCommands), in this order; each language may give
# its own command-* messages for the same commands (without them, its people see this menu).
command-routine = Start or resume today's routine
command-quick = The 2-minute version
command-stop = Leave the session; /routine picks it up
command-safety = Warning signs, and what to do
command-settings = Reminders, goal, time zone and more
command-timezone = Set your time zone, e.g. /timezone Berlin
command-remind = Set your reminder, e.g. 8:30, or off
command-progress = Your pain chart and numbers
command-history = Your last sessions
command-pause = Pause reminders, e.g. /pause 7
command-resume = Resume reminders
command-export = All your data as files
command-delete = Erase all your data
command-help = What I can do
command-start = Welcome and safety check
command-function = A 1-minute check of everyday activities
command-report = A PDF report for your physio or doctor
command-learn = Short lessons about your back
command-language = Language · Idioma · Sprache · Язык

## units
units-second = s
units-minute = min

## dose
# A dose level's count with its noun, filled into exercises.toml's level doses: {sets},
# {reps}, {slow_reps} and {times}. $count is a number ("3") or a range ("2–3"), which takes
# *[other]. Write a variant for every plural category of the language.
dose-sets = { $count } { $count ->
        [one] set
       *[other] sets
    }
dose-reps = { $count } { $count ->
        [one] rep
       *[other] reps
    }
dose-slow-reps = { $count } slow { $count ->
        [one] rep
       *[other] reps
    }
dose-times = { $count } { $count ->
        [one] time
       *[other] times
    }

## common
common-help =
    🧘 BackCoach guides you through a short daily routine of gentle exercises for your upper back and neck.

    /routine – start the full routine
    /quick – the 2-minute version
    /stop – leave the current session (/routine picks it up again)
    /safety – warning signs, and what to do
    /settings – reminders, days, weekly goal, time zone, pain tracking, weekly summary
    /language – English, Español, Deutsch, Русский
    /progress – your pain chart and numbers
    /history – your last sessions
    /function – a 1-minute check of everyday activities
    /report – a PDF report for your physio or doctor
    /learn – short lessons about your back and neck
    /export – all your data as files
    /delete – erase all your data
    /timezone <city> – set your time zone, e.g. /timezone Berlin
    /remind 7:30 – set your reminder time (7pm works too); /remind off, on, weekdays or daily
    /pause [days] – take a break from reminders; /resume to come back
    /help – show this message
    /start – welcome and safety check

    I coach exercises; I don't diagnose. If your pain is severe, doesn't go away, or comes with other symptoms, please see a doctor or physiotherapist.
common-unknown-command = 🤔 I don't know that command. Send /help to see what I can do.
common-hint-idle = I'm not sure what to do with that 🙂 Send /routine for the full routine, /quick for the 2-minute version, or /help.
common-hint-pain = Please send a number from 0 to 10, like 4, or tap one of the buttons.
common-hint-buttons = We're in the middle of an exercise: please use the buttons below it, or send /stop to leave it for now.
common-hint-timezone = I couldn't find that time zone. Type your city (Berlin, New York, São Paulo), tap a button, or share your location.
common-hint-time = I couldn't read that time. Try 7:30, 7pm or 19h, or tap a button.
common-stale-button = That session is over — /routine starts a new one.
common-already-recorded = Already noted 👍
common-finish-setup-first = Let's finish setting up first: tap one of the buttons above, or send /start.
common-locked-screening = 🔒 Your routines and reminders are paused because of an answer in your safety check. Please see a doctor or physiotherapist. When a health professional has checked you and said you can exercise, tap the button below.
common-locked-in-session = 🔒 Your routines and reminders are paused because of what you told me during a session: sharp pain, numbness or tingling, or a warning sign. Please see a doctor or physiotherapist. When a health professional has checked you and said you can exercise, tap the button below.
common-locked-typed = 🔒 Your routines and reminders are paused because of a symptom you told me about. Please see a doctor or physiotherapist. When a health professional has checked you and said you can exercise, tap the button below.
common-unlock-confirm = Just to be sure: has a doctor, physiotherapist or other health professional checked you and said you can exercise again?
common-unlock-done = Thank you. Your routines and reminders are back on. Go gently, and stop if anything feels wrong: /safety lists the warning signs.
common-unlock-not-yet = OK, they stay paused. Take care, and come back once you've been checked. /safety lists the warning signs.
common-not-locked = Nothing is paused for safety right now.
common-symptom-hurts = I'm sorry it hurts. If the pain is severe, keeps getting worse, or comes with numbness, tingling, weakness or a fever, please see a doctor or physiotherapist. /safety lists the warning signs that need care straight away.
common-button-expired = This button is no longer active.
common-error = 😕 Something went wrong on my side. Your progress is saved: send /routine to pick up where you left off.

## onboarding
onboarding-welcome =
    Hi { $first_name } 👋 I'm BackCoach.

    Every day I'll guide you through a short routine of gentle exercises for your upper back and neck, remind you at a time you choose, and track your pain and your streak if you'd like.

    I don't diagnose anything, and I'm not a substitute for a doctor or physiotherapist.

    First, a question about your privacy, then a short safety check.
onboarding-welcome-back = Welcome back, { $first_name } 👋 Nothing was wiped: your current streak is { $current_streak }. Send /routine whenever you're ready.
onboarding-screen-checklist =
    🩺 Safety check

    Do any of these apply to you? Tap the number of each one that does, then ✅ Done. If none do, tap "None of these".

    🚨 get urgent care · 🩺 see a doctor or physio first

    { $items }
onboarding-rescreen-intro = 🩺 Before today's routine, a quick safety check: it's been a while since the last one, or your pain has been high. Please read the list again. If none of these apply, it's one tap.
onboarding-urgent-advice =
    🚨 If you have chest pain, trouble breathing, numbness between your legs, or have lost control of your bladder or bowels, call your local emergency number now (112 / 911 / 999).

    Otherwise, please get medical help today, at an urgent care centre or emergency department.

    Please don't do these exercises until a health professional has checked you. I've paused your routines and reminders. When you've been checked and told you can exercise, send /routine.
onboarding-doctor-advice =
    Thank you for telling me. Please see a doctor or physiotherapist before you start these exercises, so they can check they're right for you.

    I've paused the routines and reminders until then. When a health professional has said you can exercise, send /routine.
onboarding-screen-clear = ✅ Thanks for checking. Let's start gently. If anything on that list starts, or something feels wrong, stop and look at /safety.
onboarding-rescreen-clear = ✅ Thanks, nothing new. Ready when you are:
onboarding-consent-ask =
    📊 May I keep the health answers you give me?

    That's your pain scores (0–10), your safety-check answers, how much an exercise hurt, and the type of any symptom you mention (not your words). I use them only to show your progress and keep you safe.

    If you say no, everything still works. I'll still ask how you feel, but I won't keep your answers, only a note if your routines are paused for safety. You can change this any time in /settings, and /delete erases everything.
onboarding-consent-yes = Thanks! I'll keep your health answers. You can turn this off any time in /settings.
onboarding-consent-no = No problem: I won't keep your health answers. You can turn this on later in /settings.
onboarding-timezone-ask = 🌍 Which time zone are you in? Tap one below, type your city (like Berlin or New York), or tap 📍 Share location under the text box.
onboarding-timezone-set = 🌍 Time zone set to { $timezone }.
onboarding-remind-ask = ⏰ What time should I remind you on your exercise days? Tap a time, or type one like 7:30 or 7pm. Not sure? 09:00 is a good start.
onboarding-done =
    🎉 All set! I'll remind you at { $remind_time } on { $when } ({ $timezone }).

    Send /routine to start now, or /quick for the 2-minute version.
onboarding-goal-ask = 🎯 How many days a week would you like to exercise? The other days are rest days, and I'll only remind you on exercise days. Not sure? 5 is a good start.
onboarding-done-no-reminders =
    🎉 All set! Your time zone is { $timezone } and reminders are off; send /remind 9am if you'd like one.

    Send /routine to start now, or /quick for the 2-minute version.
onboarding-band-ask = 🧰 Last question: do you have a resistance band (a stretchy exercise band)? If not, you'll pull a towel instead.

## button
button-cleared = 🩺 A professional has checked me
button-unlock-yes = ✅ Yes, I'm cleared to exercise
button-unlock-no = Not yet
button-screen-none = None of these
button-screen-done = ✅ Done
button-pause-routine = ⏸ Pause my reminders
button-snooze = ⏰ Snooze 1 h
button-keep = 👍 Keep it
button-drop = 🗑 Drop it
button-range-30 = 30 days
button-range-90 = 90 days
button-range-all = All time
button-older = ◀ Older
button-newer = Newer ▶
button-delete-yes = 🗑 Yes, delete everything
button-delete-no = Keep my data
button-restore-routine = ♻️ Restore default routine
button-skip-today = 🙅 Skip today
button-consent-yes = ✅ Yes, keep my answers
button-consent-no = 🚫 No, don't keep them
button-done = ✅ Done
button-skip = ⏭ Skip
button-hurts = 😣 Hurts
button-stop = ⏹ Stop
button-timer = ▶ Timer
button-hurt-mild = Mild
button-hurt-strong = Strong
button-hurt-sharp = Sharp, numb, tingling, dizzy
button-hurt-urgent = 🚨 Chest pain or can't breathe
button-reminders-off = 🔕 No reminders
button-forget-health = 🗑 Delete what I shared
button-start-routine = ▶ Start routine
button-quick = ⚡ 2-minute version
button-goal = days
button-back = ◀ Back
button-settings-reminders-on = 🔔 Reminders: on
button-settings-reminders-off = 🔕 Reminders: off
button-settings-time = ⏰ Time
button-settings-days = 📅 Days
button-settings-zone = 🌍 Time zone
button-settings-pain-on = 📊 Pain tracking: on
button-settings-pain-off = 📊 Pain tracking: off
button-settings-weekly-on = 📬 Weekly summary: on
button-settings-weekly-off = 📬 Weekly summary: off
button-settings-band-on = 🧰 Band: yes
button-settings-band-off = 🧰 Band: no
button-settings-lessons-on = 📚 Lessons: on
button-settings-lessons-off = 📚 Lessons: off
button-settings-pause = ⏸ Pause 7 days
button-settings-resume = ▶️ Resume
button-every-day = Every day
button-weekdays = Mon–Fri
button-use-location = 📍 Use my location
button-share-location = 📍 Share location
button-finish-paused = ▶ Finish it ({ $index }/{ $total })
button-start-other = Start { $other }
button-band-yes = ✅ Yes
button-band-no = No
button-feel-easy = 😌 Easy
button-feel-just-right = 👍 Just right
button-feel-hard = 😮‍💨 Hard
button-feel-painful = 😣 Painful
button-feel-skip = Skip
button-lessons-on = 🔔 Lessons after sessions
button-lessons-off = 🔕 No lessons after sessions
button-reset-levels = ↩️ Doses back to the start

## routine
routine-pain-before-ask =
    Before we start: how much pain do you have right now?
    0 = none, 10 = worst imaginable
routine-pain-after-ask =
    Last question: how much pain do you have now?
    0 = none, 10 = worst imaginable
routine-exercise =
    🏋️ { $index }/{ $total } · { $name }
    { $why }

    { $steps }

    🔁 { $dose }
    🛡 { $safety }
routine-exercise-gentler =
    🌱 Gentler version of { $name }

    { $gentler }

    🔁 { $dose }
    🛡 { $safety }
routine-hurts-ask =
    Sorry it hurts 😣 What is it like during { $name }?

    • Mild: uncomfortable but OK → try a gentler version
    • Strong: it really hurts → skip this one
    • Sharp, numb, tingling or dizzy → stop and get checked
    • 🚨 Chest pain or can't breathe → emergency advice
routine-hurts-ask-gentler =
    Sorry it still hurts 😣 What is it like during { $name }?

    • Mild: uncomfortable but OK → leave this one out today
    • Strong: it really hurts → skip it, and think about stopping for today
    • Sharp, numb, tingling or dizzy → stop and get checked
    • 🚨 Chest pain or can't breathe → emergency advice
routine-hurt-mild = Let's try the gentler version: slower and smaller. Keep it comfortable.
routine-hurt-strong = OK, we'll skip { $name } today. If today isn't a day for exercise, tap ⏹ Stop below: stopping is fine too.
routine-hurt-let-go = OK, we'll leave { $name } out today. If the next one hurts too, ⏹ Stop is always fine.
routine-red-flag-stop =
    ⏹ Please stop the exercises for now.

    Sharp pain, dizziness, numbness, tingling or weakness should be checked: please see a doctor or physiotherapist soon. Get help today if the numbness or weakness is spreading or getting worse.

    🚨 Call your local emergency number now (112 / 911 / 999) if you also have chest pain, trouble breathing, slurred speech or a drooping face.

    I've paused your routines and reminders until a health professional has checked you.
routine-emergency =
    🚨 If this is happening now, call your local emergency number (112 / 911 / 999), or ask someone to call for you.

    Stop the exercises and sit down somewhere safe. Don't drive yourself.

    I've paused your routines and reminders until a health professional has checked you.
routine-resumed = Welcome back! Picking up where you left off: exercise { $index } of { $total }.
routine-cancelled = ⏸ Left for now. Your session is kept: /routine picks up at exercise { $index } of { $total }.
routine-no-session = There's no routine running right now. Send /routine to start one.
routine-timer-running = ⏱ { $remaining } s
routine-timer-done = ⏰ Time's up! Tap ✅ Done when you're ready.
routine-summary-head =
    🏁 { $title }
    ✅ Done: { $done } · ⏭ Skipped: { $skipped } · 😣 Hurt: { $hurt }
routine-summary-stopped = You stopped early, and that's OK. Listening to your body is part of the routine.
routine-summary-pain = Pain before → after: { $before } → { $after }
routine-summary-pain-off = Your pain scores were used only to look out for you today, and weren't kept. /settings can change that.
routine-summary-streak = 🔥 Day streak: { $current } (best: { $best })
routine-summary-counts-rule = A session counts for your streak when you do at least 2 exercises.
routine-summary-next-reminder = ⏰ Next reminder: { $when }
routine-summary-reminders-off = 🔕 Reminders are off. Send /remind HH:MM to turn them on.
routine-softened-note = 🌱 { $name } hurt in 2 of your last 3 sessions, so today you get its gentler version. Tap 😣 Hurts again if even that is too much.
routine-escalation =
    🩺 { $reason }

    That is worth a professional's look: please see a doctor or physiotherapist. Until then, go easy: do only what feels comfortable, or take a break. I can pause your reminders until you've been seen; your streak will wait. Before your next routine, I'll ask the safety questions again.

    🚨 Call your local emergency number now (112 / 911 / 999) if you have chest pain or pressure, trouble breathing, or new loss of bladder or bowel control.
routine-escalation-high-after = Your pain after this session was { $after } out of 10.
routine-escalation-rose = Your pain went up from { $before } to { $after } during this session.
routine-escalation-trend = Your weekly average pain has gone up by 1 point or more over two weeks.
routine-escalation-no-improvement = After 6 weeks of regular sessions, your pain hasn't clearly improved.
routine-ask-keep-drop = You've skipped { $name } 3 times in a row. Keep it in your routine, or drop it? You can always bring it back in /settings.
routine-kept = 👍 { $name } stays in your routine.
routine-dropped = 🗑 { $name } is out of your routine. /settings can restore the default routine.
routine-opening = ⏱ About { $minutes } min. You'll need: { $needs }.
routine-opening-nothing = ⏱ About { $minutes } min. You need nothing but a little space.
routine-choose-paused = Finish your paused routine ({ $index }/{ $total }) or start { $other }?
routine-timer-side = ⏱ { $side }: { $remaining } s
routine-timer-switch = 🔄 Switch to { $side }… { $remaining } s
routine-timer-rest = 😮‍💨 Rest… { $remaining } s
routine-timer-round = Round { $round } of { $rounds }
routine-timer-finished = ✅ Timer finished.
routine-timer-busy = ⏱ The timer is already running.

## safety
safety-show =
    🛡 Safety

    I coach exercises; I don't diagnose, and I'm not a substitute for a doctor or physiotherapist.

    🚨 Call your local emergency number now (112 / 911 / 999) if you have:
    • chest pain or pressure
    • trouble breathing
    • new loss of bladder or bowel control, trouble peeing, or numbness between your legs
    • a sudden, severe headache
    • slurred speech, a drooping face, or sudden weakness on one side

    🏥 Get medical help today if you have:
    • new clumsy hands or unsteady walking
    • numbness or weakness that is spreading or getting worse

    🩺 Stop the exercises and see a doctor or physiotherapist soon if you have:
    • sharp pain, or numbness, tingling or weakness in your arms or legs
    • dizziness, fainting or vision changes when you move your neck
    • fever, night sweats or weight loss you can't explain
    • pain after a fall or injury, or constant pain at night
    • pain that keeps getting worse

    During an exercise, 😣 Hurts lets you go gentler, skip or stop. You can also just type what you feel.

## settings
settings-show = ⚙️ Your settings (tap a button to change one)
settings-consent-on = on
settings-consent-off = off
settings-reminders-off-value = off
settings-timezone-usage = Usage: /timezone Europe/Berlin
settings-remind-usage = Usage: /remind 7:30 (or 7pm, 19h), or /remind off, on, weekdays or daily
settings-timezone-set = 🌍 Time zone set to { $timezone }.
settings-remind-set = ⏰ Reminder set for { $remind_time } ({ $timezone }).
settings-reminders-disabled = 🔕 Reminders are off. Send /remind on, or a time like /remind 9am, to turn them back on.
settings-consent-now-on = 📊 Keeping your health answers is on: your ratings will build your progress chart.
settings-consent-now-off = 📊 Keeping your health answers is off. I'll still ask how you feel, to keep you safe, but I won't keep new answers. What you shared before is still kept for your chart: keep it, or delete it now.
settings-health-erased = 🗑 Done: your earlier pain ratings, safety-check answers, hurt levels and symptom notes are deleted. If your routines are paused for safety, they stay paused.
settings-reminders-enabled = 🔔 Reminders are back on.
settings-weekdays-only = 📅 Reminders on weekdays only (Monday to Friday).
settings-every-day = 📅 Reminders every day.
settings-paused-until = ⏸ Reminders paused until { $until }. Your streak is frozen, not lost. Send /resume to come back earlier.
settings-paused-indefinitely = ⏸ Reminders paused until you send /resume. Your streak is frozen, not lost.
settings-resumed = ▶️ Welcome back! Reminders are on again, and your streak of { $current_streak } is waiting.
settings-not-paused = Reminders aren't paused. Send /pause or /pause 7 to take a break.
settings-routine-restored = ♻️ Your routine is back to the default: every exercise is in again.
settings-weekly-on = 📬 Weekly summary on: every Sunday at 19:00 your time.
settings-weekly-off = 📬 Weekly summary off.
settings-pause-usage = Usage: /pause (until /resume) or /pause 7 (for 7 days, at most 365).
settings-screen-reminder = ⏰ Reminder: { $remind_time }, { $when }
settings-screen-reminder-off = 🔕 Reminders: off
settings-screen-paused-until = ⏸ Paused until { $until }
settings-screen-paused = ⏸ Paused until you send /resume
settings-screen-not-paused = ▶️ Not paused
settings-screen-goal = 🎯 Weekly goal: { $days } days a week
settings-screen-zone = 🌍 Time zone: { $timezone }
settings-screen-pain = 📊 Pain tracking: { $consent }
settings-screen-weekly = 📬 Weekly summary: { $consent }
settings-screen-band = 🧰 Resistance band exercise: { $consent } (off: a towel pull-down instead)
settings-screen-lessons = 📚 A short lesson after a session: { $consent }
settings-screen-levels = 📈 Doses grow after easy sessions.
settings-screen-routine = 🏋️ Routine: every exercise in
settings-screen-routine-dropped = 🏋️ Routine: left out: { $name }
settings-screen-forget = Pain tracking is off. What you shared before is still kept: 🗑 deletes it.
settings-days-every-day = every day
settings-days-weekdays = Monday to Friday
settings-weekday-names = Mon Tue Wed Thu Fri Sat Sun
settings-page-time = ⏰ What time should I remind you? Tap a time, or type one like 7:30, 7pm or 19h.
settings-page-days = 📅 On which days should I remind you? Tap a day to switch it on or off.
settings-page-zone = 🌍 Which time zone are you in? Tap one, type your city (Berlin, New York), or use your location.
settings-zone-did-you-mean = 🤔 Did you mean one of these? Tap yours, or type another city.
settings-zone-offset = 🕒 { $zone } is a fixed offset, and it doesn't follow daylight saving: your reminder would move by an hour twice a year. These places are on { $zone } now; tap yours, or type your city.
settings-location-ask = 📍 Or tap Share location below: I'll set your time zone from it and won't keep the place.
settings-location-unknown = I couldn't tell the time zone of that spot. Please type your city instead, like Berlin.
settings-pain-out-of-range = The scale goes from 0 (no pain) to 10 (worst imaginable). Please send a number in that range, like 4.

## progress
progress-caption =
    📈 Your progress
    🗓 Sessions: { $sessions_week } in the last 7 days, { $sessions_month } in the last 30
    🔥 Streak: { $current } (best: { $best })
    { $relief }
    { $comparison }
progress-relief = 😌 Average relief within a session: { $relief } points
progress-relief-none = 😌 Relief within a session shows up once you rate pain before and after.
progress-improved = ✅ Your average pain is down { $points } points ({ $percent }%) since your first week, from { $first } to { $now }. That's a clear improvement (it takes 2 points, or 30% and at least 1 point). Well done!
progress-worsened = ⚠️ Your average pain is up { $points } points since your first week, from { $first } to { $now }. Pain often goes up and down, but if it stays up or keeps rising, please see a doctor or physiotherapist.
progress-no-clear-change = Your average pain was { $first } in your first week and is { $now } this week, { $points } points apart. That's not a clear change yet: it takes 2 points, or 30% and at least 1 point.
progress-not-enough-data = I'll compare this week's average pain with your first week's once both weeks have ratings.
progress-empty = 📈 Nothing to show yet. Do /routine or /quick, and your days will fill in a calendar here.
progress-pain-off =
    📈 Your progress
    🗓 Sessions: { $sessions_week } in the last 7 days, { $sessions_month } in the last 30
    🔥 Streak: { $current } (best: { $best })
    Pain tracking is off. Turn it on in /settings to chart your pain too.

## calendar
# Words drawn on the /progress habit calendar. legend: done | quick | missed | paused | rest.
calendar-title = Your practice
calendar-legend = Routine | Quick | Missed | Paused | Rest day

## chart
# Words drawn on the /progress chart. months: twelve short names, separated by spaces.
chart-title-since = Pain since { $start }
chart-title-window = Pain, last { $days } { $days ->
        [one] day
       *[other] days
    }
chart-before = Before
chart-after = After
chart-weekly = Weekly average (before)
chart-pain-axis = Pain (0–10)
chart-sessions = Sessions
chart-date-axis = Date ({ $zone })
chart-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec

## history
history-title = 🗂 Your sessions
history-line = { $date } · { $routine } · ✅ { $done } ⏭ { $skipped } 😣 { $hurt } · pain { $pain }
history-empty = No finished sessions yet. /routine starts one.

## export
export-intro = 📦 Here is everything I store about you: a CSV with one row per session and rating, and a JSON file with all of it.

## delete
delete-confirm = 🗑 This deletes everything I store about you: settings, sessions, exercise results, pain ratings and reminders. It cannot be undone. Are you sure?
delete-done = Done. I've deleted all your data and won't message you again. Send /start any time to begin afresh.
delete-cancelled = OK, nothing was deleted.
delete-expired = This button has expired. Send /delete again.
delete-nothing = I don't store anything about you, so there is nothing to delete.

## weekly
weekly-caption =
    📬 Your week
    🗓 Sessions in the last 7 days: { $sessions_week }
    🔥 Streak: { $current } (best: { $best })
    { $relief }
    { $comparison }

## nudge
nudge-message-1 = 🌤 Time for your back routine! A few gentle minutes now, and your neck will thank you later.
nudge-message-2 = 🧘 Ready for a short break from the screen? Your upper-back routine is waiting.
nudge-message-3 = 💪 Quick check-in: shall we loosen up those shoulders?
nudge-message-4 = ☕ Stretch break! Even the 2-minute version makes a difference.
nudge-message-5 = 🪑 You've been sitting a while, perhaps. Let's move your upper back for a few minutes.
nudge-streak = 🔥 Your streak: { $streak } { $streak ->
        [one] day
       *[other] days
    }. Keep it going!
nudge-no-streak = ✨ Today is a good day to start a streak.
nudge-snoozed = ⏰ OK, I'll remind you again in an hour.
nudge-skipped-today = 👍 OK, no more reminders today. See you tomorrow!

## report
# The clinician report (PDF). Printed on A4, never sent as a message. Numbers and dates are
# filled in already formatted (one decimal for averages, ISO dates).
report-title = BackCoach exercise report
report-disclaimer = Self-reported data from an exercise coach, not a medical record.
report-meta =
    Name: { $name }
    Routine: { $routine }
    Period: { $start } to { $end } (number of days: { $days })
    Created: { $created }
report-page = Page { $page } of { $pages }
report-adherence-title = Adherence
report-adherence-line = Sessions done: { $done } (quick sessions among them: { $quick }), { $per_week } per week. Longest streak (days in a row): { $streak }. Sessions stopped early: { $stopped }.
report-day-done = Done
report-day-quick = Quick only
report-day-missed = Missed
report-day-stopped = Stopped early
report-day-paused = Paused
report-day-rest = Rest day
report-weekdays = Mon Tue Wed Thu Fri Sat Sun
report-pain-title = Pain (0–10, self-rated before and after each session)
report-pain-off = Pain is not tracked: this person has pain ratings turned off, so no pain data is shown.
report-pain-none = No pain ratings in this period.
report-pain-improved = Weekly average pain went down from { $first } in the first week to { $last } in the last week: { $points } points ({ $percent }%). That is a meaningful improvement by the rule used here (at least 2 points, or at least 30% and at least 1 point).
report-pain-worsened = Weekly average pain went up from { $first } in the first week to { $last } in the last week: { $points } points ({ $percent }%). That is a meaningful worsening by the rule used here (at least 2 points, or at least 30% and at least 1 point).
report-pain-no-clear-change = Weekly average pain was { $first } in the first week and { $last } in the last week: { $points } points apart ({ $percent }%). That is not a meaningful change by the rule used here (at least 2 points, or at least 30% and at least 1 point).
report-pain-not-enough = Fewer than two weeks have pain ratings, so no change is stated.
report-psfs-title = Function (Patient-Specific Functional Scale)
report-psfs-scale = The person named up to three activities their back or neck makes hard and scored each from 0 (can't do it at all) to 10 (as well as before the pain), every 14 days.
report-psfs-none = No function checks in this period.
report-psfs-improved = Mean score went up from { $first } to { $last }: { $points } points. That is a meaningful improvement (at least 2 points for the mean, at least 3 for one activity).
report-psfs-worsened = Mean score went down from { $first } to { $last }: { $points } points. That is a meaningful worsening (at least 2 points for the mean, at least 3 for one activity).
report-psfs-no-clear-change = Mean score was { $first } at the first check and { $last } at the last: { $points } points apart. That is not a meaningful change (at least 2 points for the mean, at least 3 for one activity).
report-psfs-not-enough = Only one check so far, so no change is stated.
report-psfs-activity = Activity
report-psfs-change = Change
report-meaningful = meaningful
report-exercises-title = Exercises
report-col-exercise = Exercise
report-col-done = Done
report-col-skipped = Skipped
report-col-hurt-mild = Hurt: mild
report-col-hurt-strong = Hurt: strong
report-col-hurt-sharp = Hurt: sharp
report-col-hurt-urgent = Urgent signs
report-col-gentler = Gentler
report-col-dose = Current dose
report-dropped = dropped
report-safety-title = Safety
report-safety-none = No safety events in this period.
report-col-date = Date
report-col-event = Event
report-col-detail = Detail
report-safety-stop = Safety stop
report-safety-symptom = Typed symptom (kind)
report-safety-escalation = Advised to see a professional
report-safety-red-flag = Red-flag answer
report-detail-typed-emergency = Emergency signs: chest, breathing, bladder or bowel, sudden headache
report-detail-typed-see-professional = Dizziness, numbness, tingling or weakness
report-detail-hurt-urgent = Urgent signs during an exercise; session stopped
report-detail-hurt-sharp = Sharp pain, numbness or tingling during an exercise; session stopped
report-detail-high-after = Pain 7 or more after a session
report-detail-rose-during-session = Pain rose by 2 or more within a session
report-detail-rising-weekly-trend = Weekly average pain rising
report-detail-no-improvement-6-weeks = No meaningful improvement after 6 weeks of regular sessions
report-detail-other = Safety event
report-doses-title = Dose changes
report-doses-none = No dose changes in this period.
report-col-from = From
report-col-to = To
report-col-why = Why
report-dose-raised = Raised
report-dose-lowered = Lowered
report-reason-reset = the person reset all doses to the start

## psfs
# The function check (Patient-Specific Functional Scale), every 14 days with consent.
psfs-offer = 🧩 One more minute? Tell me how a few everyday activities are going. It shows progress that pain scores can miss.
psfs-button-start = ▶ Start (1 min)
psfs-button-later = Not now
psfs-ask-names = 🧩 Which everyday activities does your back or neck make hard? Tap up to three, or type your own in a few words.
psfs-ask-more =
    Your activities so far:
    { $activities }
    Tap or type another, or tap Done.
psfs-suggest-1 = Sitting at my desk for an hour
psfs-suggest-2 = Looking over my shoulder while driving
psfs-suggest-3 = Sleeping on my side
psfs-suggest-4 = Lifting a bag
psfs-suggest-5 = Reading or using my phone
psfs-button-done = ✅ Done
psfs-button-skip = Skip for now
psfs-review =
    🧩 Time for your 2-weekly function check. Same activities as last time?
    { $activities }
psfs-button-same = ▶ Same ones
psfs-button-swap = 🔁 Swap one
psfs-button-add = ➕ Add one
psfs-ask-swap = Which one do you want to swap for another?
psfs-ask-rename = What should take the place of “{ $name }”? Tap one, or type your own in a few words.
psfs-ask-score =
    { $index }/{ $total } · How well can you do this now?
    “{ $name }”
    0 = can't do it at all, 10 = as well as before the pain
psfs-button-pass = Skip this one
psfs-finished =
    ✅ Saved:
    { $lines }
    I'll ask again in 2 weeks. /progress shows how it changes.
psfs-line-first = • { $name }: { $now }
psfs-line-change = • { $name }: { $previous } → { $now }
psfs-line-passed = • { $name }: skipped
psfs-skipped = OK, not now. I'll ask again in 2 weeks, or send /function any time.
psfs-too-long = That's a bit long: please keep it to { $limit } characters, like “Sitting at my desk for an hour”.
psfs-empty = Please type the activity in a few words.
psfs-duplicate = You have that one already. Type a different activity, or tap Done.
psfs-too-many = You have three already, the most I ask about. Tap Done to go on.
psfs-no-consent = 🧩 The function check keeps your answers, and you chose not to let me keep health answers. You can change that in /settings.
psfs-stale = That check is over. Send /function to start one.
psfs-progress-title = 🧩 Function (0 = can't do it at all, 10 = as well as before the pain)
psfs-progress-line = • { $name }: { $scores }{ $change }
psfs-progress-improved = ✅ Your average function score is up { $points } points, from { $first } to { $last }. That's a clear change (it takes 2 points for the average, 3 for one activity).
psfs-progress-worsened = Your average function score is down { $points } points, from { $first } to { $last }. Bad spells happen; if things keep getting harder, please see a doctor or physiotherapist.
psfs-progress-no-clear-change = Your average function score went from { $first } to { $last }, { $points } points apart. Not a clear change yet: it takes 2 points for the average, 3 for one activity.
psfs-progress-one-check = One check so far: the next one, in 2 weeks, shows the change.
psfs-activity-up = (up { $points }: a clear change)
psfs-activity-down = (down { $points }: a clear change)

## report_chat
# /report: the PDF for a physiotherapist or doctor, and what is said around it.
report-chat-caption = 📄 Your BackCoach report, { $start } to { $end }. Share it with your physio or doctor if you like: it shows what you did and how you felt.
report-chat-no-sessions = 📄 There's nothing to report yet: the report is about your sessions, and none is finished. Do /routine or /quick, then ask again.
report-chat-no-sessions-period = 📄 No finished sessions in the last { $days } days, so there's nothing to report for that time. Try a longer period:
report-chat-button-4-weeks = 4 weeks
report-chat-button-12-weeks = 12 weeks
report-chat-button-all = All time

## grow

# A programme that grows (issue 20) and encouragement that is earned (issue 17).
grow-praise-all = Nice work: all { $done } done
grow-praise-some = Nice work: { $done } of { $total } done
grow-praise-none = Thanks for checking in today
grow-praise-pain = , and your pain went from { $before } to { $after }
grow-milestone-3 = 🎉 3 days in a row: the habit is taking shape.
grow-milestone-7 = 🎉 A whole week in a row. This is how change happens.
grow-milestone-14 = 🎉 Two weeks in a row: this is part of your day now.
grow-milestone-30 = 🏆 30 days in a row. Thank you for looking after your back.
grow-welcome-back = 👋 Welcome back; streaks can restart, progress stays.
grow-weekly-streak = 📅 Weeks in a row with your goal met: { $current } (goal: { $goal } days a week)
grow-weekly-this-week = 📅 Weeks in a row with your goal met: { $current } · this week { $days } of { $goal } days
grow-streak-forgiving = Rest days and paused days never break your weekly streak.
grow-feel-ask = How did it feel?
grow-feel-noted = Thanks, noted.
grow-feel-skipped = OK, no answer today.
grow-level-up = { $name }: { $dose } from today, you've had three easy sessions.
grow-level-down-hard = { $name }: back to { $dose } from today, after two hard sessions in a row.
grow-level-down-hurt = { $name }: back to { $dose } from today, because it hurt.
grow-lesson-source = Source:
grow-learn-title = 📚 Short lessons: { $seen } of { $total } read in this round. Tap one to read it.
grow-learn-on = One lesson follows a finished session, at most one a day.
grow-learn-off = Lessons after sessions are off; you can still read them here.
grow-levels-reset = Every exercise is back to its first dose.
grow-levels-reset-none = Every exercise is already at its first dose.
grow-history-levels = Dose changes:
grow-history-level = { $date } · { $name }: level { $before } → { $after } ({ $reason })
grow-reason-up = three easy sessions
grow-reason-hard = hard twice in a row
grow-reason-hurt = it hurt
grow-reason-reset = reset
