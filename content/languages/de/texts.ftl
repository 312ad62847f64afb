### Alle Texte für Nutzer (Deutsch, du), in Fluent-Syntax. Reiner Text, Emoji erlaubt.
### Ids und { $Platzhalter } wie in content/texts.ftl. {"{"} oder {"}"} für eine geschweifte Klammer.
### Zahlen wählen ihre Wörter mit { $n -> [one] … *[other] … } (deutsche CLDR-Kategorien: one, other).

## language
language-name = Deutsch

## commands
command-routine = Heutige Übungen starten oder fortsetzen
command-quick = Die 2-Minuten-Version
command-stop = Einheit verlassen; /routine setzt sie fort
command-safety = Warnzeichen und was dann zu tun ist
command-settings = Erinnerungen, Ziel, Zeitzone und mehr
command-timezone = Deine Zeitzone, z. B. /timezone Berlin
command-remind = Deine Erinnerung, z. B. 8:30, oder off
command-progress = Deine Schmerzkurve und Zahlen
command-history = Deine letzten Einheiten
command-pause = Erinnerungen pausieren, z. B. /pause 7
command-resume = Erinnerungen wieder einschalten
command-export = Alle deine Daten als Dateien
command-delete = Alle deine Daten löschen
command-help = Was ich kann
command-start = Begrüßung und Sicherheitscheck
command-function = 1 Minute zu deinen Alltagsaktivitäten
command-report = Ein PDF-Bericht für Physio oder Arzt
command-learn = Kurze Lektionen über deinen Rücken
command-language = Language · Idioma · Sprache · Язык

## units
units-second = Sek.
units-minute = Min.

## dose
# Die Zahl einer Dosisstufe mit ihrem Nomen, eingesetzt in die Stufen von exercises.toml:
# {sets}, {reps}, {slow_reps} und {times}. $count ist eine Zahl („3“) oder ein Bereich („2–3“,
# nimmt *[other]).
dose-sets = { $count } { $count ->
        [one] Satz
       *[other] Sätze
    }
dose-reps = { $count } { $count ->
        [one] Wiederholung
       *[other] Wiederholungen
    }
dose-slow-reps = { $count } { $count ->
        [one] langsame Wiederholung
       *[other] langsame Wiederholungen
    }
dose-times = { $count } { $count ->
        [one] Durchgang
       *[other] Durchgänge
    }

## common
common-help =
    🧘 BackCoach führt dich jeden Tag durch ein kurzes Programm mit sanften Übungen für oberen Rücken und Nacken.

    /routine – das ganze Programm starten
    /quick – die 2-Minuten-Version
    /stop – die laufende Einheit verlassen (/routine macht dort weiter)
    /safety – Warnzeichen und was dann zu tun ist
    /settings – Erinnerungen, Tage, Wochenziel, Zeitzone, Schmerztagebuch, Wochenrückblick
    /language – Sprache: English, Español, Deutsch, Русский
    /progress – dein Schmerzverlauf und deine Zahlen
    /history – deine letzten Einheiten
    /function – 1-Minuten-Check für Alltagsaktivitäten
    /report – ein PDF-Bericht für deine Physio oder deinen Arzt
    /learn – kurze Lektionen über Rücken und Nacken
    /export – alle deine Daten als Dateien
    /delete – alle deine Daten löschen
    /timezone <Stadt> – Zeitzone setzen, z. B. /timezone Berlin
    /remind 7:30 – Uhrzeit der Erinnerung setzen (19h geht auch); /remind off, on, weekdays oder daily
    /pause [Tage] – Pause von den Erinnerungen; mit /resume geht es weiter
    /help – diese Nachricht zeigen
    /start – Begrüßung und Sicherheitscheck

    Ich leite dich bei Übungen an, Diagnosen stelle ich keine. Wenn deine Schmerzen stark sind, nicht besser werden oder andere Beschwerden dazukommen, geh bitte zu einer Ärztin, einem Arzt oder in die Physiotherapie.
common-unknown-command = 🤔 Diesen Befehl kenne ich nicht. Schick /help, dann siehst du, was ich kann.
common-hint-idle = Damit weiß ich nichts anzufangen 🙂 Schick /routine für das ganze Programm, /quick für die 2-Minuten-Version oder /help.
common-hint-pain = Bitte schick eine Zahl von 0 bis 10, zum Beispiel 4, oder tipp auf einen der Buttons.
common-hint-buttons = Wir sind mitten in einer Übung: Bitte nutz die Buttons darunter, oder schick /stop, um sie erst mal zu verlassen.
common-hint-timezone = Diese Zeitzone habe ich nicht gefunden. Schreib deine Stadt (Berlin, Wien, Zürich), tipp auf einen Button oder teile deinen Standort.
common-hint-time = Diese Uhrzeit konnte ich nicht lesen. Versuch 7:30, 19:00 oder 19h, oder tipp auf einen Button.
common-stale-button = Diese Einheit ist vorbei – /routine startet eine neue.
common-already-recorded = Schon notiert 👍
common-finish-setup-first = Erst noch die Einrichtung abschließen: Tipp auf einen der Buttons oben oder schick /start.
common-locked-screening = 🔒 Deine Übungen und Erinnerungen sind wegen einer Antwort im Sicherheitscheck pausiert. Bitte geh zu einer Ärztin, einem Arzt oder in die Physiotherapie. Wenn dich eine Fachperson untersucht hat und du wieder üben darfst, tipp auf den Button unten.
common-locked-in-session = 🔒 Deine Übungen und Erinnerungen sind pausiert: Du hast mir während einer Einheit von stechendem Schmerz, Taubheit, Kribbeln oder einem Warnzeichen erzählt. Bitte geh zu einer Ärztin, einem Arzt oder in die Physiotherapie. Wenn dich eine Fachperson untersucht hat und du wieder üben darfst, tipp auf den Button unten.
common-locked-typed = 🔒 Deine Übungen und Erinnerungen sind wegen einer Beschwerde pausiert, die du mir geschrieben hast. Bitte geh zu einer Ärztin, einem Arzt oder in die Physiotherapie. Wenn dich eine Fachperson untersucht hat und du wieder üben darfst, tipp auf den Button unten.
common-unlock-confirm = Nur zur Sicherheit: Hat dich eine Ärztin, ein Arzt, eine Physiotherapeutin oder eine andere Fachperson untersucht und gesagt, dass du wieder üben darfst?
common-unlock-done = Danke. Deine Übungen und Erinnerungen sind wieder an. Geh es sanft an und hör auf, wenn sich etwas falsch anfühlt: /safety zeigt die Warnzeichen.
common-unlock-not-yet = Okay, sie bleiben pausiert. Pass auf dich auf und komm wieder, wenn du untersucht wurdest. /safety zeigt die Warnzeichen.
common-not-locked = Gerade ist nichts aus Sicherheitsgründen pausiert.
common-symptom-hurts = Tut mir leid, dass es wehtut. Wenn der Schmerz stark ist, immer schlimmer wird oder mit Taubheit, Kribbeln, Schwäche oder Fieber kommt, geh bitte zu einer Ärztin, einem Arzt oder in die Physiotherapie. /safety zeigt die Warnzeichen, bei denen du sofort Hilfe brauchst.
common-button-expired = Dieser Button ist nicht mehr aktiv.
common-error = 😕 Bei mir ist etwas schiefgelaufen. Dein Fortschritt ist gespeichert: Schick /routine, um dort weiterzumachen, wo du aufgehört hast.

## onboarding
onboarding-welcome =
    Hallo { $first_name } 👋 Ich bin BackCoach.

    Jeden Tag führe ich dich durch ein kurzes Programm mit sanften Übungen für oberen Rücken und Nacken. Ich erinnere dich zu einer Uhrzeit deiner Wahl und halte, wenn du willst, deine Schmerzen und deine Serie fest.

    Ich stelle keine Diagnosen und ersetze keine Ärztin, keinen Arzt und keine Physiotherapie.

    Zuerst eine Frage zu deinem Datenschutz, dann ein kurzer Sicherheitscheck.
onboarding-welcome-back = Willkommen zurück, { $first_name } 👋 Nichts wurde gelöscht: Deine Serie steht bei { $current_streak } { $current_streak ->
        [one] Tag
       *[other] Tagen
    }. Schick /routine, sobald du bereit bist.
onboarding-screen-checklist =
    🩺 Sicherheitscheck

    Trifft etwas davon auf dich zu? Tipp auf die Nummer jedes Punkts, der zutrifft, dann auf ✅ Fertig. Wenn nichts zutrifft, tipp auf „Nichts davon“.

    🚨 sofort Hilfe holen · 🩺 erst zur Ärztin, zum Arzt oder in die Physio

    { $items }
onboarding-rescreen-intro = 🩺 Vor dem heutigen Programm ein kurzer Sicherheitscheck: Der letzte ist eine Weile her, oder deine Schmerzen waren stark. Bitte lies die Liste noch einmal. Wenn nichts davon zutrifft, reicht ein Tipp.
onboarding-urgent-advice =
    🚨 Wenn du Brustschmerzen oder Atemnot hast, ein taubes Gefühl zwischen den Beinen hast oder Blase oder Darm nicht mehr kontrollieren kannst, ruf jetzt den Notruf 112 an.

    Sonst hol dir bitte noch heute ärztliche Hilfe, in einer Notfallpraxis oder Notaufnahme.

    Bitte mach diese Übungen erst, wenn dich eine Fachperson untersucht hat. Ich habe deine Übungen und Erinnerungen pausiert. Wenn du untersucht wurdest und wieder üben darfst, schick /routine.
onboarding-doctor-advice =
    Danke, dass du mir das sagst. Bitte geh zu einer Ärztin, einem Arzt oder in die Physiotherapie, bevor du mit diesen Übungen anfängst. Dort kann man prüfen, ob sie für dich passen.

    Bis dahin habe ich die Übungen und Erinnerungen pausiert. Wenn eine Fachperson sagt, dass du üben darfst, schick /routine.
onboarding-screen-clear = ✅ Danke fürs Prüfen. Wir fangen sanft an. Wenn etwas von der Liste auftritt oder sich etwas falsch anfühlt, hör auf und schau in /safety.
onboarding-rescreen-clear = ✅ Danke, nichts Neues. Los geht's, wenn du bereit bist:
onboarding-consent-ask =
    📊 Darf ich deine Gesundheitsangaben speichern?

    Das sind deine Schmerzwerte (0–10), deine Antworten im Sicherheitscheck, wie sehr eine Übung wehgetan hat, und die Art einer Beschwerde, die du nennst (nicht deine Worte). Ich nutze sie nur, um dir deinen Fortschritt zu zeigen und auf dich aufzupassen.

    Wenn du Nein sagst, funktioniert trotzdem alles. Ich frage weiter, wie es dir geht, speichere die Antworten aber nicht, nur einen Vermerk, wenn deine Übungen aus Sicherheitsgründen pausiert sind. Du kannst das jederzeit in /settings ändern, und /delete löscht alles.
onboarding-consent-yes = Danke! Ich speichere deine Gesundheitsangaben. Du kannst das jederzeit in /settings ausschalten.
onboarding-consent-no = Kein Problem: Ich speichere deine Gesundheitsangaben nicht. Du kannst das später in /settings einschalten.
onboarding-timezone-ask = 🌍 In welcher Zeitzone bist du? Tipp unten auf eine, schreib deine Stadt (z. B. Berlin oder Wien) oder tipp unter dem Textfeld auf 📍 Standort teilen.
onboarding-timezone-set = 🌍 Zeitzone eingestellt: { $timezone }.
onboarding-remind-ask = ⏰ Wann soll ich dich an deinen Übungstagen erinnern? Tipp auf eine Uhrzeit oder schreib eine, z. B. 7:30 oder 19:00. Unsicher? 09:00 ist ein guter Anfang.
onboarding-done =
    🎉 Alles bereit! Ich erinnere dich um { $remind_time }, { $when } ({ $timezone }).

    Schick /routine, um jetzt zu starten, oder /quick für die 2-Minuten-Version.
onboarding-goal-ask = 🎯 An wie vielen Tagen pro Woche möchtest du üben? Die anderen Tage sind Ruhetage, und ich erinnere dich nur an Übungstagen. Unsicher? 5 ist ein guter Anfang.
onboarding-done-no-reminders =
    🎉 Alles bereit! Deine Zeitzone ist { $timezone }, Erinnerungen sind aus. Schick /remind 9:00, wenn du eine möchtest.

    Schick /routine, um jetzt zu starten, oder /quick für die 2-Minuten-Version.
onboarding-band-ask = 🧰 Letzte Frage: Hast du ein Übungsband (ein elastisches Band, z. B. ein Theraband)? Wenn nicht, ziehst du stattdessen an einem Handtuch.

## button
button-cleared = 🩺 Ich wurde untersucht
button-unlock-yes = ✅ Ja, ich darf wieder üben
button-unlock-no = Noch nicht
button-screen-none = Nichts davon
button-screen-done = ✅ Fertig
button-pause-routine = ⏸ Erinnerungen pausieren
button-snooze = ⏰ 1 Std. später
button-keep = 👍 Behalten
button-drop = 🗑 Weglassen
button-range-30 = 30 Tage
button-range-90 = 90 Tage
button-range-all = Gesamt
button-older = ◀ Älter
button-newer = Neuer ▶
button-delete-yes = 🗑 Ja, alles löschen
button-delete-no = Daten behalten
button-restore-routine = ♻️ Standardprogramm zurück
button-skip-today = 🙅 Heute auslassen
button-consent-yes = ✅ Ja, speichern
button-consent-no = 🚫 Nein, nicht speichern
button-done = ✅ Fertig
button-skip = ⏭ Überspringen
button-hurts = 😣 Tut weh
button-stop = ⏹ Stopp
button-timer = ▶ Timer
button-hurt-mild = Leicht
button-hurt-strong = Stark
button-hurt-sharp = Stechen/taub/Kribbeln/Schwindel
button-hurt-urgent = 🚨 Brustschmerz oder Atemnot
button-reminders-off = 🔕 Keine Erinnerungen
button-forget-health = 🗑 Meine Angaben löschen
button-start-routine = ▶ Programm starten
button-quick = ⚡ 2-Minuten-Version
button-goal = Tage
button-back = ◀ Zurück
button-settings-reminders-on = 🔔 Erinnerungen: an
button-settings-reminders-off = 🔕 Erinnerungen: aus
button-settings-time = ⏰ Uhrzeit
button-settings-days = 📅 Tage
button-settings-zone = 🌍 Zeitzone
button-settings-pain-on = 📊 Schmerztagebuch: an
button-settings-pain-off = 📊 Schmerztagebuch: aus
button-settings-weekly-on = 📬 Wochenrückblick: an
button-settings-weekly-off = 📬 Wochenrückblick: aus
button-settings-band-on = 🧰 Band: ja
button-settings-band-off = 🧰 Band: nein
button-settings-lessons-on = 📚 Lektionen: an
button-settings-lessons-off = 📚 Lektionen: aus
button-settings-pause = ⏸ 7 Tage Pause
button-settings-resume = ▶️ Weiter
button-every-day = Jeden Tag
button-weekdays = Mo–Fr
button-use-location = 📍 Meinen Standort nutzen
button-share-location = 📍 Standort teilen
button-finish-paused = ▶ Weitermachen ({ $index }/{ $total })
button-start-other = { $other } starten
button-band-yes = ✅ Ja
button-band-no = Nein
button-feel-easy = 😌 Leicht
button-feel-just-right = 👍 Genau richtig
button-feel-hard = 😮‍💨 Schwer
button-feel-painful = 😣 Schmerzhaft
button-feel-skip = Überspringen
button-lessons-on = 🔔 Lektionen nach Einheiten
button-lessons-off = 🔕 Keine Lektionen
button-reset-levels = ↩️ Dosis wie am Anfang

## routine
routine-pain-before-ask =
    Bevor wir anfangen: Wie stark sind deine Schmerzen gerade?
    0 = keine Schmerzen, 10 = stärkste vorstellbare Schmerzen
routine-pain-after-ask =
    Letzte Frage: Wie stark sind deine Schmerzen jetzt?
    0 = keine Schmerzen, 10 = stärkste vorstellbare Schmerzen
routine-exercise =
    🏋️ { $index }/{ $total } · { $name }
    { $why }

    { $steps }

    🔁 { $dose }
    🛡 { $safety }
routine-exercise-gentler =
    🌱 Sanftere Version: { $name }

    { $gentler }

    🔁 { $dose }
    🛡 { $safety }
routine-hurts-ask =
    Tut mir leid, dass es wehtut 😣 Wie fühlt es sich bei „{ $name }“ an?

    • Leicht: unangenehm, aber okay → sanftere Version probieren
    • Stark: tut richtig weh → diese Übung überspringen
    • Stechen, Taubheit, Kribbeln oder Schwindel → aufhören und untersuchen lassen
    • 🚨 Brustschmerz oder Atemnot → Notfall-Hinweise
routine-hurts-ask-gentler =
    Tut mir leid, dass es immer noch wehtut 😣 Wie fühlt es sich bei „{ $name }“ an?

    • Leicht: unangenehm, aber okay → diese Übung heute weglassen
    • Stark: tut richtig weh → überspringen und überlegen, für heute aufzuhören
    • Stechen, Taubheit, Kribbeln oder Schwindel → aufhören und untersuchen lassen
    • 🚨 Brustschmerz oder Atemnot → Notfall-Hinweise
routine-hurt-mild = Dann probieren wir die sanftere Version: langsamer und kleiner. Es soll angenehm bleiben.
routine-hurt-strong = Okay, wir überspringen „{ $name }“ heute. Wenn heute kein Tag zum Üben ist, tipp unten auf ⏹ Stopp: Aufhören ist auch in Ordnung.
routine-hurt-let-go = Okay, wir lassen „{ $name }“ heute weg. Wenn die nächste Übung auch wehtut, ist ⏹ Stopp immer in Ordnung.
routine-red-flag-stop =
    ⏹ Bitte hör jetzt mit den Übungen auf.

    Stechender Schmerz, Schwindel, Taubheit, Kribbeln oder Schwäche sollten untersucht werden: Bitte geh bald zu einer Ärztin, einem Arzt oder in die Physiotherapie. Hol dir noch heute Hilfe, wenn sich die Taubheit oder Schwäche ausbreitet oder schlimmer wird.

    🚨 Ruf sofort den Notruf 112 an, wenn du zusätzlich Brustschmerzen, Atemnot, eine verwaschene Sprache oder einen hängenden Mundwinkel hast.

    Ich habe deine Übungen und Erinnerungen pausiert, bis dich eine Fachperson untersucht hat.
routine-emergency =
    🚨 Wenn das gerade passiert, ruf den Notruf 112 an oder bitte jemanden, für dich anzurufen.

    Hör mit den Übungen auf und setz dich an einen sicheren Ort. Fahr nicht selbst Auto.

    Ich habe deine Übungen und Erinnerungen pausiert, bis dich eine Fachperson untersucht hat.
routine-resumed = Schön, dass du wieder da bist! Wir machen weiter, wo du aufgehört hast: Übung { $index } von { $total }.
routine-cancelled = ⏸ Okay, erst mal Schluss. Deine Einheit bleibt gespeichert: /routine macht bei Übung { $index } von { $total } weiter.
routine-no-session = Gerade läuft kein Programm. Schick /routine, um eins zu starten.
routine-timer-running = ⏱ { $remaining } s
routine-timer-done = ⏰ Zeit ist um! Tipp auf ✅ Fertig, wenn du so weit bist.
routine-summary-head =
    🏁 { $title }
    ✅ Geschafft: { $done } · ⏭ Übersprungen: { $skipped } · 😣 Tat weh: { $hurt }
routine-summary-stopped = Du hast heute früher Schluss gemacht, und das ist in Ordnung. Auf deinen Körper zu hören gehört dazu.
routine-summary-pain = Schmerz vorher → nachher: { $before } → { $after }
routine-summary-pain-off = Deine Schmerzwerte habe ich nur genutzt, um heute auf dich aufzupassen, und nicht gespeichert. In /settings kannst du das ändern.
routine-summary-streak = 🔥 Tage in Folge: { $current } (Rekord: { $best })
routine-summary-counts-rule = Eine Einheit zählt für deine Serie, wenn du mindestens 2 Übungen machst.
routine-summary-next-reminder = ⏰ Nächste Erinnerung: { $when }
routine-summary-reminders-off = 🔕 Erinnerungen sind aus. Schick /remind HH:MM, um sie einzuschalten.
routine-softened-note = 🌱 „{ $name }“ hat in 2 deiner letzten 3 Einheiten wehgetan, deshalb bekommst du heute die sanftere Version. Tipp wieder auf 😣 Tut weh, wenn auch das zu viel ist.
routine-escalation =
    🩺 { $reason }

    Das sollte sich eine Fachperson ansehen: Bitte geh zu einer Ärztin, einem Arzt oder in die Physiotherapie. Bis dahin lass es ruhig angehen: Mach nur, was sich angenehm anfühlt, oder leg eine Pause ein. Ich kann deine Erinnerungen pausieren, bis du untersucht wurdest; deine Serie wartet. Vor deinem nächsten Programm stelle ich dir die Sicherheitsfragen noch einmal.

    🚨 Ruf sofort den Notruf 112 an, wenn du Schmerzen oder Druck in der Brust oder Atemnot hast oder plötzlich Blase oder Darm nicht mehr kontrollieren kannst.
routine-escalation-high-after = Dein Schmerz nach dieser Einheit lag bei { $after } von 10.
routine-escalation-rose = Dein Schmerz ist während dieser Einheit von { $before } auf { $after } gestiegen.
routine-escalation-trend = Dein Schmerz ist im Wochenschnitt innerhalb von zwei Wochen um mindestens 1 Punkt gestiegen.
routine-escalation-no-improvement = Nach 6 Wochen regelmäßigen Übens ist dein Schmerz nicht deutlich besser geworden.
routine-ask-keep-drop = Du hast „{ $name }“ 3-mal hintereinander übersprungen. Im Programm behalten oder weglassen? In /settings kannst du das jederzeit rückgängig machen.
routine-kept = 👍 „{ $name }“ bleibt in deinem Programm.
routine-dropped = 🗑 „{ $name }“ ist nicht mehr in deinem Programm. In /settings kannst du das Standardprogramm wiederherstellen.
routine-opening = ⏱ Etwa { $minutes } Min. Du brauchst: { $needs }.
routine-opening-nothing = ⏱ Etwa { $minutes } Min. Du brauchst nur etwas Platz.
routine-choose-paused = Mit deinem pausierten Programm weitermachen ({ $index }/{ $total }) oder { $other } starten?
routine-timer-side = ⏱ { $side }: { $remaining } s
routine-timer-switch = 🔄 Gleich: { $side } … { $remaining } s
routine-timer-rest = 😮‍💨 Pause … { $remaining } s
routine-timer-round = Runde { $round } von { $rounds }
routine-timer-finished = ✅ Timer fertig.
routine-timer-busy = ⏱ Der Timer läuft schon.

## safety
safety-show =
    🛡 Sicherheit

    Ich leite dich bei Übungen an. Ich stelle keine Diagnosen und ersetze keine Ärztin, keinen Arzt und keine Physiotherapie.

    🚨 Ruf sofort den Notruf 112 an bei:
    • Schmerzen oder Druck in der Brust
    • Atemnot
    • neuem Kontrollverlust über Blase oder Darm, Problemen beim Wasserlassen oder Taubheit zwischen den Beinen
    • plötzlichen, sehr starken Kopfschmerzen
    • verwaschener Sprache, hängendem Mundwinkel oder plötzlicher Schwäche auf einer Körperseite

    🏥 Hol dir noch heute ärztliche Hilfe bei:
    • Händen, die seit Kurzem ungeschickt sind, oder unsicherem Gang
    • Taubheit oder Schwäche, die sich ausbreitet oder schlimmer wird

    🩺 Hör mit den Übungen auf und geh bald zur Ärztin, zum Arzt oder in die Physiotherapie bei:
    • stechendem Schmerz oder Taubheit, Kribbeln oder Schwäche in Armen oder Beinen
    • Schwindel, Ohnmacht oder Sehstörungen, wenn du den Nacken bewegst
    • Fieber, Nachtschweiß oder Gewichtsverlust ohne erkennbaren Grund
    • Schmerzen nach einem Sturz oder einer Verletzung oder ständigen Schmerzen in der Nacht
    • Schmerzen, die immer schlimmer werden

    Während einer Übung kannst du mit 😣 Tut weh sanfter machen, überspringen oder aufhören. Du kannst auch einfach schreiben, was du spürst.

## settings
settings-show = ⚙️ Deine Einstellungen (tipp auf einen Button, um etwas zu ändern)
settings-consent-on = an
settings-consent-off = aus
settings-reminders-off-value = aus
settings-timezone-usage = So geht's: /timezone Europe/Berlin
settings-remind-usage = So geht's: /remind 7:30 (oder 19:00, 19h), oder /remind off, on, weekdays oder daily
settings-timezone-set = 🌍 Zeitzone eingestellt: { $timezone }.
settings-remind-set = ⏰ Erinnerung eingestellt: { $remind_time } ({ $timezone }).
settings-reminders-disabled = 🔕 Erinnerungen sind aus. Schick /remind on oder eine Uhrzeit wie /remind 9:00, um sie wieder einzuschalten.
settings-consent-now-on = 📊 Gesundheitsangaben speichern: an. Aus deinen Werten entsteht dein Fortschrittsdiagramm.
settings-consent-now-off = 📊 Gesundheitsangaben speichern: aus. Ich frage weiter, wie es dir geht, um auf dich aufzupassen, speichere aber keine neuen Antworten. Was du vorher geteilt hast, ist für dein Diagramm noch gespeichert: Behalte es oder lösch es jetzt.
settings-health-erased = 🗑 Erledigt: Deine früheren Schmerzwerte, Antworten im Sicherheitscheck, Schmerzangaben bei Übungen und Beschwerde-Notizen sind gelöscht. Wenn deine Übungen aus Sicherheitsgründen pausiert sind, bleiben sie pausiert.
settings-reminders-enabled = 🔔 Erinnerungen sind wieder an.
settings-weekdays-only = 📅 Erinnerungen nur an Werktagen (Montag bis Freitag).
settings-every-day = 📅 Erinnerungen jeden Tag.
settings-paused-until = ⏸ Erinnerungen pausiert bis { $until }. Deine Serie ist eingefroren, nicht verloren. Schick /resume, wenn du früher weitermachen willst.
settings-paused-indefinitely = ⏸ Erinnerungen pausiert, bis du /resume schickst. Deine Serie ist eingefroren, nicht verloren.
settings-resumed = ▶️ Willkommen zurück! Die Erinnerungen sind wieder an, und deine Serie von { $current_streak } { $current_streak ->
        [one] Tag
       *[other] Tagen
    } wartet auf dich.
settings-not-paused = Die Erinnerungen sind nicht pausiert. Schick /pause oder /pause 7 für eine Pause.
settings-routine-restored = ♻️ Dein Programm ist wieder im Standard: Alle Übungen sind wieder dabei.
settings-weekly-on = 📬 Wochenrückblick an: jeden Sonntag um 19:00 Uhr deiner Zeit.
settings-weekly-off = 📬 Wochenrückblick aus.
settings-pause-usage = So geht's: /pause (bis /resume) oder /pause 7 (für 7 Tage, höchstens 365).
settings-screen-reminder = ⏰ Erinnerung: { $remind_time }, { $when }
settings-screen-reminder-off = 🔕 Erinnerungen: aus
settings-screen-paused-until = ⏸ Pausiert bis { $until }
settings-screen-paused = ⏸ Pausiert, bis du /resume schickst
settings-screen-not-paused = ▶️ Nicht pausiert
settings-screen-goal = 🎯 Wochenziel: { $days } Tage pro Woche
settings-screen-zone = 🌍 Zeitzone: { $timezone }
settings-screen-pain = 📊 Schmerztagebuch: { $consent }
settings-screen-weekly = 📬 Wochenrückblick: { $consent }
settings-screen-band = 🧰 Übung mit Übungsband: { $consent } (aus: stattdessen mit Handtuch)
settings-screen-lessons = 📚 Kurze Lektion nach einer Einheit: { $consent }
settings-screen-levels = 📈 Die Dosis steigt nach leichten Einheiten.
settings-screen-routine = 🏋️ Programm: alle Übungen dabei
settings-screen-routine-dropped = 🏋️ Programm: weggelassen: { $name }
settings-screen-forget = Das Schmerztagebuch ist aus. Was du vorher geteilt hast, ist noch gespeichert: 🗑 löscht es.
settings-days-every-day = jeden Tag
settings-days-weekdays = Montag bis Freitag
settings-weekday-names = Mo Di Mi Do Fr Sa So
settings-page-time = ⏰ Wann soll ich dich erinnern? Tipp auf eine Uhrzeit oder schreib eine, z. B. 7:30, 19:00 oder 19h.
settings-page-days = 📅 An welchen Tagen soll ich dich erinnern? Tipp auf einen Tag, um ihn an- oder auszuschalten.
settings-page-zone = 🌍 In welcher Zeitzone bist du? Tipp auf eine, schreib deine Stadt (Berlin, Wien) oder nutze deinen Standort.
settings-zone-did-you-mean = 🤔 Meintest du eine davon? Tipp auf deine oder schreib eine andere Stadt.
settings-zone-offset = 🕒 { $zone } ist eine feste Zeitverschiebung ohne Sommerzeit: Deine Erinnerung würde sich zweimal im Jahr um eine Stunde verschieben. Diese Orte haben gerade { $zone }; tipp auf deinen oder schreib deine Stadt.
settings-location-ask = 📍 Oder tipp unten auf Standort teilen: Ich stelle daraus deine Zeitzone ein und speichere den Ort nicht.
settings-location-unknown = Für diesen Ort konnte ich keine Zeitzone finden. Schreib bitte stattdessen deine Stadt, z. B. Berlin.
settings-pain-out-of-range = Die Skala geht von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz). Bitte schick eine Zahl in diesem Bereich, z. B. 4.

## progress
progress-caption =
    📈 Dein Fortschritt
    🗓 Einheiten: { $sessions_week } in den letzten 7 Tagen, { $sessions_month } in den letzten 30
    🔥 Serie: { $current } (Rekord: { $best })
    { $relief }
    { $comparison }
progress-relief = 😌 Linderung pro Einheit im Schnitt: { $relief } Punkte
progress-relief-none = 😌 Die Linderung pro Einheit erscheint, sobald du Schmerzen vorher und nachher bewertest.
progress-improved = ✅ Dein Schmerz liegt im Schnitt { $points } Punkte ({ $percent } %) niedriger als in deiner ersten Woche: von { $first } auf { $now }. Das ist eine deutliche Besserung (dafür braucht es 2 Punkte oder 30 % und mindestens 1 Punkt). Gut gemacht!
progress-worsened = ⚠️ Dein Schmerz liegt im Schnitt { $points } Punkte höher als in deiner ersten Woche: von { $first } auf { $now }. Schmerzen schwanken oft, aber wenn sie hoch bleiben oder weiter steigen, geh bitte zu einer Ärztin, einem Arzt oder in die Physiotherapie.
progress-no-clear-change = Dein Schmerz lag in deiner ersten Woche im Schnitt bei { $first } und diese Woche bei { $now }, { $points } Punkte Unterschied. Das ist noch keine deutliche Veränderung: Dafür braucht es 2 Punkte oder 30 % und mindestens 1 Punkt.
progress-not-enough-data = Sobald es für beide Wochen Werte gibt, vergleiche ich den Schmerz dieser Woche mit deiner ersten Woche.
progress-empty = 📈 Noch nichts zu sehen. Mach /routine oder /quick, dann füllt sich hier ein Kalender mit deinen Tagen.
progress-pain-off =
    📈 Dein Fortschritt
    🗓 Einheiten: { $sessions_week } in den letzten 7 Tagen, { $sessions_month } in den letzten 30
    🔥 Serie: { $current } (Rekord: { $best })
    Das Schmerztagebuch ist aus. Schalte es in /settings ein, dann siehst du auch deinen Schmerzverlauf.

## calendar
# legend: done | quick | missed | paused | rest.
calendar-title = Dein Training
calendar-legend = Programm | Kurz | Verpasst | Pausiert | Ruhetag

## chart
# months: zwölf Kurznamen, mit Leerzeichen getrennt.
chart-title-since = Schmerz seit { $start }
chart-title-window =
    { $days ->
            [one] Schmerz, letzter { $days } Tag
           *[other] Schmerz, letzte { $days } Tage
        }
chart-before = Vorher
chart-after = Nachher
chart-weekly = Wochenschnitt (vorher)
chart-pain-axis = Schmerz (0–10)
chart-sessions = Einheiten
chart-date-axis = Datum ({ $zone })
chart-months = Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez

## history
history-title = 🗂 Deine Einheiten
history-line = { $date } · { $routine } · ✅ { $done } ⏭ { $skipped } 😣 { $hurt } · Schmerz { $pain }
history-empty = Noch keine abgeschlossenen Einheiten. /routine startet eine.

## export
export-intro = 📦 Hier ist alles, was ich über dich speichere: eine CSV-Datei mit einer Zeile pro Einheit und Bewertung und eine JSON-Datei mit allem.

## delete
delete-confirm = 🗑 Damit löschst du alles, was ich über dich speichere: Einstellungen, Einheiten, Übungsergebnisse, Schmerzwerte und Erinnerungen. Das lässt sich nicht rückgängig machen. Bist du sicher?
delete-done = Erledigt. Ich habe alle deine Daten gelöscht und schreibe dir nicht mehr. Schick jederzeit /start, um neu anzufangen.
delete-cancelled = Okay, nichts wurde gelöscht.
delete-expired = Dieser Button ist abgelaufen. Schick /delete noch einmal.
delete-nothing = Ich speichere nichts über dich, also gibt es nichts zu löschen.

## weekly
weekly-caption =
    📬 Deine Woche
    🗓 Einheiten in den letzten 7 Tagen: { $sessions_week }
    🔥 Serie: { $current } (Rekord: { $best })
    { $relief }
    { $comparison }

## nudge
nudge-message-1 = 🌤 Zeit für dein Rückenprogramm! Ein paar sanfte Minuten jetzt, und dein Nacken dankt es dir später.
nudge-message-2 = 🧘 Lust auf eine kurze Bildschirmpause? Dein Programm für den oberen Rücken wartet.
nudge-message-3 = 💪 Kurze Frage: Sollen wir die Schultern ein bisschen lockern?
nudge-message-4 = ☕ Dehnpause! Schon die 2-Minuten-Version macht einen Unterschied.
nudge-message-5 = 🪑 Du sitzt vielleicht schon eine Weile. Lass uns ein paar Minuten den oberen Rücken bewegen.
nudge-streak = 🔥 Deine Serie: { $streak } { $streak ->
        [one] Tag
       *[other] Tage
    }. Bleib dran!
nudge-no-streak = ✨ Heute ist ein guter Tag, um eine Serie zu starten.
nudge-snoozed = ⏰ Okay, ich erinnere dich in einer Stunde noch einmal.
nudge-skipped-today = 👍 Okay, heute keine Erinnerungen mehr. Bis morgen!

## report
# Bericht für Fachpersonen (PDF, A4). Zahlen und Daten kommen fertig formatiert.
report-title = BackCoach – Übungsbericht
report-disclaimer = Selbst angegebene Daten aus einer Übungs-App, keine medizinische Dokumentation.
report-meta =
    Name: { $name }
    Programm: { $routine }
    Zeitraum: { $start } bis { $end } (Anzahl Tage: { $days })
    Erstellt: { $created }
report-page = Seite { $page } von { $pages }
report-adherence-title = Therapietreue
report-adherence-line = Durchgeführte Einheiten: { $done } (davon Kurzeinheiten: { $quick }), { $per_week } pro Woche. Längste Serie (Tage in Folge): { $streak }. Vorzeitig beendete Einheiten: { $stopped }.
report-day-done = Erledigt
report-day-quick = Nur Kurzprogramm
report-day-missed = Verpasst
report-day-stopped = Vorzeitig beendet
report-day-paused = Pausiert
report-day-rest = Ruhetag
report-weekdays = Mo Di Mi Do Fr Sa So
report-pain-title = Schmerz (0–10, selbst bewertet vor und nach jeder Einheit)
report-pain-off = Schmerz wird nicht erfasst: Diese Person hat Schmerzbewertungen ausgeschaltet, daher werden keine Schmerzdaten gezeigt.
report-pain-none = Keine Schmerzbewertungen in diesem Zeitraum.
report-pain-improved = Der wöchentliche Schmerzmittelwert sank von { $first } in der ersten auf { $last } in der letzten Woche: { $points } Punkte ({ $percent } %). Nach der hier verwendeten Regel ist das eine relevante Besserung (mindestens 2 Punkte oder mindestens 30 % und mindestens 1 Punkt).
report-pain-worsened = Der wöchentliche Schmerzmittelwert stieg von { $first } in der ersten auf { $last } in der letzten Woche: { $points } Punkte ({ $percent } %). Nach der hier verwendeten Regel ist das eine relevante Verschlechterung (mindestens 2 Punkte oder mindestens 30 % und mindestens 1 Punkt).
report-pain-no-clear-change = Der wöchentliche Schmerzmittelwert lag in der ersten Woche bei { $first } und in der letzten bei { $last }: { $points } Punkte Unterschied ({ $percent } %). Nach der hier verwendeten Regel ist das keine relevante Veränderung (mindestens 2 Punkte oder mindestens 30 % und mindestens 1 Punkt).
report-pain-not-enough = Für weniger als zwei Wochen liegen Schmerzbewertungen vor, daher wird keine Veränderung angegeben.
report-psfs-title = Funktion (Patientenspezifische Funktionsskala, PSFS)
report-psfs-scale = Die Person hat bis zu drei Aktivitäten genannt, die ihr Rücken oder Nacken erschwert, und jede alle 14 Tage von 0 (gar nicht möglich) bis 10 (so gut wie vor den Schmerzen) bewertet.
report-psfs-none = Keine Funktionschecks in diesem Zeitraum.
report-psfs-improved = Der Mittelwert stieg von { $first } auf { $last }: { $points } Punkte. Das ist eine relevante Besserung (mindestens 2 Punkte beim Mittelwert, mindestens 3 bei einer Aktivität).
report-psfs-worsened = Der Mittelwert sank von { $first } auf { $last }: { $points } Punkte. Das ist eine relevante Verschlechterung (mindestens 2 Punkte beim Mittelwert, mindestens 3 bei einer Aktivität).
report-psfs-no-clear-change = Der Mittelwert lag beim ersten Check bei { $first } und beim letzten bei { $last }: { $points } Punkte Unterschied. Das ist keine relevante Veränderung (mindestens 2 Punkte beim Mittelwert, mindestens 3 bei einer Aktivität).
report-psfs-not-enough = Bisher nur ein Check, daher wird keine Veränderung angegeben.
report-psfs-activity = Aktivität
report-psfs-change = Veränderung
report-meaningful = relevant
report-exercises-title = Übungen
report-col-exercise = Übung
report-col-done = Gemacht
report-col-skipped = Übersprungen
report-col-hurt-mild = Schmerz: leicht
report-col-hurt-strong = Schmerz: stark
report-col-hurt-sharp = Schmerz: stechend
report-col-hurt-urgent = Notfallzeichen
report-col-gentler = Sanfter
report-col-dose = Aktuelle Dosis
report-dropped = weggelassen
report-safety-title = Sicherheit
report-safety-none = Keine Sicherheitsereignisse in diesem Zeitraum.
report-col-date = Datum
report-col-event = Ereignis
report-col-detail = Details
report-safety-stop = Sicherheitsstopp
report-safety-symptom = Geschriebene Beschwerde (Art)
report-safety-escalation = Rat, eine Fachperson aufzusuchen
report-safety-red-flag = Antwort mit Warnzeichen
report-detail-typed-emergency = Notfallzeichen: Brust, Atmung, Blase oder Darm, plötzliche Kopfschmerzen
report-detail-typed-see-professional = Schwindel, Taubheit, Kribbeln oder Schwäche
report-detail-hurt-urgent = Notfallzeichen während einer Übung; Einheit beendet
report-detail-hurt-sharp = Stechender Schmerz, Taubheit oder Kribbeln während einer Übung; Einheit beendet
report-detail-high-after = Schmerz 7 oder mehr nach einer Einheit
report-detail-rose-during-session = Schmerz stieg innerhalb einer Einheit um 2 oder mehr
report-detail-rising-weekly-trend = Wöchentlicher Schmerzmittelwert steigt
report-detail-no-improvement-6-weeks = Keine relevante Besserung nach 6 Wochen regelmäßiger Einheiten
report-detail-other = Sicherheitsereignis
report-doses-title = Dosisänderungen
report-doses-none = Keine Dosisänderungen in diesem Zeitraum.
report-col-from = Von
report-col-to = Auf
report-col-why = Grund
report-dose-raised = Erhöht
report-dose-lowered = Gesenkt
report-reason-reset = die Person hat alle Dosierungen auf den Anfang zurückgesetzt

## psfs
# Funktionscheck (Patient-Specific Functional Scale), alle 14 Tage mit Einwilligung.
psfs-offer = 🧩 Noch eine Minute? Erzähl mir, wie ein paar Alltagsaktivitäten klappen. Das zeigt Fortschritte, die Schmerzwerte übersehen können.
psfs-button-start = ▶ Start (1 Min.)
psfs-button-later = Jetzt nicht
psfs-ask-names = 🧩 Welche Alltagsaktivitäten fallen dir wegen Rücken oder Nacken schwer? Tipp auf bis zu drei oder schreib deine eigenen in ein paar Worten.
psfs-ask-more =
    Deine Aktivitäten bisher:
    { $activities }
    Tipp auf eine weitere, schreib eine oder tipp auf Fertig.
psfs-suggest-1 = Eine Stunde am Schreibtisch sitzen
psfs-suggest-2 = Beim Autofahren über die Schulter schauen
psfs-suggest-3 = Auf der Seite schlafen
psfs-suggest-4 = Eine Tasche heben
psfs-suggest-5 = Lesen oder aufs Handy schauen
psfs-button-done = ✅ Fertig
psfs-button-skip = Jetzt überspringen
psfs-review =
    🧩 Zeit für deinen Funktionscheck (alle 2 Wochen). Dieselben Aktivitäten wie letztes Mal?
    { $activities }
psfs-button-same = ▶ Dieselben
psfs-button-swap = 🔁 Eine tauschen
psfs-button-add = ➕ Eine dazu
psfs-ask-swap = Welche möchtest du gegen eine andere tauschen?
psfs-ask-rename = Was soll statt „{ $name }“ rein? Tipp auf einen Vorschlag oder schreib deine eigene Aktivität in ein paar Worten.
psfs-ask-score =
    { $index }/{ $total } · Wie gut klappt das jetzt?
    „{ $name }“
    0 = gar nicht, 10 = so gut wie vor den Schmerzen
psfs-button-pass = Diese überspringen
psfs-finished =
    ✅ Gespeichert:
    { $lines }
    Ich frage in 2 Wochen wieder. /progress zeigt, wie es sich verändert.
psfs-line-first = • { $name }: { $now }
psfs-line-change = • { $name }: { $previous } → { $now }
psfs-line-passed = • { $name }: übersprungen
psfs-skipped = Okay, jetzt nicht. Ich frage in 2 Wochen wieder, oder schick jederzeit /function.
psfs-too-long = Das ist etwas lang: bitte höchstens { $limit } Zeichen, z. B. „Eine Stunde am Schreibtisch sitzen“.
psfs-empty = Bitte schreib die Aktivität in ein paar Worten.
psfs-duplicate = Die hast du schon. Schreib eine andere Aktivität oder tipp auf Fertig.
psfs-too-many = Du hast schon drei, mehr frage ich nicht ab. Tipp auf Fertig, um weiterzumachen.
psfs-no-consent = 🧩 Der Funktionscheck speichert deine Antworten, und du hast entschieden, dass ich keine Gesundheitsangaben speichern soll. In /settings kannst du das ändern.
psfs-stale = Dieser Check ist vorbei. Schick /function, um einen neuen zu starten.
psfs-progress-title = 🧩 Funktion (0 = gar nicht möglich, 10 = so gut wie vor den Schmerzen)
psfs-progress-line = • { $name }: { $scores }{ $change }
psfs-progress-improved = ✅ Dein Funktionswert ist im Schnitt um { $points } Punkte gestiegen, von { $first } auf { $last }. Das ist eine deutliche Veränderung (dafür braucht es 2 Punkte im Schnitt, 3 bei einer Aktivität).
psfs-progress-worsened = Dein Funktionswert ist im Schnitt um { $points } Punkte gesunken, von { $first } auf { $last }. Schlechte Phasen kommen vor; wenn es immer schwerer wird, geh bitte zu einer Ärztin, einem Arzt oder in die Physiotherapie.
psfs-progress-no-clear-change = Dein Funktionswert ging im Schnitt von { $first } auf { $last }, { $points } Punkte Unterschied. Noch keine deutliche Veränderung: Dafür braucht es 2 Punkte im Schnitt, 3 bei einer Aktivität.
psfs-progress-one-check = Bisher ein Check: Der nächste in 2 Wochen zeigt die Veränderung.
psfs-activity-up = (+{ $points }: deutliche Veränderung)
psfs-activity-down = (−{ $points }: deutliche Veränderung)

## report_chat
# /report: das PDF für Physio oder Arzt und die Texte drumherum.
report-chat-caption = 📄 Dein BackCoach-Bericht, { $start } bis { $end }. Zeig ihn gern deiner Physio oder deinem Arzt: Er zeigt, was du gemacht hast und wie es dir ging.
report-chat-no-sessions = 📄 Noch nichts für einen Bericht: Er zeigt deine Einheiten, und noch keine ist abgeschlossen. Mach /routine oder /quick und frag dann noch einmal.
report-chat-no-sessions-period = 📄 In den letzten { $days } Tagen gibt es keine abgeschlossenen Einheiten, also nichts für diesen Zeitraum. Probier einen längeren:
report-chat-button-4-weeks = 4 Wochen
report-chat-button-12-weeks = 12 Wochen
report-chat-button-all = Gesamt

## grow

# Ein Programm, das mitwächst (Issue 20), und verdientes Lob (Issue 17).
grow-praise-all =
    { $done ->
            [one] Gut gemacht: { $done } Übung geschafft
           *[other] Gut gemacht: alle { $done } geschafft
        }
grow-praise-some = Gut gemacht: { $done } von { $total } geschafft
grow-praise-none = Danke, dass du heute vorbeischaust
grow-praise-pain = , und dein Schmerz ging von { $before } auf { $after }
grow-milestone-3 = 🎉 3 Tage in Folge: Die Gewohnheit nimmt Form an.
grow-milestone-7 = 🎉 Eine ganze Woche in Folge. So entsteht Veränderung.
grow-milestone-14 = 🎉 Zwei Wochen in Folge: Das gehört jetzt zu deinem Tag.
grow-milestone-30 = 🏆 30 Tage in Folge. Danke, dass du dich um deinen Rücken kümmerst.
grow-welcome-back = 👋 Schön, dass du wieder da bist. Eine Serie kann neu starten, der Fortschritt bleibt.
grow-weekly-streak = 📅 Wochen in Folge mit erreichtem Ziel: { $current } (Ziel: { $goal } Tage pro Woche)
grow-weekly-this-week = 📅 Wochen in Folge mit erreichtem Ziel: { $current } · diese Woche { $days } von { $goal } Tagen
grow-streak-forgiving = Ruhetage und Pausentage unterbrechen deine Wochenserie nie.
grow-feel-ask = Wie hat es sich angefühlt?
grow-feel-noted = Danke, notiert.
grow-feel-skipped = Okay, heute keine Antwort.
grow-level-up = { $name }: ab heute { $dose }, weil die letzten drei Einheiten leicht waren.
grow-level-down-hard = { $name }: ab heute wieder { $dose }, nach zwei schweren Einheiten hintereinander.
grow-level-down-hurt = { $name }: ab heute wieder { $dose }, weil es wehgetan hat.
grow-lesson-source = Quelle:
grow-learn-title = 📚 Kurze Lektionen: { $seen } von { $total } in dieser Runde gelesen. Tipp auf eine, um sie zu lesen.
grow-learn-on = Nach einer abgeschlossenen Einheit folgt eine Lektion, höchstens eine pro Tag.
grow-learn-off = Lektionen nach Einheiten sind aus; hier kannst du sie trotzdem lesen.
grow-levels-reset = Alle Übungen sind wieder bei ihrer Anfangsdosis.
grow-levels-reset-none = Alle Übungen sind schon bei ihrer Anfangsdosis.
grow-history-levels = Dosisänderungen:
grow-history-level = { $date } · { $name }: Stufe { $before } → { $after } ({ $reason })
grow-reason-up = drei leichte Einheiten
grow-reason-hard = zweimal hintereinander schwer
grow-reason-hurt = hat wehgetan
grow-reason-reset = zurückgesetzt
