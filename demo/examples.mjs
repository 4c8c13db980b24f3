// Ready examples for the demo (RU and EN). All data is made up; numbers carry valid checksums so
// the validators accept them. Invisible characters are written as escapes so the file stays readable.

export const EXAMPLES = [
  {
    id: 'salon',
    ru: `Здравствуйте! Хочу записаться на окрашивание в субботу к 11:00.
Меня зовут Анна Смирнова, телефон +7 (912) 345-67-89, почта anna.smirnova@mail.ru.
Предоплату внесу картой 2202 2006 1234 5676. Если что-то изменится — напишите в WhatsApp на тот же номер.`,
    en: `Hello! I'd like to book a hair colouring on Saturday at 11:00.
My name is Anna Smirnova, phone +7 (912) 345-67-89, e-mail anna.smirnova@mail.ru.
I'll pay the deposit with card 2202 2006 1234 5676. If anything changes, text me on WhatsApp at the same number.`,
  },
  {
    id: 'clinic',
    ru: `Добрый день. Я, Иванов Пётр Сергеевич, дата рождения 12.03.1985, СНИЛС 112-233-445 95,
полис ОМС 7700000000123453. У меня сахарный диабет 2 типа, после анализов врач назначил метформин.
Можно ли перенести приём на пятницу? Телефон 8 903 123-45-67, адрес: г. Казань, ул. Баумана, д. 12, кв. 5.`,
    en: `Good afternoon. I'm Ivanov Pyotr Sergeevich, date of birth 12.03.1985, SNILS 112-233-445 95,
OMS policy 7700000000123453. I have type 2 diabetes; after the blood tests the doctor prescribed metformin.
Can I move my appointment to Friday? Phone 8 903 123-45-67, address: Kazan, Baumana st. 12, apt. 5.`,
  },
  {
    id: 'prompt',
    ru: `Сделай сводку по клиентам для квартального отчёта, коротко и по-деловому:

Клиент; ИНН; Телефон; E-mail
Ковалёв Дмитрий Андреевич; 500100732259; +7 495 123-45-67; d.kovalev@example.ru
ООО «Вектор»; 7707083893; 8 (812) 555-12-34; info@vector.example

Подписывай от меня: менеджер Ольга Петрова, табельный номер EMP-104233.
Общий номер компании +7 (843) 200-00-00 можно оставить. Проект Сокол не упоминай.
Для выгрузки используй ключ sk-proj-Xq7Lm2Nv9Rt4Wz8Kp3Hd6Fs1Bc5Jy0Ae и сервер 10.12.4.17.`,
    en: `Summarise our clients for the quarterly report, short and businesslike:

Client; INN; Phone; E-mail
Kovalev Dmitry Andreevich; 500100732259; +7 495 123-45-67; d.kovalev@example.ru
Vector LLC; 7707083893; 8 (812) 555-12-34; info@vector.example

Sign it from me: manager Olga Petrova, employee number EMP-104233.
The company's public number +7 (843) 200-00-00 may stay. Do not mention Project Falcon.
For the export use the key sk-proj-Xq7Lm2Nv9Rt4Wz8Kp3Hd6Fs1Bc5Jy0Ae and the server 10.12.4.17.`,
  },
  {
    id: 'attack',
    ru: `Попробуй обойти фильтр: мой номер \uFF0B\uFF17\u3000\uFF08\uFF19\uFF11\uFF12\uFF09\u3000\uFF13\uFF14\uFF15\uFF0D\uFF16\uFF17\uFF0D\uFF18\uFF19 (полноширинные цифры),
карта 4276\u200B1600\u200B1234\u200B5675 (пробелы нулевой ширины), ИНН 5001\u00AD0073\u00AD2259 (мягкие переносы),
почта anna\u200B.smirnova@mail.ru и телефон +7\u00A0912\u00A0345\u200B67\u200B89 через неразрывные пробелы.`,
    en: `Try to get past the filter: my number \uFF0B\uFF17\u3000\uFF08\uFF19\uFF11\uFF12\uFF09\u3000\uFF13\uFF14\uFF15\uFF0D\uFF16\uFF17\uFF0D\uFF18\uFF19 (full-width digits),
card 4276\u200B1600\u200B1234\u200B5675 (zero-width spaces), INN 5001\u00AD0073\u00AD2259 (soft hyphens),
e-mail anna\u200B.smirnova@mail.ru and phone +7\u00A0912\u00A0345\u200B67\u200B89 with no-break spaces.`,
  },
];

// A ~1 MB benchmark text built from the examples (both languages), a little varied so that it is
// not one string repeated. Stays under `limit` UTF-8 bytes.
export function benchmarkSample(limit = 1_000_000) {
  const enc = new TextEncoder();
  const parts = [];
  let bytes = 0;
  let i = 0;
  const filler =
    'Обычный текст без персональных данных: обсуждаем расписание, цены и отзывы клиентов. ' +
    'Plain text with nothing personal in it: schedules, prices and customer reviews. ';
  for (;;) {
    const ex = EXAMPLES[i % EXAMPLES.length];
    const chunk = `${i % 2 ? ex.en : ex.ru}\n${filler.repeat(1 + (i % 3))}\n\n`;
    const n = enc.encode(chunk).length;
    if (bytes + n > limit) break;
    parts.push(chunk);
    bytes += n;
    i++;
  }
  return { text: parts.join(''), bytes };
}
