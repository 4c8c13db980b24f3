// Texts of the widget in Russian and English. Every visible string lives here.
// Functions receive the widget's config so texts can name the operator, purposes and retention.

const PURPOSES = {
  ru: {
    consultation: 'консультация по вашему вопросу',
    booking: 'запись на услугу',
    order: 'оформление и доставка заказа',
    support: 'поддержка клиентов',
    callback: 'обратный звонок',
  },
  en: {
    consultation: 'answering your question',
    booking: 'booking an appointment',
    order: 'processing and delivering an order',
    support: 'customer support',
    callback: 'calling you back',
  },
};

const SPECIAL = {
  ru: {
    TOPIC_HEALTH: 'здоровье',
    TOPIC_BELIEFS: 'религиозные или философские убеждения',
    TOPIC_POLITICS: 'политические взгляды',
    TOPIC_ETHNICITY: 'расовая или национальная принадлежность',
    TOPIC_INTIMATE_LIFE: 'интимная жизнь',
    TOPIC_CRIMINAL_RECORD: 'судимость',
  },
  en: {
    TOPIC_HEALTH: 'health',
    TOPIC_BELIEFS: 'religious or philosophical beliefs',
    TOPIC_POLITICS: 'political opinions',
    TOPIC_ETHNICITY: 'racial or ethnic origin',
    TOPIC_INTIMATE_LIFE: 'intimate life',
    TOPIC_CRIMINAL_RECORD: 'criminal record',
  },
};

const ru = {
  title: 'Чат с нами',
  subtitle: 'Личные данные скрываются на вашем устройстве',
  open: 'Открыть чат',
  close: 'Закрыть чат',
  inputLabel: 'Ваше сообщение',
  placeholder: 'Напишите сообщение…',
  send: 'Отправить',
  noticeHeading: 'Согласие на обработку персональных данных',
  notice: (c) => [
    `Оператор персональных данных: ${c.operator}.`,
    `Цели обработки: ${purposeList('ru', c.purposes)}.`,
    'Обрабатываются: текст ваших сообщений после маскирования на вашем устройстве (телефоны, e-mail, номера документов и карт заменяются метками до отправки), а также данные формы обратной связи, если вы её заполните.',
    `Срок хранения: ${c.retention || 'до достижения целей обработки, но не дольше 1 года'}.`,
    'Вы можете отозвать согласие в любой момент кнопкой «Моё согласие» в этом окне; после отзыва сообщения не отправляются.',
  ],
  noticeLink: 'Политика обработки персональных данных',
  consentLabel: 'Я даю согласие на обработку моих персональных данных на этих условиях',
  consentHint: 'Отметьте согласие, чтобы отправлять сообщения.',
  consentGiven: 'Согласие дано',
  myConsent: 'Моё согласие',
  receiptHeading: 'Квитанция о согласии',
  receiptIntro: 'Эта квитанция хранится на вашем устройстве и отправляется вместе с каждым сообщением.',
  receiptFields: {
    consentReceiptID: 'Номер',
    consentTimestamp: 'Дата и время',
    piiControllers: 'Оператор',
    purposes: 'Цели',
    noticeVersion: 'Версия уведомления',
    noticeHash: 'Отпечаток текста (SHA-256)',
    sensitive: 'Специальные категории',
  },
  yes: 'да',
  no: 'нет',
  download: 'Скачать квитанцию (JSON)',
  withdraw: 'Отозвать согласие',
  withdrawn: 'Согласие отозвано. Сообщения больше не отправляются.',
  withdrawFailed: 'Согласие отозвано на этом устройстве, но сайт пока не получил уведомление — мы повторим попытку.',
  back: 'Назад',
  loading: 'Загрузка защиты…',
  errEngine: 'Не удалось загрузить защиту личных данных. Сообщение не отправлено — попробуйте обновить страницу.',
  errPolicy: 'Настройки защиты сайта содержат ошибку. Сообщение не отправлено.',
  errRedact: 'Не удалось проверить сообщение на личные данные. Оно не отправлено.',
  errBlocked: 'В сообщении есть секретные данные (пароль, ключ или код). Удалите их — такое сообщение не отправляется.',
  errTimeout: 'Проверка сообщения на личные данные заняла слишком много времени. Оно не отправлено; чат начат заново — сократите сообщение или попробуйте ещё раз.',
  errHash: 'Настройки защиты сайта требуют хешировать данные в браузере — это небезопасно, поэтому чат отключён. Сообщение не отправлено.',
  errConsentGone: 'Согласие отозвано — сообщение не отправлено.',
  errNetwork: 'Не удалось доставить сообщение. Проверьте соединение.',
  errInsecure: 'Чат работает только на защищённой странице (HTTPS). Сообщения не отправляются.',
  retry: 'Повторить',
  sending: 'Отправка…',
  notDelivered: 'Не доставлено',
  masked: (n) => `Скрыто перед отправкой: ${n}`,
  showSent: 'Что получил сайт',
  you: 'Вы',
  operator: 'Оператор',
  specialHeading: 'Особые категории данных',
  specialText: (cats) => `Похоже, сообщение касается особой категории персональных данных (${cats}). Для её обработки закон требует отдельного согласия.`,
  specialLabel: 'Я даю отдельное согласие на обработку этих сведений для указанных целей',
  specialHint: 'Отметьте отдельное согласие и нажмите «Отправить» ещё раз — или измените сообщение.',
  escalated: 'Ваш вопрос касается особой категории данных — мы передаём разговор сотруднику.',
  contactOpen: 'Перезвоните мне',
  contactHeading: 'Обратный звонок',
  contactNote: (op) => `Имя и телефон будут переданы оператору (${op}) только для обратного звонка, на условиях вашего согласия.`,
  contactName: 'Имя',
  contactPhone: 'Телефон',
  contactSend: 'Отправить контакт',
  contactCancel: 'Отмена',
  contactSent: 'Спасибо! Мы свяжемся с вами.',
  contactInvalid: 'Укажите имя и телефон.',
  contactNeedsConsent: 'Сначала дайте согласие на обработку данных.',
  welcome: 'Здравствуйте! Задайте вопрос — мы ответим здесь.',
};

const en = {
  title: 'Chat with us',
  subtitle: 'Personal data is masked on your device',
  open: 'Open chat',
  close: 'Close chat',
  inputLabel: 'Your message',
  placeholder: 'Write a message…',
  send: 'Send',
  noticeHeading: 'Consent to the processing of personal data',
  notice: (c) => [
    `Personal data operator: ${c.operator}.`,
    `Purposes: ${purposeList('en', c.purposes)}.`,
    'Processed: the text of your messages after masking on your device (phone numbers, e-mails, document and card numbers are replaced with labels before sending), and the call-back form if you fill it in.',
    `Retention: ${c.retention || 'until the purposes are achieved, at most 1 year'}.`,
    'You may withdraw consent at any time with the “My consent” button in this window; after that no messages are sent.',
  ],
  noticeLink: 'Personal data policy',
  consentLabel: 'I consent to the processing of my personal data on these terms',
  consentHint: 'Tick the consent box to send messages.',
  consentGiven: 'Consent given',
  myConsent: 'My consent',
  receiptHeading: 'Consent receipt',
  receiptIntro: 'This receipt is kept on your device and sent with every message.',
  receiptFields: {
    consentReceiptID: 'Receipt ID',
    consentTimestamp: 'Date and time',
    piiControllers: 'Operator',
    purposes: 'Purposes',
    noticeVersion: 'Notice version',
    noticeHash: 'Notice fingerprint (SHA-256)',
    sensitive: 'Special categories',
  },
  yes: 'yes',
  no: 'no',
  download: 'Download receipt (JSON)',
  withdraw: 'Withdraw consent',
  withdrawn: 'Consent withdrawn. Messages are no longer sent.',
  withdrawFailed: 'Consent withdrawn on this device, but the site has not been told yet — we will retry.',
  back: 'Back',
  loading: 'Loading protection…',
  errEngine: 'The personal-data protection could not be loaded. Your message was not sent — try reloading the page.',
  errPolicy: 'The site’s protection settings are invalid. Your message was not sent.',
  errRedact: 'Your message could not be checked for personal data. It was not sent.',
  errBlocked: 'Your message contains secret data (a password, key or code). Remove it — such messages are not sent.',
  errTimeout: 'Checking your message for personal data took too long. It was not sent, and the chat was restarted — shorten the message or try again.',
  errHash: 'The site’s protection settings ask to hash data in the browser, which is unsafe, so the chat is off. Your message was not sent.',
  errConsentGone: 'Consent was withdrawn — the message was not sent.',
  errNetwork: 'The message could not be delivered. Check your connection.',
  errInsecure: 'The chat works only on a secure (HTTPS) page. Messages are not sent.',
  retry: 'Retry',
  sending: 'Sending…',
  notDelivered: 'Not delivered',
  masked: (n) => `Masked before sending: ${n}`,
  showSent: 'What the site received',
  you: 'You',
  operator: 'Operator',
  specialHeading: 'Special categories of data',
  specialText: (cats) => `Your message seems to concern a special category of personal data (${cats}). The law requires a separate consent to process it.`,
  specialLabel: 'I give separate consent to the processing of this information for the stated purposes',
  specialHint: 'Tick the separate consent and press “Send” again — or edit the message.',
  escalated: 'Your question concerns a special category of data — we are handing the conversation to a person.',
  contactOpen: 'Call me back',
  contactHeading: 'Call back',
  contactNote: (op) => `Your name and phone number are passed to the operator (${op}) only to call you back, under your consent.`,
  contactName: 'Name',
  contactPhone: 'Phone',
  contactSend: 'Send contact',
  contactCancel: 'Cancel',
  contactSent: 'Thank you! We will contact you.',
  contactInvalid: 'Enter your name and phone number.',
  contactNeedsConsent: 'Please give consent first.',
  welcome: 'Hello! Ask a question — we will answer here.',
};

function purposeList(lang, purposes) {
  return purposes.map((p) => PURPOSES[lang][p] || p).join(', ');
}

export function texts(lang) {
  return lang === 'en' ? en : ru;
}

export function specialName(lang, topic) {
  return (SPECIAL[lang === 'en' ? 'en' : 'ru'][topic]) || topic;
}

export function purposeName(lang, p) {
  return PURPOSES[lang === 'en' ? 'en' : 'ru'][p] || p;
}

// Friendly names for display only (a type the engine adds later falls back to its own name).
const TYPE_NAMES = {
  ru: {
    PHONE_NUMBER: 'телефон', EMAIL_ADDRESS: 'e-mail', CREDIT_CARD: 'номер карты', IBAN_CODE: 'IBAN',
    IP_ADDRESS: 'IP-адрес', RU_INN: 'ИНН', RU_SNILS: 'СНИЛС', RU_OGRN: 'ОГРН', RU_OMS: 'полис ОМС',
    RU_PASSPORT: 'паспорт', RU_BANK_ACCOUNT: 'банковский счёт', RU_CAR_PLATE: 'госномер',
    SECRET: 'секрет', PERSON: 'имя', ADDRESS: 'адрес', DATE_OF_BIRTH: 'дата рождения',
    US_SSN: 'SSN (США)',
  },
  en: {
    PHONE_NUMBER: 'phone', EMAIL_ADDRESS: 'e-mail', CREDIT_CARD: 'card number', IBAN_CODE: 'IBAN',
    IP_ADDRESS: 'IP address', RU_INN: 'INN', RU_SNILS: 'SNILS', RU_OGRN: 'OGRN', RU_OMS: 'OMS policy',
    RU_PASSPORT: 'passport', RU_BANK_ACCOUNT: 'bank account', RU_CAR_PLATE: 'car plate',
    SECRET: 'secret', PERSON: 'name', ADDRESS: 'address', DATE_OF_BIRTH: 'date of birth',
    US_SSN: 'Social Security number',
  },
};

export function typeName(lang, type) {
  return TYPE_NAMES[lang === 'en' ? 'en' : 'ru'][type] || type;
}
