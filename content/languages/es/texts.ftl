### Todos los textos para el usuario, en español (tú), en sintaxis Fluent. Texto plano; emoji bienvenidos.
### Mismos ids y { $placeholders } que content/texts.ftl. {"{"} o {"}"} para una llave literal.
### Los números eligen sus palabras con { $n -> [one] … [many] … *[other] … } (categorías CLDR del español).

## language
language-name = Español

## commands
command-routine = Empezar o seguir la rutina de hoy
command-quick = La versión de 2 minutos
command-stop = Dejar la sesión; /routine la retoma
command-safety = Señales de alarma y qué hacer
command-settings = Recordatorios, meta, zona horaria y más
command-timezone = Tu zona horaria, p. ej. /timezone Madrid
command-remind = Tu recordatorio, p. ej. 8:30, u off
command-progress = Tu gráfica de dolor y tus cifras
command-history = Tus últimas sesiones
command-pause = Pausar recordatorios, p. ej. /pause 7
command-resume = Reanudar los recordatorios
command-export = Todos tus datos en archivos
command-delete = Borrar todos tus datos
command-help = Lo que puedo hacer
command-start = Bienvenida y chequeo de seguridad
command-function = 1 minuto sobre tus actividades diarias
command-report = Un informe PDF para tu fisio o médico
command-learn = Lecciones breves sobre tu espalda
command-language = Language · Idioma · Sprache · Язык

## units
units-second = s
units-minute = min

## dose
# El número de un nivel de dosis con su sustantivo, para los niveles de exercises.toml:
# {sets}, {reps}, {slow_reps} y {times}. $count es un número («3») o un rango («2–3», que
# toma *[other]).
dose-sets = { $count } { $count ->
        [one] serie
        [many] series
       *[other] series
    }
dose-reps = { $count } { $count ->
        [one] repetición
        [many] repeticiones
       *[other] repeticiones
    }
dose-slow-reps = { $count } { $count ->
        [one] repetición lenta
        [many] repeticiones lentas
       *[other] repeticiones lentas
    }
dose-times = { $count } { $count ->
        [one] vez
        [many] veces
       *[other] veces
    }

## common
common-help =
    🧘 BackCoach te guía cada día en una rutina corta de ejercicios suaves para la espalda alta y el cuello.

    /routine – empezar la rutina completa
    /quick – la versión de 2 minutos
    /stop – salir de la sesión actual (/routine la retoma)
    /safety – señales de alarma y qué hacer
    /settings – recordatorios, días, meta semanal, zona horaria, registro del dolor, resumen semanal
    /language – idioma: English, Español, Deutsch, Русский
    /progress – tu gráfica de dolor y tus cifras
    /history – tus últimas sesiones
    /function – un chequeo de 1 minuto de tus actividades diarias
    /report – un informe PDF para tu fisio o tu médico
    /learn – lecciones cortas sobre tu espalda y tu cuello
    /export – todos tus datos en archivos
    /delete – borrar todos tus datos
    /timezone <ciudad> – fijar tu zona horaria, p. ej. /timezone Madrid
    /remind 7:30 – fijar la hora del recordatorio (7pm también vale); /remind off, on, weekdays o daily
    /pause [días] – descansar de los recordatorios; /resume para volver
    /help – ver este mensaje
    /start – bienvenida y chequeo de seguridad

    Te acompaño con ejercicios; no hago diagnósticos. Si tu dolor es fuerte, no se va o viene con otros síntomas, consulta a un médico o fisioterapeuta.
common-unknown-command = 🤔 No conozco ese comando. Envía /help para ver lo que puedo hacer.
common-hint-idle = No sé bien qué hacer con eso 🙂 Envía /routine para la rutina completa, /quick para la versión de 2 minutos, o /help.
common-hint-pain = Envía un número del 0 al 10, como 4, o toca uno de los botones.
common-hint-buttons = Estamos en medio de un ejercicio: usa los botones de abajo, o envía /stop para dejarlo por ahora.
common-hint-timezone = No encontré esa zona horaria. Escribe tu ciudad (Madrid, Ciudad de México, Bogotá), toca un botón o comparte tu ubicación.
common-hint-time = No entendí esa hora. Prueba con 7:30, 7pm o 19h, o toca un botón.
common-stale-button = Esa sesión ya terminó: /routine empieza una nueva.
common-already-recorded = Ya lo anoté 👍
common-finish-setup-first = Primero terminemos la configuración: toca uno de los botones de arriba o envía /start.
common-locked-screening = 🔒 Tus rutinas y recordatorios están en pausa por una respuesta de tu chequeo de seguridad. Consulta a un médico o fisioterapeuta. Cuando un profesional de la salud te haya revisado y te diga que puedes hacer ejercicio, toca el botón de abajo.
common-locked-in-session = 🔒 Tus rutinas y recordatorios están en pausa por lo que me contaste en una sesión: dolor agudo, adormecimiento u hormigueo, o una señal de alarma. Consulta a un médico o fisioterapeuta. Cuando un profesional de la salud te haya revisado y te diga que puedes hacer ejercicio, toca el botón de abajo.
common-locked-typed = 🔒 Tus rutinas y recordatorios están en pausa por un síntoma que me contaste. Consulta a un médico o fisioterapeuta. Cuando un profesional de la salud te haya revisado y te diga que puedes hacer ejercicio, toca el botón de abajo.
common-unlock-confirm = Solo para asegurarme: ¿te ha revisado un médico, fisioterapeuta u otro profesional de la salud y te ha dicho que puedes volver a hacer ejercicio?
common-unlock-done = Gracias. Tus rutinas y recordatorios vuelven a estar activos. Ve con calma y para si notas algo raro: /safety muestra las señales de alarma.
common-unlock-not-yet = De acuerdo, siguen en pausa. Cuídate y vuelve cuando te hayan revisado. /safety muestra las señales de alarma.
common-not-locked = Ahora mismo no hay nada en pausa por seguridad.
common-symptom-hurts = Siento que te duela. Si el dolor es fuerte, va a peor o viene con adormecimiento, hormigueo, debilidad o fiebre, consulta a un médico o fisioterapeuta. /safety muestra las señales de alarma que necesitan atención inmediata.
common-button-expired = Este botón ya no está activo.
common-error = 😕 Algo falló por mi parte. Tu progreso está guardado: envía /routine para seguir donde lo dejaste.

## onboarding
onboarding-welcome =
    Hola, { $first_name } 👋 Soy BackCoach.

    Cada día te guiaré en una rutina corta de ejercicios suaves para la espalda alta y el cuello, te lo recordaré a la hora que elijas y, si quieres, llevaré la cuenta de tu dolor y de tu racha.

    No hago diagnósticos ni sustituyo a un médico o fisioterapeuta.

    Primero, una pregunta sobre tu privacidad y luego un breve chequeo de seguridad.
onboarding-welcome-back = ¡Hola de nuevo, { $first_name }! 👋 No se borró nada: tu racha sigue en { $current_streak }. Envía /routine cuando quieras.
onboarding-screen-checklist =
    🩺 Chequeo de seguridad

    ¿Te pasa alguna de estas cosas? Toca el número de cada una que te pase y luego ✅ Listo. Si no te pasa ninguna, toca "Ninguna de estas".

    🚨 busca atención urgente · 🩺 consulta antes a un médico o fisio

    { $items }
onboarding-rescreen-intro = 🩺 Antes de la rutina de hoy, un chequeo rápido de seguridad: hace tiempo que no lo haces o has tenido mucho dolor. Lee la lista otra vez. Si no te pasa nada de esto, es un solo toque.
onboarding-urgent-advice =
    🚨 Si tienes dolor en el pecho, te cuesta respirar, tienes adormecida la zona entre las piernas o no puedes controlar la orina o las heces, llama ya a emergencias (112 en Europa, 911 en México y EE. UU.).

    Si no es tu caso, busca atención médica hoy mismo, en urgencias o en un centro de atención urgente.

    No hagas estos ejercicios hasta que te revise un profesional de la salud. He pausado tus rutinas y recordatorios. Cuando te hayan revisado y te digan que puedes hacer ejercicio, envía /routine.
onboarding-doctor-advice =
    Gracias por contármelo. Consulta a un médico o fisioterapeuta antes de empezar estos ejercicios, para que confirme que son adecuados para ti.

    He pausado las rutinas y los recordatorios hasta entonces. Cuando un profesional de la salud te diga que puedes hacer ejercicio, envía /routine.
onboarding-screen-clear = ✅ Gracias por revisarlo. Empecemos con suavidad. Si aparece algo de esa lista o notas algo raro, para y mira /safety.
onboarding-rescreen-clear = ✅ Gracias, nada nuevo. Cuando quieras:
onboarding-consent-ask =
    📊 ¿Puedo guardar las respuestas de salud que me des?

    Son tus valores de dolor (0–10), tus respuestas del chequeo de seguridad, cuánto te dolió un ejercicio y el tipo de síntoma que menciones (no tus palabras). Solo los uso para mostrarte tu progreso y cuidar tu seguridad.

    Si dices que no, todo sigue funcionando. Te seguiré preguntando cómo estás, pero no guardaré tus respuestas, solo una nota si tus rutinas se pausan por seguridad. Puedes cambiarlo cuando quieras en /settings, y /delete lo borra todo.
onboarding-consent-yes = ¡Gracias! Guardaré tus respuestas de salud. Puedes desactivarlo cuando quieras en /settings.
onboarding-consent-no = Sin problema: no guardaré tus respuestas de salud. Puedes activarlo más adelante en /settings.
onboarding-timezone-ask = 🌍 ¿En qué zona horaria estás? Toca una abajo, escribe tu ciudad (como Madrid o Ciudad de México) o toca 📍 Compartir ubicación bajo el cuadro de texto.
onboarding-timezone-set = 🌍 Zona horaria: { $timezone }.
onboarding-remind-ask = ⏰ ¿A qué hora te lo recuerdo los días de ejercicio? Toca una hora o escribe una, como 7:30 o 7pm. ¿No lo tienes claro? Las 09:00 son un buen comienzo.
onboarding-done =
    🎉 ¡Todo listo! Te lo recordaré a las { $remind_time }, { $when } ({ $timezone }).

    Envía /routine para empezar ya, o /quick para la versión de 2 minutos.
onboarding-goal-ask = 🎯 ¿Cuántos días a la semana te gustaría hacer ejercicio? Los demás son días de descanso, y solo te lo recordaré los días de ejercicio. ¿No lo tienes claro? 5 es un buen comienzo.
onboarding-done-no-reminders =
    🎉 ¡Todo listo! Tu zona horaria es { $timezone } y los recordatorios están desactivados; envía /remind 9am si quieres uno.

    Envía /routine para empezar ya, o /quick para la versión de 2 minutos.
onboarding-band-ask = 🧰 Última pregunta: ¿tienes una banda elástica de ejercicio? Si no, harás el ejercicio con una toalla.

## button
button-cleared = 🩺 Un profesional me ha revisado
button-unlock-yes = ✅ Sí, me dieron el visto bueno
button-unlock-no = Todavía no
button-screen-none = Ninguna de estas
button-screen-done = ✅ Listo
button-pause-routine = ⏸ Pausar recordatorios
button-snooze = ⏰ Posponer 1 h
button-keep = 👍 Mantenerlo
button-drop = 🗑 Quitarlo
button-range-30 = 30 días
button-range-90 = 90 días
button-range-all = Todo
button-older = ◀ Anteriores
button-newer = Siguientes ▶
button-delete-yes = 🗑 Sí, borrar todo
button-delete-no = Conservar mis datos
button-restore-routine = ♻️ Restaurar rutina original
button-skip-today = 🙅 Hoy no
button-consent-yes = ✅ Sí, guárdalas
button-consent-no = 🚫 No, no las guardes
button-done = ✅ Hecho
button-skip = ⏭ Saltar
button-hurts = 😣 Duele
button-stop = ⏹ Parar
button-timer = ▶ Temporizador
button-hurt-mild = Leve
button-hurt-strong = Fuerte
button-hurt-sharp = Agudo, dormido, hormigueo, mareo
button-hurt-urgent = 🚨 Dolor de pecho o me ahogo
button-reminders-off = 🔕 Sin recordatorios
button-forget-health = 🗑 Borrar lo que compartí
button-start-routine = ▶ Empezar rutina
button-quick = ⚡ Versión de 2 minutos
button-goal = días
button-back = ◀ Atrás
button-settings-reminders-on = 🔔 Recordatorios: sí
button-settings-reminders-off = 🔕 Recordatorios: no
button-settings-time = ⏰ Hora
button-settings-days = 📅 Días
button-settings-zone = 🌍 Zona horaria
button-settings-pain-on = 📊 Registro del dolor: sí
button-settings-pain-off = 📊 Registro del dolor: no
button-settings-weekly-on = 📬 Resumen semanal: sí
button-settings-weekly-off = 📬 Resumen semanal: no
button-settings-band-on = 🧰 Banda: sí
button-settings-band-off = 🧰 Banda: no
button-settings-lessons-on = 📚 Lecciones: sí
button-settings-lessons-off = 📚 Lecciones: no
button-settings-pause = ⏸ Pausar 7 días
button-settings-resume = ▶️ Reanudar
button-every-day = Todos los días
button-weekdays = Lun–Vie
button-use-location = 📍 Usar mi ubicación
button-share-location = 📍 Compartir ubicación
button-finish-paused = ▶ Terminarla ({ $index }/{ $total })
button-start-other = Empezar { $other }
button-band-yes = ✅ Sí
button-band-no = No
button-feel-easy = 😌 Fácil
button-feel-just-right = 👍 En su punto
button-feel-hard = 😮‍💨 Difícil
button-feel-painful = 😣 Me dolió
button-feel-skip = Saltar
button-lessons-on = 🔔 Lecciones tras cada sesión
button-lessons-off = 🔕 Sin lecciones tras la sesión
button-reset-levels = ↩️ Dosis al inicio

## routine
routine-pain-before-ask =
    Antes de empezar: ¿cuánto dolor tienes ahora mismo?
    0 = sin dolor, 10 = el peor dolor imaginable
routine-pain-after-ask =
    Última pregunta: ¿cuánto dolor tienes ahora?
    0 = sin dolor, 10 = el peor dolor imaginable
routine-exercise =
    🏋️ { $index }/{ $total } · { $name }
    { $why }

    { $steps }

    🔁 { $dose }
    🛡 { $safety }
routine-exercise-gentler =
    🌱 Versión más suave de { $name }

    { $gentler }

    🔁 { $dose }
    🛡 { $safety }
routine-hurts-ask =
    Siento que te duela 😣 ¿Cómo es durante { $name }?

    • Leve: molesta pero se aguanta → prueba una versión más suave
    • Fuerte: duele de verdad → sáltalo
    • Agudo, dormido, hormigueo o mareo → para y que te revisen
    • 🚨 Dolor de pecho o me ahogo → qué hacer en una emergencia
routine-hurts-ask-gentler =
    Siento que todavía te duela 😣 ¿Cómo es durante { $name }?

    • Leve: molesta pero se aguanta → déjalo por hoy
    • Fuerte: duele de verdad → sáltalo y piensa en parar por hoy
    • Agudo, dormido, hormigueo o mareo → para y que te revisen
    • 🚨 Dolor de pecho o me ahogo → qué hacer en una emergencia
routine-hurt-mild = Probemos la versión más suave: más lenta y con menos recorrido. Que sea cómodo.
routine-hurt-strong = De acuerdo, hoy saltamos { $name }. Si hoy no es día para hacer ejercicio, toca ⏹ Parar abajo: parar también está bien.
routine-hurt-let-go = De acuerdo, hoy dejamos { $name }. Si el siguiente también duele, ⏹ Parar siempre está bien.
routine-red-flag-stop =
    ⏹ Deja los ejercicios por ahora.

    El dolor agudo, el mareo, el adormecimiento, el hormigueo o la debilidad deben revisarse: consulta pronto a un médico o fisioterapeuta. Busca ayuda hoy mismo si el adormecimiento o la debilidad se extienden o empeoran.

    🚨 Llama ya a emergencias (112 en Europa, 911 en México y EE. UU.) si además tienes dolor en el pecho, te cuesta respirar, arrastras las palabras al hablar o se te cae un lado de la cara.

    He pausado tus rutinas y recordatorios hasta que te revise un profesional de la salud.
routine-emergency =
    🚨 Si te está pasando ahora, llama a emergencias (112 en Europa, 911 en México y EE. UU.) o pide a alguien que llame por ti.

    Deja los ejercicios y siéntate en un lugar seguro. No conduzcas.

    He pausado tus rutinas y recordatorios hasta que te revise un profesional de la salud.
routine-resumed = ¡Hola de nuevo! Seguimos donde lo dejaste: ejercicio { $index } de { $total }.
routine-cancelled = ⏸ Lo dejamos por ahora. Tu sesión queda guardada: /routine sigue en el ejercicio { $index } de { $total }.
routine-no-session = Ahora no hay ninguna rutina en marcha. Envía /routine para empezar una.
routine-timer-running = ⏱ { $remaining } s
routine-timer-done = ⏰ ¡Tiempo! Toca ✅ Hecho cuando quieras.
routine-summary-head =
    🏁 { $title }
    ✅ Hechos: { $done } · ⏭ Saltados: { $skipped } · 😣 Dolieron: { $hurt }
routine-summary-stopped = Paraste antes de tiempo, y está bien. Escuchar a tu cuerpo es parte de la rutina.
routine-summary-pain = Dolor antes → después: { $before } → { $after }
routine-summary-pain-off = Tus valores de dolor solo se usaron para cuidarte hoy y no se guardaron. Puedes cambiarlo en /settings.
routine-summary-streak = 🔥 Racha de días: { $current } (récord: { $best })
routine-summary-counts-rule = Una sesión cuenta para tu racha si haces al menos 2 ejercicios.
routine-summary-next-reminder = ⏰ Próximo recordatorio: { $when }
routine-summary-reminders-off = 🔕 Los recordatorios están desactivados. Envía /remind HH:MM para activarlos.
routine-softened-note = 🌱 { $name } te dolió en 2 de tus últimas 3 sesiones, así que hoy te toca su versión más suave. Toca 😣 Duele otra vez si aun así es demasiado.
routine-escalation =
    🩺 { $reason }

    Conviene que lo vea un profesional: consulta a un médico o fisioterapeuta. Mientras tanto, ve con calma: haz solo lo que te resulte cómodo, o tómate un descanso. Puedo pausar tus recordatorios hasta que te vean; tu racha te esperará. Antes de tu próxima rutina, te volveré a hacer las preguntas de seguridad.

    🚨 Llama ya a emergencias (112 en Europa, 911 en México y EE. UU.) si tienes dolor u opresión en el pecho, te cuesta respirar o de repente no puedes controlar la orina o las heces.
routine-escalation-high-after = Tu dolor después de esta sesión fue de { $after } sobre 10.
routine-escalation-rose = Tu dolor subió de { $before } a { $after } durante esta sesión.
routine-escalation-trend = Tu dolor medio semanal ha subido 1 punto o más en dos semanas.
routine-escalation-no-improvement = Tras 6 semanas de sesiones regulares, tu dolor no ha mejorado claramente.
routine-ask-keep-drop = Has saltado { $name } 3 veces seguidas. ¿Lo mantienes en tu rutina o lo quitas? Siempre puedes recuperarlo en /settings.
routine-kept = 👍 { $name } sigue en tu rutina.
routine-dropped = 🗑 { $name } ya no está en tu rutina. En /settings puedes restaurar la rutina original.
routine-opening = ⏱ Unos { $minutes } min. Necesitarás: { $needs }.
routine-opening-nothing = ⏱ Unos { $minutes } min. Solo necesitas un poco de espacio.
routine-choose-paused = ¿Terminas tu rutina en pausa ({ $index }/{ $total }) o empiezas { $other }?
routine-timer-side = ⏱ { $side }: { $remaining } s
routine-timer-switch = 🔄 Cambio: { $side }… { $remaining } s
routine-timer-rest = 😮‍💨 Descansa… { $remaining } s
routine-timer-round = Ronda { $round } de { $rounds }
routine-timer-finished = ✅ Temporizador terminado.
routine-timer-busy = ⏱ El temporizador ya está en marcha.

## safety
safety-show =
    🛡 Seguridad

    Te acompaño con ejercicios; no hago diagnósticos ni sustituyo a un médico o fisioterapeuta.

    🚨 Llama ya a emergencias (112 en Europa, 911 en México y EE. UU.) si tienes:
    • dolor u opresión en el pecho
    • dificultad para respirar
    • pérdida reciente del control de la orina o las heces, dificultad para orinar o adormecimiento entre las piernas
    • un dolor de cabeza repentino y muy fuerte
    • dificultad para hablar, un lado de la cara caído o debilidad repentina en un lado del cuerpo

    🏥 Busca atención médica hoy si tienes:
    • torpeza reciente en las manos o falta de equilibrio al caminar
    • adormecimiento o debilidad que se extiende o empeora

    🩺 Deja los ejercicios y consulta pronto a un médico o fisioterapeuta si tienes:
    • dolor agudo, o adormecimiento, hormigueo o debilidad en brazos o piernas
    • mareo, desmayo o cambios en la vista al mover el cuello
    • fiebre, sudores nocturnos o pérdida de peso sin explicación
    • dolor tras una caída o un golpe, o dolor constante por la noche
    • dolor que sigue empeorando

    Durante un ejercicio, 😣 Duele te permite hacerlo más suave, saltarlo o parar. También puedes escribir lo que sientes.

## settings
settings-show = ⚙️ Tus ajustes (toca un botón para cambiar uno)
settings-consent-on = sí
settings-consent-off = no
settings-reminders-off-value = desactivados
settings-timezone-usage = Uso: /timezone Europe/Madrid
settings-remind-usage = Uso: /remind 7:30 (o 7pm, 19h), o /remind off, on, weekdays o daily
settings-timezone-set = 🌍 Zona horaria: { $timezone }.
settings-remind-set = ⏰ Recordatorio a las { $remind_time } ({ $timezone }).
settings-reminders-disabled = 🔕 Los recordatorios están desactivados. Envía /remind on, o una hora como /remind 9am, para volver a activarlos.
settings-consent-now-on = 📊 Guardar tus respuestas de salud: activado. Tus valores irán formando tu gráfica de progreso.
settings-consent-now-off = 📊 Guardar tus respuestas de salud: desactivado. Te seguiré preguntando cómo estás, por tu seguridad, pero no guardaré respuestas nuevas. Lo que compartiste antes sigue guardado para tu gráfica: consérvalo o bórralo ahora.
settings-health-erased = 🗑 Hecho: se borraron tus valores de dolor anteriores, tus respuestas del chequeo de seguridad, los niveles de dolor en los ejercicios y las notas de síntomas. Si tus rutinas están en pausa por seguridad, siguen en pausa.
settings-reminders-enabled = 🔔 Los recordatorios vuelven a estar activos.
settings-weekdays-only = 📅 Recordatorios solo entre semana (de lunes a viernes).
settings-every-day = 📅 Recordatorios todos los días.
settings-paused-until = ⏸ Recordatorios en pausa hasta el { $until }. Tu racha queda congelada, no se pierde. Envía /resume para volver antes.
settings-paused-indefinitely = ⏸ Recordatorios en pausa hasta que envíes /resume. Tu racha queda congelada, no se pierde.
settings-resumed = ▶️ ¡Hola de nuevo! Los recordatorios vuelven a estar activos y tu racha ({ $current_streak }) te espera.
settings-not-paused = Los recordatorios no están en pausa. Envía /pause o /pause 7 para tomarte un descanso.
settings-routine-restored = ♻️ Tu rutina vuelve a ser la original: están otra vez todos los ejercicios.
settings-weekly-on = 📬 Resumen semanal activado: cada domingo a las 19:00, hora local.
settings-weekly-off = 📬 Resumen semanal desactivado.
settings-pause-usage = Uso: /pause (hasta /resume) o /pause 7 (durante 7 días, como máximo 365).
settings-screen-reminder = ⏰ Recordatorio: { $remind_time }, { $when }
settings-screen-reminder-off = 🔕 Recordatorios: no
settings-screen-paused-until = ⏸ En pausa hasta el { $until }
settings-screen-paused = ⏸ En pausa hasta que envíes /resume
settings-screen-not-paused = ▶️ Sin pausa
settings-screen-goal = 🎯 Meta semanal: { $days } { $days ->
        [one] día
        [many] días
       *[other] días
    } a la semana
settings-screen-zone = 🌍 Zona horaria: { $timezone }
settings-screen-pain = 📊 Registro del dolor: { $consent }
settings-screen-weekly = 📬 Resumen semanal: { $consent }
settings-screen-band = 🧰 Ejercicio con banda elástica: { $consent } (si no: con una toalla)
settings-screen-lessons = 📚 Una lección corta tras cada sesión: { $consent }
settings-screen-levels = 📈 Las dosis suben tras sesiones fáciles.
settings-screen-routine = 🏋️ Rutina: todos los ejercicios
settings-screen-routine-dropped = 🏋️ Rutina: sin { $name }
settings-screen-forget = El registro del dolor está desactivado. Lo que compartiste antes sigue guardado: 🗑 lo borra.
settings-days-every-day = todos los días
settings-days-weekdays = de lunes a viernes
settings-weekday-names = lun mar mié jue vie sáb dom
settings-page-time = ⏰ ¿A qué hora te lo recuerdo? Toca una hora o escribe una, como 7:30, 7pm o 19h.
settings-page-days = 📅 ¿Qué días te lo recuerdo? Toca un día para activarlo o desactivarlo.
settings-page-zone = 🌍 ¿En qué zona horaria estás? Toca una, escribe tu ciudad (Madrid, Ciudad de México) o usa tu ubicación.
settings-zone-did-you-mean = 🤔 ¿Quisiste decir alguna de estas? Toca la tuya o escribe otra ciudad.
settings-zone-offset = 🕒 { $zone } es una diferencia horaria fija y no cambia con el horario de verano: tu recordatorio se movería una hora dos veces al año. Estos lugares están ahora en { $zone }; toca el tuyo o escribe tu ciudad.
settings-location-ask = 📍 O toca Compartir ubicación abajo: fijaré tu zona horaria con ella y no guardaré el lugar.
settings-location-unknown = No pude saber la zona horaria de ese lugar. Escribe tu ciudad, como Madrid.
settings-pain-out-of-range = La escala va de 0 (sin dolor) a 10 (el peor imaginable). Envía un número en ese rango, como 4.

## progress
progress-caption =
    📈 Tu progreso
    🗓 Sesiones: { $sessions_week } en los últimos 7 días, { $sessions_month } en los últimos 30
    🔥 Racha: { $current } (récord: { $best })
    { $relief }
    { $comparison }
progress-relief = 😌 Alivio medio en una sesión: { $relief } puntos
progress-relief-none = 😌 El alivio en cada sesión aparecerá cuando valores tu dolor antes y después.
progress-improved = ✅ Tu dolor medio ha bajado { $points } puntos ({ $percent } %) desde tu primera semana, de { $first } a { $now }. Es una mejora clara (hacen falta 2 puntos, o un 30 % y al menos 1 punto). ¡Muy bien!
progress-worsened = ⚠️ Tu dolor medio ha subido { $points } puntos desde tu primera semana, de { $first } a { $now }. El dolor suele subir y bajar, pero si sigue alto o no para de subir, consulta a un médico o fisioterapeuta.
progress-no-clear-change = Tu dolor medio era { $first } en tu primera semana y es { $now } esta semana: { $points } puntos de diferencia. Aún no es un cambio claro: hacen falta 2 puntos, o un 30 % y al menos 1 punto.
progress-not-enough-data = Compararé el dolor medio de esta semana con el de tu primera semana cuando ambas tengan valores.
progress-empty = 📈 Aún no hay nada que mostrar. Haz /routine o /quick, y tus días irán llenando un calendario aquí.
progress-pain-off =
    📈 Tu progreso
    🗓 Sesiones: { $sessions_week } en los últimos 7 días, { $sessions_month } en los últimos 30
    🔥 Racha: { $current } (récord: { $best })
    El registro del dolor está desactivado. Actívalo en /settings para ver también la gráfica de tu dolor.

## calendar
# legend: hecha | rápida | perdida | en pausa | descanso.
calendar-title = Tu práctica
calendar-legend = Rutina | Rápida | Sin hacer | En pausa | Descanso

## chart
# months: doce nombres cortos separados por espacios.
chart-title-since = Dolor desde { $start }
chart-title-window =
    { $days ->
            [one] Dolor, { $days } día
            [many] Dolor, últimos { $days } días
           *[other] Dolor, últimos { $days } días
        }
chart-before = Antes
chart-after = Después
chart-weekly = Media semanal (antes)
chart-pain-axis = Dolor (0–10)
chart-sessions = Sesiones
chart-date-axis = Fecha ({ $zone })
chart-months = ene feb mar abr may jun jul ago sept oct nov dic

## history
history-title = 🗂 Tus sesiones
history-line = { $date } · { $routine } · ✅ { $done } ⏭ { $skipped } 😣 { $hurt } · dolor { $pain }
history-empty = Aún no hay sesiones terminadas. /routine empieza una.

## export
export-intro = 📦 Aquí tienes todo lo que guardo sobre ti: un CSV con una fila por sesión y valoración, y un archivo JSON con todo.

## delete
delete-confirm = 🗑 Esto borra todo lo que guardo sobre ti: ajustes, sesiones, resultados de ejercicios, valores de dolor y recordatorios. No se puede deshacer. ¿Seguro?
delete-done = Hecho. He borrado todos tus datos y no te volveré a escribir. Envía /start cuando quieras para empezar de cero.
delete-cancelled = De acuerdo, no se borró nada.
delete-expired = Este botón ha caducado. Envía /delete otra vez.
delete-nothing = No guardo nada sobre ti, así que no hay nada que borrar.

## weekly
weekly-caption =
    📬 Tu semana
    🗓 Sesiones en los últimos 7 días: { $sessions_week }
    🔥 Racha: { $current } (récord: { $best })
    { $relief }
    { $comparison }

## nudge
nudge-message-1 = 🌤 ¡Hora de tu rutina de espalda! Unos minutos suaves ahora, y tu cuello te lo agradecerá.
nudge-message-2 = 🧘 ¿Un descanso corto de la pantalla? Tu rutina para la espalda alta te espera.
nudge-message-3 = 💪 Un momento: ¿soltamos un poco esos hombros?
nudge-message-4 = ☕ ¡Pausa para estirarte! Hasta la versión de 2 minutos ayuda.
nudge-message-5 = 🪑 Quizá llevas un buen rato en la silla. Movamos la espalda alta unos minutos.
nudge-streak = 🔥 Tu racha: { $streak } { $streak ->
        [one] día
        [many] días
       *[other] días
    }. ¡Sigue así!
nudge-no-streak = ✨ Hoy es un buen día para empezar una racha.
nudge-snoozed = ⏰ De acuerdo, te lo vuelvo a recordar en una hora.
nudge-skipped-today = 👍 De acuerdo, no más recordatorios hoy. ¡Hasta mañana!

## report
# Informe para el profesional (PDF, A4). Números y fechas llegan ya formateados.
report-title = Informe de ejercicio de BackCoach
report-disclaimer = Datos comunicados por la propia persona a un asistente de ejercicio; no es una historia clínica.
report-meta =
    Nombre: { $name }
    Rutina: { $routine }
    Periodo: { $start } a { $end } (número de días: { $days })
    Creado: { $created }
report-page = Página { $page } de { $pages }
report-adherence-title = Adherencia
report-adherence-line = Sesiones hechas: { $done } (de ellas, rápidas: { $quick }), { $per_week } por semana. Racha más larga (días seguidos): { $streak }. Sesiones interrumpidas: { $stopped }.
report-day-done = Hecha
report-day-quick = Solo rápida
report-day-missed = Sin hacer
report-day-stopped = Interrumpida
report-day-paused = En pausa
report-day-rest = Descanso
report-weekdays = lun mar mié jue vie sáb dom
report-pain-title = Dolor (0–10, autovalorado antes y después de cada sesión)
report-pain-off = Dolor no registrado: esta persona tiene desactivado el registro del dolor, así que no se muestran datos de dolor.
report-pain-none = No hay valores de dolor en este periodo.
report-pain-improved = El dolor medio semanal bajó de { $first } en la primera semana a { $last } en la última: { $points } puntos ({ $percent } %). Es una mejora relevante según la regla usada aquí (al menos 2 puntos, o al menos un 30 % y al menos 1 punto).
report-pain-worsened = El dolor medio semanal subió de { $first } en la primera semana a { $last } en la última: { $points } puntos ({ $percent } %). Es un empeoramiento relevante según la regla usada aquí (al menos 2 puntos, o al menos un 30 % y al menos 1 punto).
report-pain-no-clear-change = El dolor medio semanal fue { $first } en la primera semana y { $last } en la última: { $points } puntos de diferencia ({ $percent } %). No es un cambio relevante según la regla usada aquí (al menos 2 puntos, o al menos un 30 % y al menos 1 punto).
report-pain-not-enough = Menos de dos semanas tienen valores de dolor, así que no se indica ningún cambio.
report-psfs-title = Función (Patient-Specific Functional Scale, PSFS)
report-psfs-scale = La persona indicó hasta tres actividades que su espalda o cuello le dificultan y puntuó cada una de 0 (no puede hacerla en absoluto) a 10 (igual que antes del dolor), cada 14 días.
report-psfs-none = No hay chequeos de función en este periodo.
report-psfs-improved = La puntuación media subió de { $first } a { $last }: { $points } puntos. Es una mejora relevante (al menos 2 puntos en la media, al menos 3 en una actividad).
report-psfs-worsened = La puntuación media bajó de { $first } a { $last }: { $points } puntos. Es un empeoramiento relevante (al menos 2 puntos en la media, al menos 3 en una actividad).
report-psfs-no-clear-change = La puntuación media fue { $first } en el primer chequeo y { $last } en el último: { $points } puntos de diferencia. No es un cambio relevante (al menos 2 puntos en la media, al menos 3 en una actividad).
report-psfs-not-enough = Solo hay un chequeo hasta ahora, así que no se indica ningún cambio.
report-psfs-activity = Actividad
report-psfs-change = Cambio
report-meaningful = relevante
report-exercises-title = Ejercicios
report-col-exercise = Ejercicio
report-col-done = Hecho
report-col-skipped = Saltado
report-col-hurt-mild = Dolor: leve
report-col-hurt-strong = Dolor: fuerte
report-col-hurt-sharp = Dolor: agudo
report-col-hurt-urgent = Signos urgentes
report-col-gentler = Más suave
report-col-dose = Dosis actual
report-dropped = quitado
report-safety-title = Seguridad
report-safety-none = No hay eventos de seguridad en este periodo.
report-col-date = Fecha
report-col-event = Evento
report-col-detail = Detalle
report-safety-stop = Parada de seguridad
report-safety-symptom = Síntoma escrito (tipo)
report-safety-escalation = Se aconsejó consultar a un profesional
report-safety-red-flag = Respuesta de alarma
report-detail-typed-emergency = Signos de emergencia: pecho, respiración, vejiga o intestino, dolor de cabeza repentino
report-detail-typed-see-professional = Mareo, adormecimiento, hormigueo o debilidad
report-detail-hurt-urgent = Signos urgentes durante un ejercicio; sesión detenida
report-detail-hurt-sharp = Dolor agudo, adormecimiento u hormigueo durante un ejercicio; sesión detenida
report-detail-high-after = Dolor de 7 o más tras una sesión
report-detail-rose-during-session = El dolor subió 2 o más durante una sesión
report-detail-rising-weekly-trend = Dolor medio semanal en aumento
report-detail-no-improvement-6-weeks = Sin mejora relevante tras 6 semanas de sesiones regulares
report-detail-other = Evento de seguridad
report-doses-title = Cambios de dosis
report-doses-none = No hay cambios de dosis en este periodo.
report-col-from = De
report-col-to = A
report-col-why = Motivo
report-dose-raised = Subida
report-dose-lowered = Bajada
report-reason-reset = la persona volvió todas las dosis al inicio

## psfs
# El chequeo de función (PSFS), cada 14 días con consentimiento.
psfs-offer = 🧩 ¿Un minuto más? Cuéntame cómo te van algunas actividades del día a día. Muestra avances que los valores de dolor pueden pasar por alto.
psfs-button-start = ▶ Empezar (1 min)
psfs-button-later = Ahora no
psfs-ask-names = 🧩 ¿Qué actividades del día a día te cuestan por tu espalda o tu cuello? Toca hasta tres, o escribe la tuya en pocas palabras.
psfs-ask-more =
    Tus actividades hasta ahora:
    { $activities }
    Toca o escribe otra, o toca Listo.
psfs-suggest-1 = Pasar una hora en mi mesa de trabajo
psfs-suggest-2 = Mirar por encima del hombro al conducir
psfs-suggest-3 = Dormir de lado
psfs-suggest-4 = Levantar una bolsa
psfs-suggest-5 = Leer o usar el móvil
psfs-button-done = ✅ Listo
psfs-button-skip = Saltar por ahora
psfs-review =
    🧩 Es hora de tu chequeo de función de cada 2 semanas. ¿Las mismas actividades que la última vez?
    { $activities }
psfs-button-same = ▶ Las mismas
psfs-button-swap = 🔁 Cambiar una
psfs-button-add = ➕ Añadir una
psfs-ask-swap = ¿Cuál quieres cambiar por otra?
psfs-ask-rename = ¿Qué pongo en lugar de “{ $name }”? Toca una o escribe la tuya en pocas palabras.
psfs-ask-score =
    { $index }/{ $total } · ¿Hasta qué punto puedes hacer esto ahora?
    “{ $name }”
    0 = no puedo en absoluto, 10 = igual que antes del dolor
psfs-button-pass = Saltar esta
psfs-finished =
    ✅ Guardado:
    { $lines }
    Te volveré a preguntar en 2 semanas. /progress muestra cómo cambia.
psfs-line-first = • { $name }: { $now }
psfs-line-change = • { $name }: { $previous } → { $now }
psfs-line-passed = • { $name }: saltada
psfs-skipped = De acuerdo, ahora no. Te volveré a preguntar en 2 semanas, o envía /function cuando quieras.
psfs-too-long = Es un poco largo: usa como máximo { $limit } caracteres, como “Pasar una hora en mi mesa de trabajo”.
psfs-empty = Escribe la actividad en pocas palabras.
psfs-duplicate = Esa ya la tienes. Escribe otra actividad, o toca Listo.
psfs-too-many = Ya tienes tres, el máximo que pregunto. Toca Listo para seguir.
psfs-no-consent = 🧩 El chequeo de función guarda tus respuestas, y elegiste que no guarde respuestas de salud. Puedes cambiarlo en /settings.
psfs-stale = Ese chequeo ya terminó. Envía /function para empezar uno.
psfs-progress-title = 🧩 Función (0 = no puedo en absoluto, 10 = igual que antes del dolor)
psfs-progress-line = • { $name }: { $scores }{ $change }
psfs-progress-improved = ✅ Tu puntuación media de función ha subido { $points } puntos, de { $first } a { $last }. Es un cambio claro (hacen falta 2 puntos en la media, 3 en una actividad).
psfs-progress-worsened = Tu puntuación media de función ha bajado { $points } puntos, de { $first } a { $last }. Hay rachas malas; si las cosas te siguen costando más, consulta a un médico o fisioterapeuta.
psfs-progress-no-clear-change = Tu puntuación media de función pasó de { $first } a { $last }: { $points } puntos de diferencia. Aún no es un cambio claro: hacen falta 2 puntos en la media, 3 en una actividad.
psfs-progress-one-check = Un chequeo hasta ahora: el próximo, dentro de 2 semanas, mostrará el cambio.
psfs-activity-up = (sube { $points }: un cambio claro)
psfs-activity-down = (baja { $points }: un cambio claro)

## report_chat
# /report: el PDF para el fisio o el médico, y lo que se dice alrededor.
report-chat-caption = 📄 Tu informe de BackCoach, del { $start } al { $end }. Compártelo con tu fisio o tu médico si quieres: muestra lo que hiciste y cómo te sentiste.
report-chat-no-sessions = 📄 Aún no hay nada que incluir: el informe trata de tus sesiones y no has terminado ninguna. Haz /routine o /quick y vuelve a pedirlo.
report-chat-no-sessions-period =
    { $days ->
            [one] 📄 No hay sesiones terminadas en el último día ({ $days }), así que no hay nada que incluir. Prueba un periodo más largo:
            [many] 📄 No hay sesiones terminadas en los últimos { $days } días, así que no hay nada que incluir. Prueba un periodo más largo:
           *[other] 📄 No hay sesiones terminadas en los últimos { $days } días, así que no hay nada que incluir. Prueba un periodo más largo:
        }
report-chat-button-4-weeks = 4 semanas
report-chat-button-12-weeks = 12 semanas
report-chat-button-all = Todo

## grow

# Un programa que crece (issue 20) y ánimos merecidos (issue 17).
grow-praise-all =
    { $done ->
            [one] Buen trabajo: { $done } ejercicio, todo hecho
            [many] Buen trabajo: los { $done } hechos
           *[other] Buen trabajo: los { $done } hechos
        }
grow-praise-some = Buen trabajo: hiciste { $done } de { $total }
grow-praise-none = Gracias por estar aquí hoy
grow-praise-pain = , y tu dolor pasó de { $before } a { $after }
grow-milestone-3 = 🎉 3 días seguidos: el hábito va tomando forma.
grow-milestone-7 = 🎉 Una semana entera seguida. Así es como llega el cambio.
grow-milestone-14 = 🎉 Dos semanas seguidas: esto ya es parte de tu día.
grow-milestone-30 = 🏆 30 días seguidos. Gracias por cuidar tu espalda.
grow-welcome-back = 👋 ¡Qué bien verte de nuevo! La racha vuelve a empezar; tu progreso sigue ahí.
grow-weekly-streak = 📅 Semanas seguidas cumpliendo tu meta: { $current } (meta: { $goal } { $goal ->
        [one] día
        [many] días
       *[other] días
    } a la semana)
grow-weekly-this-week = 📅 Semanas seguidas cumpliendo tu meta: { $current } · esta semana { $days } de { $goal } { $goal ->
        [one] día
        [many] días
       *[other] días
    }
grow-streak-forgiving = Los días de descanso y los días en pausa nunca rompen tu racha semanal.
grow-feel-ask = ¿Qué tal te fue?
grow-feel-noted = Gracias, anotado.
grow-feel-skipped = De acuerdo, hoy sin respuesta.
grow-level-up = { $name }: { $dose } desde hoy, porque tuviste tres sesiones fáciles.
grow-level-down-hard = { $name }: vuelves a { $dose } desde hoy, tras dos sesiones difíciles seguidas.
grow-level-down-hurt = { $name }: vuelves a { $dose } desde hoy, porque te dolió.
grow-lesson-source = Fuente:
grow-learn-title = 📚 Lecciones cortas: { $seen } de { $total } leídas en esta ronda. Toca una para leerla.
grow-learn-on = Tras una sesión terminada llega una lección, como mucho una al día.
grow-learn-off = Las lecciones tras las sesiones están desactivadas; aun así puedes leerlas aquí.
grow-levels-reset = Todos los ejercicios vuelven a su primera dosis.
grow-levels-reset-none = Todos los ejercicios ya están en su primera dosis.
grow-history-levels = Cambios de dosis:
grow-history-level = { $date } · { $name }: nivel { $before } → { $after } ({ $reason })
grow-reason-up = tres sesiones fáciles
grow-reason-hard = difícil dos veces seguidas
grow-reason-hurt = dolió
grow-reason-reset = reinicio
