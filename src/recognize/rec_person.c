/* rec_person.c — PERSON: Russian and English names of people, and the vault key that makes one
 * person's name in any grammatical case one pseudonym.
 *
 * A name is a short run of words joined by spaces. Each word is analysed once:
 *   F  a first name: the dictionary (zl_ru_first / zl_en_first) after undoing a case ending
 *      ("Анне" -> Анна, "Дмитрия" -> Дмитрий, "Петра" -> Пётр);
 *   P  a patronymic: -ович/-евич/-ич, -овна/-евна/-ична with their case endings;
 *   S  a surname: by suffix (-ов/-ев/-ин/-ын, -ский/-цкий, -енко, -ян, -чук, -дзе, -швили and
 *      their case forms; -ov/-ova/-sky/-enko transliterated), by dictionary, or, weakly, any
 *      capitalised word;
 *   I  an initial: one capital letter and a full stop.
 * Patterns (longest first): S F P, F P S, S F, F S, F P, S I I, I I S, S I, I S, English
 * F [F|I] L, I [I] L, L F; a first name alone when it is not also a common word (Вера, May) or
 * when a cue says it is a name; a surname alone after a cue or alone in a table cell. The parts
 * must agree in sex. Lower-case names need a patronymic, a cue, or a clear surname and first name.
 * Words after "ул.", "имени" and the like are never a person (streets, schools). */
#include <stdlib.h>

#include "recognize/ling.h"
#include "recognize/tagger.h"

/* ---- cues and blockers ------------------------------------------------------------------------
 */

#define CUE(k, m, x, a)                                                                            \
    { k, ZL_K_CUE, m, x, a, NULL }
#define NOTNAME(k, m, x)                                                                           \
    { k, ZL_K_NOTNAME, m, x, 0, NULL }
/* a building or a monument: a full name after it is a person's (zl_block_lifted) */
#define NOTNAME_SOFT(k, m, x)                                                                      \
    { k, ZL_K_NOTNAME, m, x, 1, NULL }
/* a business's kind, as NOTNAME_SOFT; a whole word, so a full stop after it ends its block («Мы
 * зашли в бар. Михаил заказал пиво») where an abbreviation's does not («ул. Ленина») */
#define NOTNAME_BIZ(k, m, x)                                                                       \
    { k, ZL_K_NOTNAME, m, x, 2, NULL }
const zl_kw zl_kw_person[] = {CUE("зовут", ZL_M_EXACT, 0, ZL_CUE_NAME | ZL_CUE_CALLED),
                              CUE("звать", ZL_M_EXACT, 0, ZL_CUE_NAME | ZL_CUE_CALLED),
                              CUE("имя", ZL_M_EXACT, 0, ZL_CUE_NAME | ZL_CUE_CALLED),
                              CUE("фио", ZL_M_EXACT, 0, ZL_CUE_NAME | ZL_CUE_CALLED),
                              CUE("фамили", ZL_M_STEM, 2, ZL_CUE_NAME | ZL_CUE_CALLED),
                              CUE("клиент", ZL_M_STEM, 3, ZL_CUE_NAME),
                              CUE("пациент", ZL_M_STEM, 3, ZL_CUE_NAME),
                              CUE("гражданин", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("гражданк", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("сотрудник", ZL_M_STEM, 3, ZL_CUE_NAME),
                              CUE("ип", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("получател", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("отправител", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("контакт", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("заказчик", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("покупател", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("исполнител", ZL_M_STEM, 2, ZL_CUE_NAME),
                              CUE("ответственн", ZL_M_STEM, 3, ZL_CUE_NAME),
                              CUE("подпись", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("уважением", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("спросите", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("позовите", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("передайте", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("господин", ZL_M_STEM, 2, ZL_CUE_TITLE),
                              CUE("госпож", ZL_M_STEM, 1, ZL_CUE_TITLE),
                              CUE("уважаем", ZL_M_STEM, 3, ZL_CUE_TITLE),
                              CUE("мастер", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("врач", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("сказал", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("заявил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("уточнил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("добавил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("отметил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("сообщил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("пояснил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("рассказал", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("подчеркнул", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("написал", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("звонил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("позвонил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("ответил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("признал", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("передал", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("предложил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("объяснил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("указал", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("заметил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("напомнил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("считает", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("говорит", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("признался", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("спросил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("попросил", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("пишет", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("рассказывает", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("сообщает", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("заявляет", ZL_M_STEM, 2, ZL_CUE_SAID),
                              CUE("президент", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("премьер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("министр", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("глава", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("лидер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("тренер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("канцлер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("писатель", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("актер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("актрис", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("певиц", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("певец", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("режиссер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("депутат", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("губернатор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("мэр", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("сенатор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("спикер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("полузащитник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("нападающ", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("вратар", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("защитник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("коллег", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("журналист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("профессор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("академик", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("генерал", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("полковник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("майор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("капитан", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("судья", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("адвокат", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("прокурор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("следовател", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("художник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("композитор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("поэт", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("музыкант", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("футболист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("хоккеист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("теннисист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("боксер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("госсекретар", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("пресс-секретар", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("премьер-министр", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("экс-президент", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("император", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("императриц", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("корол", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("принц", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("принцесс", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("имам", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("шейх", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("султан", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("кардинал", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("патриарх", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("епископ", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("миллиардер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("бизнесмен", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("олигарх", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("банкир", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("блогер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("рэпер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("продюсер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("дирижер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("философ", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("физик", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("математик", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("историк", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("экономист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("политолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("политик", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("дипломат", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("посол", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("советник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("командир", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("лейтенант", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("сержант", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("председател", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("основател", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("руководител", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("генсек", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("вице-премьер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("вице-президент", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("замминистра", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("форвард", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("хавбек", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("голкипер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("легионер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("чемпион", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("чемпионк", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("фигурист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("гимнаст", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("гонщик", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("астронавт", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("юрист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("правозащитник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("активист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("оппозиционер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("чиновник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("ведущ", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("телеведущ", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("комик", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("модельер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("дизайнер", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("архитектор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("скульптор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("фотограф", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("балерин", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("танцовщ", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("солист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("гитарист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("барабанщик", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("вокалист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("основательниц", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              /* medicine, music, sport and the news's rulers and fighters */
                              CUE("диктатор", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("кардиолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("хирург", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("терапевт", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("стоматолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("педиатр", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("невролог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("психолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("гинеколог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("уролог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("офтальмолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("окулист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("эндокринолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("дерматолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("травматолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("ортопед", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("онколог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("маммолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("гастроэнтеролог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("аллерголог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("ревматолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("пульмонолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("отоларинголог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("психиатр", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("психотерапевт", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("ортодонт", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("анестезиолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("гематолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("инфекционист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("флеболог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("проктолог", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("логопед", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("пианист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("скрипач", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("драматург", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("сценарист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("хореограф", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("шахматист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("баскетболист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("волейболист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("биатлонист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("лыжник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("пловц", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("пловчих", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("дзюдоист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("наставник", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("арбитр", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("террорист", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("главар", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("правител", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("диссидент", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("конгрессмен", ZL_M_STEM, 3, ZL_CUE_ROLE),
                              CUE("доктор", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("менеджер", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("директор", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("курьер", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("администратор", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("водител", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              /* the trades a salon's, a clinic's, a shop's or an office's
                               * chat names someone by («бухгалтер Кузнец», «консультант Волк») */
                              CUE("бухгалтер", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("консультант", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("специалист", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("оператор", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("кассир", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("парикмахер", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("косметолог", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("массажист", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("инструктор", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("нотариус", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("риелтор", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("риэлтор", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("логист", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("механик", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("фельдшер", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("медсестр", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("воспитател", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("преподавател", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("куратор", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("инспектор", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("стилист", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("визажист", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("официант", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("повар", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("кондитер", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("продавщиц", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("продавец", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("продавца", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("продавцу", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("продавцом", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("это", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("я", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("меня", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("для", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              /* family and friends: «моя дочь Алиса», "my wife Rose" name
                               * someone, even by a name that is also a word («папа» not: «Папа
                               * Римский») */
                              CUE("доч", ZL_M_STEM, 4, ZL_CUE_WEAK),
                              CUE("сын", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("муж", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("жена", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("жену", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("жене", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("женой", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("мам", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("брат", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("сестр", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("бабушк", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("дедушк", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("внук", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("внучк", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("подруг", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("wife", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("boss", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("coworker", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("colleague", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("roommate", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("flatmate", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("landlord", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("landlady", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("neighbor", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("neighbour", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("grandma", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("grandpa", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("grandmother", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("grandfather", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("granny", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("aunt", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("auntie", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("uncle", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("cousin", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("niece", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("nephew", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("fiance", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("fiancee", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("stepson", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("stepdaughter", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("stepmom", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("stepdad", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("nanny", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("babysitter", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("tutor", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("сосед", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("тет", ZL_M_STEM, 1, ZL_CUE_WEAK),
                              CUE("дяд", ZL_M_STEM, 1, ZL_CUE_WEAK),
                              CUE("племянни", ZL_M_STEM, 3, ZL_CUE_WEAK),
                              CUE("начальни", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("свекров", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("тещ", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("няня", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("няне", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("репетитор", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("учительниц", ZL_M_STEM, 2, ZL_CUE_WEAK),
                              CUE("крестн", ZL_M_STEM, 3, ZL_CUE_WEAK),
                              CUE("husband", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("son", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("daughter", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("mom", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("mum", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("dad", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("brother", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("sister", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("friend", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("boyfriend", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("girlfriend", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("name", ZL_M_NOUN, 0, ZL_CUE_NAME | ZL_CUE_CALLED),
                              CUE("named", ZL_M_EXACT, 0, ZL_CUE_NAME | ZL_CUE_CALLED),
                              CUE("patient", ZL_M_NOUN, 0, ZL_CUE_NAME),
                              CUE("client", ZL_M_NOUN, 0, ZL_CUE_NAME),
                              CUE("customer", ZL_M_NOUN, 0, ZL_CUE_NAME),
                              CUE("contact", ZL_M_NOUN, 0, ZL_CUE_NAME),
                              CUE("employee", ZL_M_NOUN, 0, ZL_CUE_NAME),
                              CUE("tenant", ZL_M_NOUN, 0, ZL_CUE_NAME),
                              CUE("recipient", ZL_M_NOUN, 0, ZL_CUE_NAME),
                              CUE("attn", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("signed", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("regards", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("sincerely", ZL_M_EXACT, 0, ZL_CUE_NAME),
                              CUE("mr", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("mrs", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("ms", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("miss", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("mx", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("dr", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("prof", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("professor", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("sir", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("president", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("chancellor", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("senator", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("sen", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("governor", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("gov", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("congressman", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("congresswoman", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("judge", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("capt", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("sgt", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("maj", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("cpl", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("pvt", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("det", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("supt", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("rep", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("pres", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("detective", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("inspector", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("rev", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("reverend", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("spokesman", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("spokeswoman", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("spokesperson", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("ambassador", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("mayor", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("sheriff", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("pastor", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("rabbi", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("imam", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("bishop", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("cardinal", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("said", ZL_M_EXACT, 0, ZL_CUE_SAID),
                              CUE("asked", ZL_M_EXACT, 0, ZL_CUE_SAID),
                              CUE("replied", ZL_M_EXACT, 0, ZL_CUE_SAID),
                              CUE("recalled", ZL_M_EXACT, 0, ZL_CUE_SAID),
                              CUE("insisted", ZL_M_EXACT, 0, ZL_CUE_SAID),
                              CUE("admitted", ZL_M_EXACT, 0, ZL_CUE_SAID),
                              CUE("madam", ZL_M_EXACT, 0, ZL_CUE_TITLE),
                              CUE("dear", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("hi", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("hello", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("hey", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("thanks", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("i'm", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("am", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("ask", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("call", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("from", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("with", ZL_M_EXACT, 0, ZL_CUE_WEAK),
                              CUE("manager", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              CUE("doctor", ZL_M_NOUN, 0, ZL_CUE_WEAK),
                              NOTNAME("ул", ZL_M_EXACT, 0),
                              NOTNAME("улиц", ZL_M_NOUN, 0),
                              NOTNAME("пр", ZL_M_EXACT, 0),
                              NOTNAME("просп", ZL_M_EXACT, 0),
                              NOTNAME("проспект", ZL_M_NOUN, 0),
                              NOTNAME("пер", ZL_M_EXACT, 0),
                              NOTNAME("переул", ZL_M_STEM, 3),
                              NOTNAME("пл", ZL_M_EXACT, 0),
                              NOTNAME("площад", ZL_M_STEM, 2),
                              NOTNAME("бульвар", ZL_M_NOUN, 0),
                              NOTNAME("б-р", ZL_M_EXACT, 0),
                              NOTNAME("наб", ZL_M_EXACT, 0),
                              NOTNAME("набережн", ZL_M_STEM, 3),
                              NOTNAME("шоссе", ZL_M_EXACT, 0),
                              NOTNAME("проезд", ZL_M_NOUN, 0),
                              NOTNAME("им", ZL_M_EXACT, 0),
                              NOTNAME("имени", ZL_M_EXACT, 0),
                              NOTNAME("метро", ZL_M_EXACT, 0),
                              NOTNAME("станци", ZL_M_STEM, 2),
                              NOTNAME_SOFT("памятник", ZL_M_NOUN, 0),
                              NOTNAME_SOFT("музе", ZL_M_STEM, 2),
                              NOTNAME_SOFT("театр", ZL_M_NOUN, 0),
                              NOTNAME_SOFT("школ", ZL_M_NOUN, 0),
                              NOTNAME_SOFT("лице", ZL_M_STEM, 2),
                              NOTNAME_SOFT("гимнази", ZL_M_STEM, 2),
                              NOTNAME_SOFT("кинотеатр", ZL_M_NOUN, 0),
                              /* a business named by a first name after its kind, in the
                               * nominative («Кафе Мария на углу», «Магазин Светлана закрыт»);
                               * not «администратор магазина Светлана» */
                              NOTNAME_BIZ("кафе", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("ресторан", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("отель", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("гостиница", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("магазин", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("бар", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("клиника", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("пекарня", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("кофейня", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("аптека", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("бутик", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("ателье", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("хостел", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("пансионат", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("санаторий", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("агентство", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("тц", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("трц", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("бц", ZL_M_EXACT, 0),
                              NOTNAME_BIZ("жк", ZL_M_EXACT, 0),
                              /* a creed's formula, not a man («Аллах Акбар») */
                              NOTNAME("аллах", ZL_M_EXACT, 0),
                              NOTNAME("аллаху", ZL_M_EXACT, 0),
                              NOTNAME("салон", ZL_M_NOUN, 0),
                              NOTNAME("студи", ZL_M_STEM, 2),
                              NOTNAME("ооо", ZL_M_EXACT, 0),
                              NOTNAME("оао", ZL_M_EXACT, 0),
                              NOTNAME("зао", ZL_M_EXACT, 0),
                              NOTNAME("пао", ZL_M_EXACT, 0),
                              NOTNAME("ао", ZL_M_EXACT, 0),
                              NOTNAME("ltd", ZL_M_EXACT, 0),
                              NOTNAME("inc", ZL_M_EXACT, 0),
                              NOTNAME("saint", ZL_M_EXACT, 0),
                              NOTNAME("st", ZL_M_EXACT, 0),
                              NOTNAME("hurricane", ZL_M_EXACT, 0),
                              NOTNAME("hotel", ZL_M_EXACT, 0),
                              NOTNAME("university", ZL_M_EXACT, 0),
                              {NULL, 0, 0, 0, 0, NULL}};

/* Capitalised words that are not surnames even right after a first name (and a letter's address
 * before one: «Дорогая Анна Сергеевна», «Уважаемая Ольга Ивановна»). */
static const char *const not_surname[] = {"здравствуйте",
                                          "привет",
                                          "спасибо",
                                          "пожалуйста",
                                          "добрый",
                                          "доброе",
                                          "добрая",
                                          "дорогая",
                                          "дорогой",
                                          "уважаемая",
                                          "уважаемый",
                                          "милая",
                                          "милый",
                                          "любимая",
                                          "любимый",
                                          "да",
                                          "нет",
                                          "ок",
                                          "ооо",
                                          "ип",
                                          "ао",
                                          "тел",
                                          "телефон",
                                          "email",
                                          "почта",
                                          "понедельник",
                                          "вторник",
                                          "среда",
                                          "четверг",
                                          "пятница",
                                          "суббота",
                                          "воскресенье",
                                          "январь",
                                          "февраль",
                                          "март",
                                          "апрель",
                                          "май",
                                          "июнь",
                                          "июль",
                                          "август",
                                          "сентябрь",
                                          "октябрь",
                                          "ноябрь",
                                          "декабрь",
                                          "россия",
                                          "рф",
                                          "снилс",
                                          "инн",
                                          "паспорт",
                                          "огрн",
                                          "омс",
                                          "бик",
                                          "кпп",
                                          "дата",
                                          "адрес",
                                          "сумма",
                                          "итого",
                                          "заказ",
                                          "фамилия",
                                          "имя",
                                          "отчество",
                                          "фио",
                                          "the",
                                          "and",
                                          "i",
                                          "please",
                                          "thanks",
                                          "thank",
                                          "hi",
                                          "hello",
                                          "dear",
                                          "team",
                                          "street",
                                          "road",
                                          "avenue",
                                          "monday",
                                          "tuesday",
                                          "wednesday",
                                          "thursday",
                                          "friday",
                                          "saturday",
                                          "sunday",
                                          "january",
                                          "february",
                                          "march",
                                          "april",
                                          "june",
                                          "july",
                                          "august",
                                          "september",
                                          "october",
                                          "november",
                                          "december",
                                          "inc",
                                          "ltd",
                                          "llc",
                                          "corp",
                                          "co",
                                          "group",
                                          "bank",
                                          "email",
                                          "phone",
                                          "mobile",
                                          "tel",
                                          "id",
                                          "ok",
                                          "yes",
                                          "no",
                                          "from",
                                          "to",
                                          "re",
                                          "fw",
                                          "fwd",
                                          "order",
                                          "card",
                                          "account",
                                          "company",
                                          "support",
                                          "service",
                                          "sales",
                                          "office",
                                          "studio",
                                          "salon",
                                          "clinic",
                                          "i'm",
                                          "i'll",
                                          "i've",
                                          "i'd",
                                          "i\xe2\x80\x99"
                                          "m",
                                          "i\xe2\x80\x99"
                                          "ll",
                                          "i\xe2\x80\x99"
                                          "ve",
                                          "i\xe2\x80\x99"
                                          "d",
                                          NULL};

static int cstr_cmp(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

#define NOT_SURNAME_N (sizeof not_surname / sizeof not_surname[0] - 1)
static const char *not_surname_sorted[NOT_SURNAME_N];

/* A filter before the binary search: a bit per (length, first byte, last byte) of the list's
 * words. Every capitalised candidate is asked (refused_grounds) and nearly none is on the list:
 * the search's seven strcmp calls through a pointer cost ~290 instructions a word. */
static uint64_t not_surname_bits[16];

static unsigned not_surname_bit(const unsigned char *k, size_t len) {
    return ((unsigned)len * 131u + (unsigned)k[0] * 31u + k[len - 1]) & 1023u;
}

/* The months and weekdays (zl_person_calendar). */
static const char *const calendar[] = {"january",  "february", "march",    "april",     "may",
                                       "june",     "july",     "august",   "september", "october",
                                       "november", "december", "monday",   "tuesday",   "wednesday",
                                       "thursday", "friday",   "saturday", "sunday",    NULL};

/* A bit per first two bytes of the calendar's words (zl_person_init): most capitalised Latin words
 * are answered without walking the list (~130 instructions; the tagger asks it of each). */
static uint64_t calendar_pairs;

static unsigned pair_bit(const unsigned char *k) {
    return ((unsigned)k[0] * 7u + k[1]) & 63u;
}

static void build_family_bytes(void);
static void product_index(void);

static void first_rules_index(void);
static void ru_runs_index(void);
static void en_sur_index(void);

void zl_person_init(void) {
    memcpy(not_surname_sorted, not_surname, sizeof not_surname_sorted);
    qsort(not_surname_sorted, NOT_SURNAME_N, sizeof not_surname_sorted[0], cstr_cmp);
    calendar_pairs = 0;
    for (int i = 0; calendar[i]; i++)
        calendar_pairs |= 1ull << pair_bit((const unsigned char *)calendar[i]);
    memset(not_surname_bits, 0, sizeof not_surname_bits);
    for (size_t i = 0; i < NOT_SURNAME_N; i++) {
        size_t len = strlen(not_surname[i]);
        if (!len) continue; /* an empty key goes past the filter */
        unsigned b = not_surname_bit((const unsigned char *)not_surname[i], len);
        not_surname_bits[b / 64] |= 1ull << (b % 64);
    }
    build_family_bytes();
    product_index();
    first_rules_index();
    ru_runs_index();
    en_sur_index();
    zl_tagger_init();
}

static bool not_a_surname(const zl_tok *t) {
    if (t->klen) {
        unsigned b = not_surname_bit(t->key, t->klen);
        if (!(not_surname_bits[b / 64] >> (b % 64) & 1)) return false;
    }
    const char *k = (const char *)t->key;
    return bsearch(&k, not_surname_sorted, NOT_SURNAME_N, sizeof not_surname_sorted[0], cstr_cmp) !=
           NULL;
}

bool zl_person_club(const zl_tok *t) {
    static const char club[] = "спартак"; /* and its case forms: -а, -у, -ом, -е */
    static const char *const ends[] = {"", "а", "у", "ом", "е", NULL};
    const size_t l = sizeof club - 1;
    if (t->script != ZL_CYR || t->klen < l || t->klen > l + 4 || memcmp(t->key, club, l) != 0)
        return false;
    for (int k = 0; ends[k]; k++)
        if (t->klen == l + strlen(ends[k]) && memcmp(t->key + l, ends[k], t->klen - l) == 0)
            return true;
    return false;
}

bool zl_person_not_surname(const zl_tok *t) {
    return t->klen && not_a_surname(t);
}

bool zl_verb_shape(const zl_tok *t) {
    /* not a bare -ем: a foreign surname's instrumental («Ковачем», «Скрипалем») */
    static const char *const tails[] = {"шу",  "ет",  "ёт", "ит", "аем",
                                        "яем", "уем", "ём", "им", NULL};
    if (t->script != ZL_CYR || t->nlet < 5) return false;
    if (zl_ends(t, "ю")) return !zl_ends(t, "ую") && !zl_ends(t, "юю");
    for (int k = 0; tails[k]; k++)
        if (zl_ends(t, tails[k])) return true;
    return false;
}

/* «петров», «иванова», «бородин»: the ending of a possessive adjective's short form, the ordinary
 * reading OpenCorpora gives most -ов/-ин surnames (not «страховой», «рабочий»). */
static bool possessive_shape(const zl_tok *t) {
    static const char *const tails[] = {"ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", NULL};
    for (int k = 0; tails[k]; k++) {
        size_t l = strlen(tails[k]);
        if (t->klen > l + 4 && memcmp(t->key + t->klen - l, tails[k], l) == 0) return true;
    }
    return false;
}

/* ---- word analysis
 * ---------------------------------------------------------------------------------- */

enum { R_NONE = 0, R_F, R_P, R_S, R_I, R_M /* middle name */ };

typedef struct {
    zl_tok t;
    const unsigned char *s; /* the text t is in */
    size_t n;
    size_t end;     /* t.e, or after the full stop of an initial */
    bool init;      /* "А." */
    bool lemmas;    /* fill the lemmas (for the vault key only) */
    uint8_t done;   /* analyses made: 1 first name, 2 patronymic, 4 surname */
    uint8_t fg;     /* sexes as a first name (0: not a first name) */
    bool f_ambig;   /* a first name that is also a common word */
    bool f_weak;    /* a Latin first name only foreign lists know: alone it needs a cue */
    bool f_pop;     /* a common Russian first name or short form (ZL_POPULAR) */
    bool f_low;     /* another name lower-case chat writes (ZL_LOWER_OK) */
    uint8_t gov;    /* zl_person_governed, or 3 right after its verb, 4 an undeclined surname after
                   * a preposition: where chat's grammar wants a person (try_at sets it) */
    bool gov_plain; /* a form no ordinary word shares where zl_person_governed wants a person
                     * (try_at sets it; gov is left 0 for such a form) */
    bool intro; /* right after «это», «я» in a self-introduction (self_intro; try_at sets it) */
    bool initials; /* lower case before lower-case initials («иванова о.п.»; try_at sets it) */
    bool first_case; /* the same for a first name's cases («администратору кате») */
    bool and_case; /* lower case after a person found and «и», in the same case as that
                      * person's last word («петрову и сидорову»; and_person_case) */
    bool role_case; /* lower case right after a person's noun whose case it shares («к мастеру
                     * беловой», «с президентом путиным»; role_case_agrees; try_at sets it) */
    bool role_noun; /* a capitalised noun right after a person's noun in its case: a surname that
                     * is also a word («менеджер Мельник»; role_noun_agrees; try_at sets it) */
    bool addr;      /* a capitalised word chat addresses someone by (vocative; try_at sets it) */
    bool addr_cut;  /* the first word of a clause, then a comma and a lower-case word or the end:
                    * where chat's short vocative stands («Маш, ты где?»; try_at sets it) */
    bool f_cut;     /* a first name read as its short vocative («Жень» of «Женя») */
    bool ord;       /* an ordinary word of no surname reading: a surname after initials only */
    bool f_ctx;     /* fg depends on the text around the word, not on the word alone */
    uint8_t pg;     /* sexes as a patronymic */
    uint8_t sg;     /* sexes as a surname */
    uint8_t ss;     /* surname strength: 0 none, 1 any capitalised word, 2 suffix, 3 dictionary */
    bool adj;      /* the surname has an adjective's ending (-ский): also a place or a street */
    bool lx_done;  /* lx is known */
    uint8_t lx;    /* ZL_LX_* readings in the OpenCorpora lexicon (Cyrillic words) */
    zl_wcache *wc; /* the word pass's cache (tagger.c), NULL in key mode */
    unsigned char flem[2][ZL_KEY_MAX];              /* first-name lemma as male [0] / female [1] */
    unsigned char slem[2][ZL_KEY_MAX];              /* surname lemma */
    unsigned char plem[ZL_KEY_MAX];                 /* patronymic lemma */
    unsigned char lxn[ZL_KEY_MAX], lxs[ZL_KEY_MAX]; /* the lexicon's first-name/surname lemma */
} pw;

static bool lat(const pw *w) {
    return w->t.script == ZL_LAT;
}
static bool cyr(const pw *w) {
    return w->t.script == ZL_CYR;
}
static bool cap(const pw *w) {
    return w->t.kase != ZL_LOWER;
}

/* The word's readings in the OpenCorpora lexicon, looked up once. */
static uint8_t lex(pw *w) {
    if (!w->lx_done) {
        w->lx_done = true;
        w->lxn[0] = w->lxs[0] = 0;
        /* the tagger has usually classed the word already: its readings are in the cache */
        if (!w->init && !w->lemmas && zl_wcache_lex(w->wc, &w->t, &w->lx)) return w->lx;
        w->lx = !w->init && w->t.klen && w->t.script == ZL_CYR
                    ? zl_lex_flags(w->t.key, w->t.klen, w->lemmas ? w->lxn : NULL,
                                   w->lemmas ? w->lxs : NULL)
                    : 0;
    }
    return w->lx;
}
#define LX_NAME (ZL_LX_NAME_M | ZL_LX_NAME_F)
#define LX_SURN (ZL_LX_SURN_M | ZL_LX_SURN_F)

bool zl_person_title_parts(const unsigned char *s, const zl_tok *t) {
    if (t->script != ZL_LAT || !(s[t->s] >= 'A' && s[t->s] <= 'Z')) return false;
    bool hyphen = false;
    for (size_t i = t->s + 1; i < t->e; i++) {
        bool up = s[i] >= 'A' && s[i] <= 'Z';
        if (up != (s[i - 1] == '-' || s[i - 1] == '\'')) return false;
        hyphen = hyphen || s[i] == '-' || s[i] == '\'';
    }
    return hyphen;
}

/* A Latin word of a prefix of pre (two or three letters), a second capital and the rest in lower
 * case: surnames whose prefix is a Romance or Dutch article ("LaVine", "DeRozan", "DiMaggio",
 * "VanDyke"), given names made so ("LeBron", "DeAndre", "LaToya"); not "LaTeX" ("YouTube",
 * "PayPal" have no such prefix). */
bool zl_person_prefixed(const unsigned char *base, const zl_tok *t, const char *const *pre) {
    const unsigned char *s = base + t->s;
    size_t l = t->e - t->s;
    if (t->script != ZL_LAT || l < 5 || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
    size_t k = 1;
    while (k < l && s[k] >= 'a' && s[k] <= 'z')
        k++;
    if (k < 2 || k > 3 || k + 2 > l || !(s[k] >= 'A' && s[k] <= 'Z')) return false;
    for (size_t i = k + 1; i < l; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z')) return false;
    for (int i = 0; pre[i]; i++)
        if (strlen(pre[i]) == k && zl_starts(t, pre[i])) return true;
    return false;
}

static bool prefixed_surname(const pw *w) {
    static const char *const pre[] = {"la", "le",  "de",  "di",  "du",
                                      "da", "van", "von", "del", NULL};
    return zl_person_prefixed(w->s, &w->t, pre);
}

/* Any capitalised word may be a surname next to a first name ("Анна Шевчук", "John Smith"):
 * title case only ("OpenAI", "iPhone" are not), but McDonald, O'Brien, LaVine and Smith-Jones
 * are. */
static bool weak_ok(const pw *w) {
    if (w->t.nlet < 2) return false;
    if (w->t.kase == ZL_TITLE) return true;
    return w->t.kase == ZL_MIXED &&
           (zl_person_title_parts(w->s, &w->t) || prefixed_surname(w) || zl_starts(&w->t, "mc") ||
            zl_starts(&w->t, "mac") || zl_starts(&w->t, "o'") || zl_starts(&w->t, "d'") ||
            zl_starts(&w->t, "о'") || zl_starts(&w->t, "д'"));
}

static void set_lemma(unsigned char *dst, const unsigned char *stem, size_t sl, const char *add) {
    size_t al = strlen(add);
    if (sl + al >= ZL_KEY_MAX) {
        dst[0] = 0;
        return;
    }
    memcpy(dst, stem, sl);
    memcpy(dst + sl, add, al + 1);
}

static void set_sex_lemma(unsigned char lem[2][ZL_KEY_MAX], uint8_t g, const unsigned char *k,
                          size_t l) {
    if (lem[0][0] == 0xFF) return; /* lemmas not wanted */
    if ((g & ZL_MALE) && !lem[0][0]) set_lemma(lem[0], k, l, "");
    if ((g & ZL_FEMALE) && !lem[1][0]) set_lemma(lem[1], k, l, "");
}

/* Undoing the case endings of first names: ending -> what the nominative ends with. */
static const struct {
    const char *end;
    uint8_t el;
    const char *rep;
    uint8_t rl, sex;
    bool consonant; /* the nominative ends in a consonant */
} first_rules[] = {
#define R(e, r, x, c)                                                                              \
    { e, (uint8_t)(sizeof e - 1), r, (uint8_t)(sizeof r - 1), x, c }
    R("а", "", ZL_MALE, true),    R("у", "", ZL_MALE, true),     R("ом", "", ZL_MALE, true),
    R("е", "", ZL_MALE, true),    R("я", "й", ZL_MALE, false),   R("ю", "й", ZL_MALE, false),
    R("ем", "й", ZL_MALE, false), R("е", "й", ZL_MALE, false),   R("и", "й", ZL_MALE, false),
    R("я", "ь", ZL_MALE, false),  R("ю", "ь", ZL_MALE, false),   R("ем", "ь", ZL_MALE, false),
    R("е", "ь", ZL_MALE, false),  R("и", "ь", ZL_FEMALE, false), R("ью", "ь", ZL_FEMALE, false),
    R("ы", "а", 3, false),        R("и", "а", 3, false),         R("е", "а", 3, false),
    R("у", "а", 3, false),        R("ой", "а", 3, false),        R("ою", "а", 3, false),
    R("ей", "а", 3, false),       R("и", "я", 3, false),         R("е", "я", 3, false),
    R("ю", "я", 3, false),        R("ей", "я", 3, false),        R("ею", "я", 3, false),
#undef R
};
_Static_assert(sizeof first_rules / sizeof first_rules[0] <= 32, "a rule is a bit of a mask");
/* The rules whose ending ends with byte b (filled by zl_person_init): a word tries only those,
 * not all 27 (analyse_ru_first's tail comparisons were ~220 k instructions on the news text). */
static uint32_t first_rules_by_last[256];

static void first_rules_index(void) {
    memset(first_rules_by_last, 0, sizeof first_rules_by_last);
    for (size_t r = 0; r < sizeof first_rules / sizeof first_rules[0]; r++)
        first_rules_by_last[(unsigned char)first_rules[r].end[first_rules[r].el - 1]] |= 1u << r;
}

static bool ends_consonant(const unsigned char *k, size_t l) {
    static const char *const vowels[] = {"а", "е", "и", "о", "у", "ы",
                                         "э", "ю", "я", "й", "ь", NULL};
    if (l < 2) return false;
    for (int v = 0; vowels[v]; v++)
        if (memcmp(k + l - 2, vowels[v], 2) == 0) return false;
    return k[l - 2] >= 0xD0;
}

/* Lower bound of a prefix in a sorted table, searched in [lo, hi). */
static uint32_t lower_bound_in(const zl_table *t, uint32_t lo, uint32_t hi, const unsigned char *p,
                               size_t pl) {
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        const unsigned char *k = t->blob + t->off[mid];
        int c = 0;
        for (size_t i = 0; i < pl && !c; i++)
            c = k[i] == p[i] ? 0 : (k[i] < p[i] ? -1 : 1);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static uint32_t lower_bound(const zl_table *t, const unsigned char *p, size_t pl) {
    return lower_bound_in(t, 0, t->n, p, pl);
}

/* Where a sorted table's entries starting with each two-byte Russian letter (D0/D1 and a
 * continuation byte: 128 pairs) begin and end (zl_person_init): a prefix starting with one is
 * searched inside that run, ~6 of ~14 steps fewer in zl_ru_first (is_f's searches were ~0.17 M
 * instructions on the news text). Entries before lo[x] start with a smaller pair, entries from
 * hi[x] on with a greater one, so the lower bound lies in [lo[x], hi[x]]. */
typedef struct {
    uint32_t lo[128], hi[128];
} pair_runs;
static pair_runs ru_first_runs, ru_irreg_runs;

static void pair_runs_build(const zl_table *t, pair_runs *r) {
    /* pair x + 1 is the one after pair x (D0 BF, then D1 80): each run ends where the next
     * begins, the last where D2 80 would */
    for (unsigned x = 0; x < 128; x++) {
        unsigned char a[2] = {(unsigned char)(0xD0 | x >> 6), (unsigned char)(0x80 | (x & 0x3F))};
        r->lo[x] = lower_bound(t, a, 2);
        if (x) r->hi[x - 1] = r->lo[x];
    }
    static const unsigned char end[2] = {0xD2, 0x80};
    r->hi[127] = lower_bound(t, end, 2);
}

static void ru_runs_index(void) {
    pair_runs_build(&zl_ru_first, &ru_first_runs);
    pair_runs_build(&zl_ru_irreg, &ru_irreg_runs);
}

static uint32_t lower_bound_ru(const zl_table *t, const pair_runs *r, const unsigned char *p,
                               size_t pl) {
    if (pl >= 2 && (p[0] & 0xFE) == 0xD0 && (p[1] & 0xC0) == 0x80) {
        unsigned x = (p[0] & 1u) << 6 | (p[1] & 0x3Fu);
        return lower_bound_in(t, r->lo[x], r->hi[x], p, pl);
    }
    return lower_bound(t, p, pl);
}

uint32_t zl_lower_bound_runs(const zl_table *t, const unsigned char *p, size_t pl) {
    return t == &zl_ru_first   ? lower_bound_ru(t, &ru_first_runs, p, pl)
           : t == &zl_ru_irreg ? lower_bound_ru(t, &ru_irreg_runs, p, pl)
                               : lower_bound(t, p, pl);
}

/* Byte length of the last `chars` UTF-8 characters of k[0,l) (fewer if k is shorter). */
static size_t tail_bytes(const unsigned char *k, size_t l, int chars) {
    size_t i = l;
    while (chars-- > 0 && i > 0) {
        i--;
        while (i > 0 && (k[i] & 0xC0) == 0x80)
            i--;
    }
    return l - i;
}

static void first_found(pw *w, int lf, const unsigned char *lem, size_t ll, uint8_t sex) {
    uint8_t g = (uint8_t)(lf & sex & (ZL_MALE | ZL_FEMALE));
    if (!g) return;
    bool amb = (lf & ZL_AMBIG) != 0;
    w->f_ambig = w->fg ? (w->f_ambig && amb) : amb;
    w->f_pop = w->f_pop || (lf & ZL_POPULAR) != 0; /* the rule asks f_ambig itself */
    w->f_low = w->f_low || (lf & ZL_LOWER_OK) != 0;
    w->fg |= g;
    set_sex_lemma(w->flem, g, lem, ll);
}

static inline bool tail_eq(const unsigned char *k, size_t l, const char *suf, size_t sl) {
    if (l < sl) return false;
    /* from the last byte: a Cyrillic letter's first byte (D0/D1) rarely tells two apart */
    for (size_t i = sl; i-- > 0;)
        if (k[l - sl + i] != (unsigned char)suf[i]) return false;
    return true;
}

/* Chat's short vocative: a name of the first declension cut after its stem, «Жень» (Женя),
 * «Маш» (Маша), «Серёж» (Серёжа). Read only where a clause opens with it and a comma follows,
 * or a greeting and a comma come before it; a word the lexicon reads as a name's case form of an
 * ordinary word has returned before. True when the cut word is such a name. */
static bool short_vocative(pw *w) {
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    if (w->t.nlet < 2 || w->t.nlet > 6 || l + 2 >= ZL_KEY_MAX) return false;
    /* «День, дай ручку», «Свет, газ и вода»: a noun needs a greeting or «ты» beside it */
    if (!w->addr && (zl_ru_ordinary(k, l) || (lex(w) & (ZL_LX_COMMON | ZL_LX_PLACE)))) return false;
    unsigned char buf[ZL_KEY_MAX];
    size_t bl;
    if (tail_eq(k, l, "ь", 2)) { /* Жень -> Женя */
        memcpy(buf, k, l - 2);
        memcpy(buf + l - 2, "я", 2);
        bl = l;
    } else if (ends_consonant(k, l)) { /* Маш -> Маша */
        memcpy(buf, k, l);
        memcpy(buf + l, "а", 2);
        bl = l + 2;
    } else {
        return false;
    }
    int lf = zl_flags(&zl_ru_first, buf, bl);
    if (!lf || !(lf & (ZL_MALE | ZL_FEMALE))) return false;
    first_found(w, lf, buf, bl, 3);
    w->f_cut = w->f_ctx = true;
    return w->fg != 0;
}

static void analyse_ru_first(pw *w);

/* A double given name whose parts are given names of one sex, each in its case («Анне-Марии»,
 * «Жан-Полю»; a role's compound, «Пресс-секретарь», has none): the parts' lemmas joined are its
 * lemma, so that «Анна-Мария» and «Анне-Марии» share a key. Out of line and asked by is_f after
 * analyse_ru_first, so that the analysis stays inlined there. */
__attribute__((noinline)) static void analyse_ru_double_first(pw *w) {
    const unsigned char *k = w->t.key, *d = memchr(k, '-', w->t.klen);
    size_t l = w->t.klen;
    if (d && d > k && d + 1 < k + l && zl_name_prefix(k, (size_t)(d - k)) &&
        zl_name_prefix(d + 1, l - (size_t)(d - k) - 1)) {
        pw h[2];
        size_t cut[2][2] = {{0, (size_t)(d - k)}, {(size_t)(d - k) + 1, l}};
        for (int i = 0; i < 2; i++) {
            memset(&h[i], 0, sizeof h[i]);
            h[i].t = w->t;
            h[i].t.klen = (uint8_t)(cut[i][1] - cut[i][0]);
            memcpy(h[i].t.key, k + cut[i][0], h[i].t.klen);
            h[i].t.key[h[i].t.klen] = 0;
            h[i].t.nlet = 0;
            for (size_t j = 0; j < h[i].t.klen; j++)
                h[i].t.nlet += (h[i].t.key[j] & 0xC0) != 0x80;
            h[i].s = w->s;
            h[i].n = w->n;
            h[i].lemmas = w->lemmas;
            h[i].flem[0][0] = h[i].flem[1][0] = w->lemmas ? 0 : 0xFF;
            analyse_ru_first(&h[i]);
        }
        uint8_t g = h[0].fg & h[1].fg;
        /* not an Arabic name's article («мечеть Аль-Аман», «Зин эль-Абидин»: the name's own
         * rules join such parts) nor a feast named by two names («Курбан-Байрама»: the ordinary
         * words hold «курбан-байрам», the first part and the second's lemma) */
        static const char *const article[] = {"эль", "уль", "ад",  "ас",  "аш", "ар",
                                              "ан",  "аз",  "абд", "абу", NULL};
        /* lem empty: zl_lex_flags fills only an empty one */
        unsigned char lem[ZL_KEY_MAX] = {0}, joined[ZL_KEY_MAX];
        size_t fl = (size_t)(d - k) + 1;
        if (g &&
            (zl_in(&h[0].t, zl_name_particles) || zl_in(&h[0].t, article) || zl_ru_ordinary(k, l)))
            g = 0;
        if (g && (zl_lex_flags(h[1].t.key, h[1].t.klen, lem, NULL) & LX_NAME) &&
            fl + strlen((char *)lem) < ZL_KEY_MAX) {
            memcpy(joined, k, fl);
            memcpy(joined + fl, lem, strlen((char *)lem));
            if (zl_ru_ordinary(joined, fl + strlen((char *)lem))) g = 0;
        }
        if (g && !(h[0].f_ambig && h[1].f_ambig)) {
            w->fg = g;
            for (int sx = 0; sx < 2 && w->lemmas; sx++) {
                size_t al = strlen((char *)h[0].flem[sx]), bl = strlen((char *)h[1].flem[sx]);
                if (!al || !bl || al + bl + 1 >= ZL_KEY_MAX) continue;
                memcpy(w->flem[sx], h[0].flem[sx], al);
                w->flem[sx][al] = '-';
                memcpy(w->flem[sx] + al + 1, h[1].flem[sx], bl + 1);
            }
        }
    }
}

static void analyse_ru_first(pw *w) {
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    if (lex(w) & ZL_LX_NOTNAME) {
        /* an ordinary word that looks like a name's case form; one the first-name table holds
         * as it is («Светик», «Толик», «Ленчик»: sex-by-russian-name's affectionate forms,
         * OpenCorpora's nouns) is a name where a greeting addresses it */
        if (!w->addr || !zl_flags(&zl_ru_first, k, l)) return;
        w->f_ctx = true;
    }
    if (w->t.nlet <= 4) {
        /* short words: look the candidates up one by one */
        int lf = zl_flags(&zl_ru_first, k, l);
        if (lf) first_found(w, lf, k, l, 3);
        unsigned char buf[ZL_KEY_MAX];
        /* in the table's order: only the rules ending with the key's last byte can match */
        for (uint32_t m = l ? first_rules_by_last[k[l - 1]] : 0; m; m &= m - 1) {
            size_t r = (size_t)__builtin_ctz(m);
            size_t el = first_rules[r].el, rl = first_rules[r].rl;
            if (l <= el + 2 || !tail_eq(k, l, first_rules[r].end, el)) continue;
            memcpy(buf, k, l - el);
            memcpy(buf + l - el, first_rules[r].rep, rl);
            if (first_rules[r].consonant && !ends_consonant(buf, l - el)) continue;
            lf = zl_flags(&zl_ru_first, buf, l - el + rl);
            if (lf) first_found(w, lf, buf, l - el + rl, first_rules[r].sex);
        }
    } else {
        /* every nominative this word can come from shares all but its last two letters: one
         * binary search finds those names, then each rule compares the tails */
        size_t pl = l - tail_bytes(k, l, 2);
        /* the rules whose ending this word has (a handful), found once */
        uint8_t rules[sizeof first_rules / sizeof first_rules[0]];
        size_t nr = 0;
        for (uint32_t m = l ? first_rules_by_last[k[l - 1]] : 0; m; m &= m - 1) {
            size_t r = (size_t)__builtin_ctz(m);
            if (tail_eq(k, l, first_rules[r].end, first_rules[r].el)) rules[nr++] = (uint8_t)r;
        }
        for (uint32_t i = lower_bound_ru(&zl_ru_first, &ru_first_runs, k, pl); i < zl_ru_first.n;
             i++) {
            const unsigned char *nk = zl_ru_first.blob + zl_ru_first.off[i];
            /* strncmp: an entry may be shorter than pl, and the table's last one ends the blob */
            if (strncmp((const char *)nk, (const char *)k, pl) != 0) break;
            size_t nl = strlen((const char *)nk);
            int lf = zl_ru_first.flags[i] | ZL_FOUND;
            if (nl == l && memcmp(nk, k, l) == 0) {
                first_found(w, lf, nk, nl, 3);
                continue;
            }
            for (size_t q = 0; q < nr; q++) {
                size_t r = rules[q], el = first_rules[r].el, rl = first_rules[r].rl;
                if (l - el != nl - rl || !tail_eq(nk, nl, first_rules[r].rep, rl) ||
                    memcmp(nk, k, l - el) != 0)
                    continue;
                if (first_rules[r].consonant && !ends_consonant(nk, nl)) continue;
                first_found(w, lf, nk, nl, first_rules[r].sex);
            }
        }
    }
    /* irregular forms: a key "form lemma" */
    if (l + 1 < ZL_KEY_MAX) {
        unsigned char buf[ZL_KEY_MAX + 1];
        memcpy(buf, k, l);
        buf[l] = ' ';
        uint32_t j = lower_bound_ru(&zl_ru_irreg, &ru_irreg_runs, buf, l + 1);
        /* strncmp, not memcmp: the entry may be shorter than l + 1 bytes (a long word with a
         * repeated last letter sorts after the table's last entry, at the end of the blob) */
        if (j < zl_ru_irreg.n && strncmp((const char *)zl_ru_irreg.blob + zl_ru_irreg.off[j],
                                         (const char *)buf, l + 1) == 0) {
            const unsigned char *lem = zl_ru_irreg.blob + zl_ru_irreg.off[j] + l + 1;
            size_t ll = strlen((const char *)lem);
            int lf = zl_flags(&zl_ru_first, lem, ll);
            if (lf) first_found(w, lf, lem, ll, 3);
        }
    }
    /* foreign and rarer names (Ласло, Джузеппе) from the lexicon; one that is also a place or an
     * ordinary word, or of two letters (Ли), needs a cue or a second part */
    uint8_t x;
    if (!w->fg && ((x = lex(w)) & LX_NAME)) {
        w->fg = x & 3;
        w->f_ambig = (x & (ZL_LX_PLACE | ZL_LX_COMMON)) || w->t.nlet <= 2;
        if (w->lemmas && w->lxn[0]) set_sex_lemma(w->flem, w->fg, w->lxn, strlen((char *)w->lxn));
    }
    /* where chat addresses someone, or in a name already found (the vault's key: «Маш» is the
     * «Маша» named before) */
    if (!w->fg && (w->addr || w->addr_cut || w->lemmas)) short_vocative(w);
}

static bool ends_with(const unsigned char *k, size_t l, const char *suf) {
    return tail_eq(k, l, suf, strlen(suf));
}

/* The shape of a plural imperative («Позвоните», «Передайте», «Оставьте»); the lexicon keeps
 * no plain verbs. */
static bool imperative_shape(const pw *w) {
    return w->t.nlet >= 5 && zl_imperative_end(&w->t) == 2;
}

int zl_imperative_end(const zl_tok *t) {
    const unsigned char *k = t->key;
    size_t l = t->klen;
    if (ends_with(k, l, "ите") || ends_with(k, l, "йте") || ends_with(k, l, "ьте")) return 2;
    return ends_with(k, l, "и") || ends_with(k, l, "й") || ends_with(k, l, "ь") ? 1 : 0;
}

/* A singular imperative's shape (-и, -й, -ь): «Пригласи», «Поздравь», «Открой». Opening a
 * sentence before an oblique name and patronymic it is a request, not a surname of no known
 * shape («Пригласи Дмитрия Анатольевича»; «Работы Церетели Зураба Константиновича» is one). */
static bool singular_imperative_shape(const pw *w) {
    return w->t.nlet >= 5 && zl_imperative_end(&w->t) == 1;
}

bool zl_opens_at(const unsigned char *s, size_t i) {
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return i == 0 || s[i - 1] == '\n' || s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?';
}

/* A patronymic in the nominative («Игоревич», «Игоревна», «Ильинична»), not in an oblique case. */
static bool p_nominative(const pw *w) {
    return ends_with(w->t.key, w->t.klen, "ич") || ends_with(w->t.key, w->t.klen, "на");
}

static void analyse_ru_patronymic(pw *w) {
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    /* every patronymic has "вич", "вн", "ич" or "ичн" among its last four letters */
    bool maybe = false;
    for (size_t i = l > 10 ? l - 10 : 0; i + 4 <= l && !maybe; i += 2)
        maybe = (k[i] == 0xD0 && (k[i + 1] == 0xB2 || k[i + 1] == 0xB8)) &&
                ((k[i + 2] == 0xD0 && (k[i + 3] == 0xB8 || k[i + 3] == 0xBD)) ||
                 (k[i + 2] == 0xD1 && k[i + 3] == 0x87));
    if (!maybe) return;
    static const char *const m_end[] = {"", "а", "у", "ем", "е", NULL};
    static const char *const f_end[] = {"а", "ы", "е", "у", "ой", "ою", NULL};
    static const char *const ich[] = {"ильич",   "кузьмич", "лукич", "фомич",
                                      "никитич", "саввич",  NULL};
    for (int e = 0; m_end[e]; e++) {
        size_t el = strlen(m_end[e]);
        if (!ends_with(k, l, m_end[e])) continue;
        size_t bl = l - el;
        bool ok = (ends_with(k, bl, "ович") || ends_with(k, bl, "евич")) && zl_nchars(k, bl) >= 6;
        for (int i = 0; ich[i] && !ok; i++)
            ok = bl == strlen(ich[i]) && memcmp(k, ich[i], bl) == 0;
        if (ok) {
            w->pg |= ZL_MALE;
            if (w->lemmas) set_lemma(w->plem, k, bl, "");
            return;
        }
    }
    for (int e = 0; f_end[e]; e++) {
        size_t el = strlen(f_end[e]);
        if (!ends_with(k, l, f_end[e])) continue;
        size_t bl = l - el; /* ...вн / ...ичн */
        if (((ends_with(k, bl, "овн") || ends_with(k, bl, "евн")) && zl_nchars(k, bl) >= 6) ||
            (ends_with(k, bl, "ичн") && zl_nchars(k, bl) >= 6)) {
            w->pg |= ZL_FEMALE;
            if (w->lemmas) set_lemma(w->plem, k, bl, "а");
            return;
        }
    }
}

/* Surname families: the suffix before the case ending, and the endings with the sexes they mark. */
typedef struct {
    const char *end;
    uint8_t len, sex;
    const char *m_lemma, *f_lemma; /* appended to the base to make the nominative */
} s_end;
#define E(s) s, (uint8_t)(sizeof s - 1)

static const s_end ov_ends[] = {
    {E(""), ZL_MALE, "", "а"},     {E("а"), 3, "", "а"},       {E("у"), 3, "", "а"},
    {E("ым"), ZL_MALE, "", "а"},   {E("е"), ZL_MALE, "", "а"}, {E("ой"), ZL_FEMALE, "", "а"},
    {E("ою"), ZL_FEMALE, "", "а"}, {E("ых"), 3, "", "а"},      {NULL, 0, 0, NULL, NULL}};
static const s_end sky_ends[] = {{E("ий"), ZL_MALE, "ий", "ая"},   {E("ой"), 3, "ой", "ая"},
                                 {E("ого"), ZL_MALE, "ий", "ая"},  {E("ому"), ZL_MALE, "ий", "ая"},
                                 {E("им"), ZL_MALE, "ий", "ая"},   {E("ом"), ZL_MALE, "ий", "ая"},
                                 {E("ая"), ZL_FEMALE, "ий", "ая"}, {E("ую"), ZL_FEMALE, "ий", "ая"},
                                 {NULL, 0, 0, NULL, NULL}};
static const s_end hard_ends[] = {{E(""), 3, "", ""},        {E("а"), ZL_MALE, "", ""},
                                  {E("у"), ZL_MALE, "", ""}, {E("ом"), ZL_MALE, "", ""},
                                  {E("е"), ZL_MALE, "", ""}, {NULL, 0, 0, NULL, NULL}};

typedef struct {
    const char *s;
    uint8_t len;
} sfx;

static const sfx ov_bases[] = {{E("ов")}, {E("ев")}, {E("ин")}, {E("ын")}, {NULL, 0}};
static const sfx sky_bases[] = {{E("ск")}, {E("цк")}, {NULL, 0}};
static const sfx hard_bases[] = {{E("ян")}, {E("чук")}, {E("щук")}, {E("юк")}, {NULL, 0}};
static const sfx inv_sfx[] = {{E("енко")}, {E("швили")}, {E("дзе")}, {E("ко")}, {E("их")},
                              {E("ых")},   {E("ич")},    {E("ия")},  {NULL, 0}};

/* For each last byte of a word, the surname families (bit 0 -ов, 1 -ский, 2 -ян/-чук, 3 the
 * invariable ones) that can end with it: most capitalised words reach one or two of the four. */
enum { FAM_OV = 1, FAM_SKY = 2, FAM_HARD = 4, FAM_INV = 8 };
static uint8_t family_bytes[256];

static void mark_family(const s_end *ends, const sfx *bases, uint8_t bit) {
    for (int e = 0; ends[e].end; e++) {
        if (ends[e].len) {
            family_bytes[(unsigned char)ends[e].end[ends[e].len - 1]] |= bit;
            continue;
        }
        for (int b = 0; bases[b].s; b++) /* no ending: the base ends the word */
            family_bytes[(unsigned char)bases[b].s[bases[b].len - 1]] |= bit;
    }
}

static void build_family_bytes(void) {
    mark_family(ov_ends, ov_bases, FAM_OV);
    mark_family(sky_ends, sky_bases, FAM_SKY);
    mark_family(hard_ends, hard_bases, FAM_HARD);
    for (int i = 0; inv_sfx[i].s; i++)
        family_bytes[(unsigned char)inv_sfx[i].s[inv_sfx[i].len - 1]] |= FAM_INV;
}

static bool try_family(pw *w, const s_end *ends, const sfx *bases, size_t min_chars,
                       uint8_t strength) {
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    bool found = false;
    for (int e = 0; ends[e].end; e++) {
        size_t el = ends[e].len;
        if (l < el + 4 || !tail_eq(k, l, ends[e].end, el)) continue;
        size_t bl = l - el;
        for (int b = 0; bases[b].s; b++) {
            size_t sl = bases[b].len;
            if (!tail_eq(k, bl, bases[b].s, sl) || zl_nchars(k, bl) < min_chars) continue;
            w->sg |= ends[e].sex;
            if (w->ss < strength) w->ss = strength;
            if (w->lemmas) {
                if ((ends[e].sex & ZL_MALE) && !w->slem[0][0])
                    set_lemma(w->slem[0], k, bl, ends[e].m_lemma);
                if ((ends[e].sex & ZL_FEMALE) && !w->slem[1][0])
                    set_lemma(w->slem[1], k, bl, ends[e].f_lemma);
            }
            found = true;
            break;
        }
    }
    return found;
}

static void analyse_ru_surname_part(pw *w) {
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    if (l < 8) return; /* four letters at least */
    uint8_t fam = family_bytes[k[l - 1]];
    if (fam & FAM_OV) try_family(w, ov_ends, ov_bases, 4, 2);
    if ((fam & FAM_SKY) && try_family(w, sky_ends, sky_bases, 4, 2) && w->ss == 2 && !(w->sg & ~3))
        w->adj = true;
    if (fam & FAM_HARD) try_family(w, hard_ends, hard_bases, 5, 2);
    for (int i = 0; (fam & FAM_INV) && inv_sfx[i].s; i++) {
        if (!tail_eq(k, l, inv_sfx[i].s, inv_sfx[i].len)) continue;
        if (zl_nchars(k, l) < 5) break;
        w->sg |= 3;
        uint8_t st = i < 3 ? 2 : 1;
        if (w->ss < st) w->ss = st;
        set_sex_lemma(w->slem, 3, k, l);
        break;
    }
    /* the dictionary only confirms a suffix reading or gives the lemma: look it up when useful */
    int d = w->lemmas ? zl_flags(&zl_ru_surname, k, l) : 0;
    if (d) {
        w->ss = 3;
        uint8_t g = (uint8_t)(d & 3);
        w->sg |= g;
        set_sex_lemma(w->slem, g, k, l);
    }
}

/* A surname no family or dictionary knows, in an oblique case of a consonant stem: «Ковачу»,
 * «Гюлена», «Мюррея», «Скрипалем» are «Ковач», «Гюлен», «Мюррей», «Скрипаль» for the vault, so that
 * «Ласло Ковач … Ковачу» is one person (a woman's such surname does not decline). Both sexes get
 * the stem, so that neither reading looks like a nominative (nominative_sex). */
static void oblique_lemma(pw *w) {
    static const char *const ends[] = {"ом", "ем", "а", "у", "е", "я", "ю", NULL};
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    if (w->t.script != ZL_CYR || zl_nchars(k, l) < 5) return;
    for (int e = 0; ends[e]; e++) {
        size_t el = strlen(ends[e]);
        if (!tail_eq(k, l, ends[e], el)) continue;
        size_t bl = l - el;
        if (bl < 4 || k[bl - 2] < 0xD0 || k[bl - 2] > 0xD1) return;
        /* the letter before the ending */
        unsigned c = ((unsigned)k[bl - 2] << 8) | k[bl - 1];
        bool vowel = c == 0xD0B0 || c == 0xD0B5 || c == 0xD0B8 || c == 0xD0BE || c == 0xD183 ||
                     c == 0xD18B || c == 0xD18D || c == 0xD18E || c == 0xD18F;
        bool hush = c == 0xD0B6 || c == 0xD188 || c == 0xD187 || c == 0xD189 || c == 0xD186;
        bool soft = e == 1 || e == 5 || e == 6; /* «ем», «я», «ю» (not «у»: «Коннору») */
        const char *add = "";
        if (vowel) {
            if (!soft && e != 4) return; /* «Руссоа», «Абэ»: no consonant stem */
            add = "й";                   /* «Мюрре|я», «о Мюрре|е» */
        } else if (soft && !hush) {
            add = "ь"; /* «Скрипал|я», «Скрипал|ем»; but «Ковач|ем» */
        }
        set_lemma(w->slem[0], k, bl, add);
        memcpy(w->slem[1], w->slem[0], sizeof w->slem[1]);
        return;
    }
}

/* Whether w opens its text or follows a sentence's end or a line break (zl_gap's reading of what
 * stands between it and the word before). */
static bool sentence_start(const pw *w) {
    zl_tok p;
    return !zl_prev_word(w->s, w->n, w->t.s, w->t.s > 64 ? w->t.s - 64 : 0, &p) ||
           (zl_gap(w->s, w->n, p.e, w->t.s) & (ZL_GAP_NL | ZL_GAP_STOP));
}

static void analyse_ru_surname(pw *w) {
    analyse_ru_surname_part(w);
    /* an Irish or a French surname's prefix (о', д'), in any case: «О'Коннору», «Д'Амато» */
    const unsigned char *k = w->t.key;
    if (!w->ss && w->t.klen > 3 && k[2] == '\'' && k[0] == 0xD0 && (k[1] == 0xBE || k[1] == 0xB4) &&
        w->t.nlet >= 5) {
        w->ss = 2;
        w->sg = 3;
        if (w->lemmas) oblique_lemma(w);
        set_sex_lemma(w->slem, 3, w->t.key, w->t.klen);
        return;
    }
    const unsigned char *dash = memchr(w->t.key, '-', w->t.klen);
    if (!w->ss && dash) {
        /* a double surname: either half with a surname's shape will do */
        pw part = *w;
        size_t first = (size_t)(dash - w->t.key);
        part.t.klen = (uint8_t)first;
        part.t.key[first] = 0;
        part.ss = 0;
        analyse_ru_surname_part(&part);
        if (part.ss < 2) {
            memcpy(part.t.key, dash + 1, w->t.klen - first - 1);
            part.t.klen = (uint8_t)(w->t.klen - first - 1);
            part.t.key[part.t.klen] = 0;
            analyse_ru_surname_part(&part);
        }
        if (part.ss >= 2) {
            w->ss = 2;
            w->sg = part.sg ? part.sg : 3;
            set_sex_lemma(w->slem, 3, w->t.key, w->t.klen);
        }
    }
    uint8_t x = lex(w);
    if (x & ZL_LX_NOTNAME) {
        w->ss = 0; /* «Героям», «Люди»: ordinary words, whatever their ending looks like */
        w->sg = 0;
        return;
    }
    /* «Магазин», «Видео», «Федерации»: a word OpenCorpora has no proper-name reading of is no
     * surname whatever its ending looks like («Магазин М.Видео закрыт», «Совета Федерации
     * Владимир Федорович Кулаков»). Also after a first name: «Платон Мальчик появился», «Мэй
     * Почему», at the cost of a surname the set also holds as a word («Габдулле Тукаю»: the
     * verb's «тукаю»; nerel_train, bsnlp_ru_train: one such surname for five false spans) */
    /* (not when a found span's parts are named for the vault, w->lemmas: «Маргарет Тэтчер» keeps
     * its surname, so that a later «Тэтчер» alone is the same person) */
    if (!w->lemmas && !(x & LX_SURN) && zl_ru_ordinary(w->t.key, w->t.klen)) {
        w->ss = 0;
        w->sg = 3;
        w->ord = true;
        return;
    }
    if (x & LX_SURN) {
        w->ss = 3;
        w->sg |= (uint8_t)((x & LX_SURN) >> 2);
        if (w->lemmas && w->lxs[0])
            set_sex_lemma(w->slem, (x & LX_SURN) >> 2, w->lxs, strlen((char *)w->lxs));
    }
    /* cities are not surnames, nor the verb that opens a letter («Благодарю Эльмиру Ринатовну»);
     * a found span's words read for the vault (w->lemmas) open their own text, and a dative
     * there is no verb («Мюррею», «Врубелю») */
    if (!w->ss && weak_ok(w) && !not_a_surname(&w->t) && !(x & ZL_LX_PLACE) &&
        zl_flags(&zl_ru_city, w->t.key, w->t.klen) == 0 &&
        !(!w->lemmas && zl_verb_shape(&w->t) && sentence_start(w))) {
        w->ss = 1;
        w->sg = 3;
        if (w->lemmas) oblique_lemma(w);
        set_sex_lemma(w->slem, 3, w->t.key, w->t.klen);
    }
}

/* No Cyrillic letter within 64 bytes of the word. */
static bool latin_text(const pw *w) {
    size_t a = w->t.s > 64 ? w->t.s - 64 : 0, b = w->t.e + 64 < w->n ? w->t.e + 64 : w->n;
    for (size_t i = a; i < b; i++)
        if (w->s[i] >= 0xD0 && w->s[i] <= 0xD3) return false;
    return true;
}

/* The first-name table's flags of key[0, l), with the Moby-class names dropped outside Latin text
 * («журнал Forbes»: a Latin word in Russian text is a title or a firm as often as a name; only the
 * common names of faker's list count there). */
static int en_first_flags(pw *w, const unsigned char *k, size_t l) {
    int f = zl_flags(&zl_en_first, k, l);
    if (f & ZL_MOBY) w->f_ctx = true;
    if ((f & ZL_MOBY) && !latin_text(w)) f = 0;
    return f;
}

static void analyse_en_first(pw *w) {
    const unsigned char *k = w->t.key, *dash;
    size_t l = w->t.klen;
    int f = en_first_flags(w, k, l), ambig = f & ZL_AMBIG, weak = f & ZL_ABROAD;
    if (!f && (dash = memchr(k, '-', l)) != NULL) {
        /* "Jean-Pierre", "Anne-Marie": two first names; a word only if both halves are */
        size_t h = (size_t)(dash - k);
        int f1 = h ? en_first_flags(w, k, h) : 0;
        int f2 = f1 && h + 1 < l ? en_first_flags(w, dash + 1, l - h - 1) : 0;
        if (f1 && f2) {
            f = (f1 | f2) & 3 ? (f1 | f2) & 3 : 3;
            ambig = f1 & f2 & ZL_AMBIG;
            weak = f1 & f2 & ZL_ABROAD;
        }
    }
    if (f) {
        w->fg = (uint8_t)(f & 3);
        if (!w->fg) w->fg = 3;
        /* a month's name is a first name only with a cue or a clear surname ("April Jones") */
        w->f_ambig = ambig != 0 || zl_person_calendar(&w->t);
        w->f_weak = weak != 0;
        set_sex_lemma(w->flem, 3, w->t.key, w->t.klen);
    }
}

static bool is_f(pw *w);

/* The sexes a Latin surname's suffix gives (-ov/-ova, -sky/-ska, -enko, -wicz …), 0 if none; with
 * the lengths (no strlen per entry; asked of every capitalised Latin word: 21,340 strlen calls
 * on 60 KB of tweets). */
#define SUF(x, g)                                                                                  \
    { x, sizeof(x) - 1, g }
static const struct {
    const char *s;
    uint8_t n, g;
} en_sur_suf[] = {
    SUF("ov", ZL_MALE),      SUF("ev", ZL_MALE),      SUF("in", ZL_MALE),    SUF("sky", ZL_MALE),
    SUF("skiy", ZL_MALE),    SUF("skii", ZL_MALE),    SUF("skij", ZL_MALE),  SUF("vich", ZL_MALE),
    SUF("ski", ZL_MALE),     SUF("ova", ZL_FEMALE),   SUF("eva", ZL_FEMALE), SUF("ina", ZL_FEMALE),
    SUF("skaya", ZL_FEMALE), SUF("skaia", ZL_FEMALE), SUF("vna", ZL_FEMALE), SUF("ska", ZL_FEMALE),
    SUF("enko", 3),          SUF("yan", 3),           SUF("dze", 3),         SUF("shvili", 3),
    SUF("chuk", 3),          SUF("yuk", 3),           SUF("wicz", 3),        SUF("escu", 3),
    SUF("opoulos", 3)};
#undef SUF
_Static_assert(sizeof en_sur_suf / sizeof en_sur_suf[0] <= 32, "a suffix is a bit of a mask");
/* The suffixes ending with byte b (zl_person_init): a word compares only those. */
static uint32_t en_sur_by_last[256];

static void en_sur_index(void) {
    memset(en_sur_by_last, 0, sizeof en_sur_by_last);
    for (size_t i = 0; i < sizeof en_sur_suf / sizeof en_sur_suf[0]; i++)
        en_sur_by_last[(unsigned char)en_sur_suf[i].s[en_sur_suf[i].n - 1]] |= 1u << i;
}

uint8_t zl_en_surname_suffix(const unsigned char *k, size_t l) {
    uint8_t g = 0;
    if (l < 5) return 0;
    for (uint32_t m = en_sur_by_last[k[l - 1]]; m; m &= m - 1) {
        size_t i = (size_t)__builtin_ctz(m);
        if (tail_eq(k, l, en_sur_suf[i].s, en_sur_suf[i].n)) g |= en_sur_suf[i].g;
    }
    return g;
}

static void analyse_en_surname(pw *w) {
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    uint8_t g = zl_en_surname_suffix(k, l);
    if (g) w->sg |= g, w->ss = 2;
    int d = zl_flags(&zl_en_last, k, l);
    if (d && !(d & ZL_AMBIG)) w->ss = 3, w->sg = 3;
    if (!w->ss && weak_ok(w) && !not_a_surname(&w->t) && zl_find(&zl_en_street, k, l) < 0)
        w->ss = 1;
    if (w->ss && !w->sg) w->sg = 3;
    if (w->ss) set_sex_lemma(w->slem, 3, k, l);
}

/* Analyses are made on demand, one role at a time. */
/* The readings of a word found at one of its mentions serve the others (the rules' cache in the
 * tagger's, zl_wcache_rules): only fg, f_ambig, ss, sg and adj are read in scan mode, and the
 * analyses read nothing but the word's key, script, case and length. */
static zl_word_rules *memo(pw *w) {
    return w->lemmas ? NULL : zl_wcache_rules(w->wc, &w->t);
}

static bool is_f(pw *w) {
    if (!(w->done & 1)) {
        w->done |= 1;
        if (!w->init && w->t.klen && zl_name_prefix(w->t.key, w->t.klen)) {
            zl_word_rules *m = memo(w);
            if (m && (m->known & 1) && !w->addr && !w->addr_cut) {
                w->fg = m->fg;
                w->f_ambig = m->f_ambig;
                w->f_pop = m->f_pop & 1;
                w->f_low = (m->f_pop & 2) != 0;
            } else {
                if (cyr(w)) {
                    analyse_ru_first(w);
                    if (!w->fg && memchr(w->t.key, '-', w->t.klen)) analyse_ru_double_first(w);
                } else if (lat(w))
                    analyse_en_first(w);
                /* the analyses use no cache of zl_wcache_rules': m is still this word's; a
                 * reading that depends on the text around this mention is not the word's */
                if (m && !w->f_ctx) {
                    m->fg = w->fg;
                    m->f_ambig = w->f_ambig;
                    m->f_pop = (uint8_t)(w->f_pop | w->f_low << 1);
                    m->known |= 1;
                }
            }
        }
    }
    return w->fg != 0;
}

static bool is_p(pw *w) {
    if (!(w->done & 2)) {
        w->done |= 2;
        if (!w->init && w->t.klen && cyr(w)) analyse_ru_patronymic(w);
    }
    return w->pg != 0;
}

static uint8_t s_str(pw *w) {
    if (!(w->done & 4)) {
        w->done |= 4;
        zl_word_rules *m = w->init || !w->t.klen ? NULL : memo(w);
        if (m && (m->known & 4)) {
            w->ss = m->ss;
            w->sg = m->sg;
            w->adj = m->adj;
            w->ord = m->ord;
        } else if (!w->init && w->t.klen) {
            if (cyr(w)) {
                analyse_ru_surname(w);
                if (w->ss == 1 && is_p(w)) w->ss = 0; /* "Сергеевич" is not a surname of its own */
            } else if (lat(w)) {
                analyse_en_surname(w);
            }
            if (m) {
                m->ss = w->ss;
                m->sg = w->sg;
                m->adj = w->adj;
                m->ord = w->ord;
                m->known |= 4;
            }
        }
    }
    return w->ss;
}

/* ---- reading the words of a candidate name ------------------------------------------------------
 */

#define MAXW 3

/* Reads up to MAXW words from t on, joined by spaces (or nothing, between initials). */
static void init_word(pw *p, const zl_tok *cur, const zs_scan *z, bool key_mode) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    p->wc = z->sc ? z->sc->wc : NULL;
    p->done = p->fg = p->pg = p->sg = p->ss = 0;
    p->f_ambig = p->f_weak = p->f_pop = p->f_low = p->f_ctx = p->adj = p->ord = p->lx_done = false;
    p->gov = 0;
    p->gov_plain = false;
    p->intro = p->addr = p->addr_cut = p->f_cut = p->initials = p->role_case = p->role_noun = false;
    p->first_case = p->and_case = false;
    p->lemmas = key_mode;
    p->flem[0][0] = p->flem[1][0] = p->slem[0][0] = p->slem[1][0] = p->plem[0] =
        key_mode ? 0 : 0xFF;
    p->t = *cur;
    p->s = s;
    p->n = n;
    p->end = cur->e;
    /* «Дж.» stands for one letter of the Latin spelling («Дж. Буш», «Дж.Сороса») */
    bool dzh = cur->nlet == 2 && cur->klen == 4 && !memcmp(cur->key, "дж", 4);
    /* in key mode a name's lower-case letter and stop too: try_at took them as its initials
     * («иванова о.п.»; zl_person_lower_initials) */
    p->init = (cur->nlet == 1 || dzh) && (cur->kase != ZL_LOWER || key_mode) && cur->e < n &&
              s[cur->e] == '.';
    if (p->init) p->end = cur->e + 1;
}

/* Reads up to `max` more words after w[nw-1] (w[0] must be set); returns the new count. */
static int read_more(const zs_scan *z, pw *w, int nw, int max, bool key_mode) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    while (nw < max) {
        const pw *p = &w[nw - 1];
        /* the next word: only spaces between (one or two), none at all after an initial */
        size_t j = p->end, spaces = 0, len;
        while (j < n && spaces <= 2) {
            int32_t cp = s[j] == ' ' ? ' ' : zs_decode(s, n, j, &len);
            if (cp == ' ') len = 1;
            if (cp == ' ' || cp == 0xA0 || cp == 0x202F || (key_mode && zs_is_space(cp)))
                spaces++;
            else if (!zs_is_invisible(cp))
                break;
            j += len;
        }
        if (spaces > 2 || j >= n || (spaces == 0 && !p->init)) break;
        if (!zl_letter_at(s, n, j)) break;
        zl_tok cur;
        cur.s = j;
        cur.e = zl_word_end(s, n, j);
        zl_wcache_fold(z->sc ? z->sc->wc : NULL, s, n, &cur);
        if ((!cur.klen && cur.nlet != 1) || zl_chat_formula(&cur)) break;
        init_word(&w[nw], &cur, z, key_mode);
        nw++;
    }
    return nw;
}

static int read_words(const zs_scan *z, const zl_tok *t, pw *w, bool key_mode) {
    init_word(&w[0], t, z, key_mode);
    return read_more(z, w, 1, MAXW, key_mode);
}

/* ---- patterns
 * ----------------------------------------------------------------------------------------- */

typedef struct {
    int nw; /* words in the name */
    uint8_t role[MAXW];
    uint8_t sex;
} pmatch;

static bool same_script(pw *w, int k) {
    for (int i = 1; i < k; i++)
        if (!w[i].init && !w[0].init && w[i].t.script != w[0].t.script) return false;
    if (w[0].init) {
        for (int i = 1; i < k; i++)
            if (!w[i].init) {
                /* initials belong to the script of the surname */
                for (int j = 0; j < k; j++)
                    if (w[j].init && w[j].t.script != w[i].t.script) return false;
            }
    }
    return true;
}

/* Case of the words: all capitalised (title or upper case) or all lower case. */
static int case_of(pw *w, int k) {
    int c = 0, l = 0;
    for (int i = 0; i < k; i++) {
        if (w[i].t.kase == ZL_LOWER)
            l++;
        else
            c++;
    }
    return l == 0 ? 1 : c == 0 ? 0 : -1;
}

static bool set(pmatch *m, int nw, uint8_t sex, int r0, int r1, int r2) {
    if (!sex) return false;
    m->nw = nw;
    m->sex = sex;
    m->role[0] = (uint8_t)r0;
    m->role[1] = (uint8_t)r1;
    m->role[2] = (uint8_t)r2;
    return true;
}

/* cue: ZL_CUE_* bits (0 if none); cell: the first word stands alone in a table cell; mid: the
 * first word is inside a sentence (a word before it, no stop, line break or quote between). */
/* The word right after w, one space or none between (folded into x): whether there is one. A
 * line break ends the sentence («Priya Patel\nThanks»). */
static bool word_right_after(const pw *w, zl_tok *x) {
    size_t lim = w->end + 8 < w->n ? w->end + 8 : w->n;
    if (!zl_next_span(w->s, w->n, w->end, lim, x) || x->s > w->end + 1) return false;
    if (x->s > w->end && w->s[w->end] != ' ') return false;
    zl_fold_word(w->s, w->n, x);
    return true;
}

/* A verb of speaking or messaging in the past tense right after w («Вера написала», «Роман
 * позвонил»): the sexes it agrees with (ZL_MALE, ZL_FEMALE), 0 if there is none. What a person
 * does, not what faith, a novel or glory does; «Надежда умирает последней» has no such verb. */
static uint8_t speech_verb_after(const pw *w) {
    static const char *const stems[] = {
        "сказал",   "написал", "ответил",    "спросил", "позвонил", "звонил",    "попросил",
        "просил",   "передал", "предложил",  "сообщил", "говорил",  "рассказал", "обещал",
        "пообещал", "уточнил", "подтвердил", "прислал", "скинул",   "отправил",  "перезвонил",
        "приехал",  "заходил", "зашел",      NULL};
    zl_tok x;
    if (!word_right_after(w, &x) || x.kase != ZL_LOWER || x.script != ZL_CYR) return 0;
    for (int k = 0; stems[k]; k++) {
        size_t l = strlen(stems[k]);
        if (x.klen == l && memcmp(x.key, stems[k], l) == 0) return ZL_MALE;
        /* «зашел» -> «зашла» drops the vowel; the rest add «а» */
        if (strcmp(stems[k], "зашел") == 0) {
            if (zl_is(&x, "зашла")) return ZL_FEMALE;
        } else if (x.klen == l + 2 && memcmp(x.key, stems[k], l) == 0 &&
                   memcmp(x.key + l, "а", 2) == 0)
            return ZL_FEMALE;
    }
    return 0;
}

/* A lower-case word of four letters or more right after w: the noun an adjective-like reading
 * of w goes with («сотрудник страховой компании»; «звонил петров, просил» has none). */
static bool lower_word_after(const pw *w) {
    zl_tok x;
    return word_right_after(w, &x) && x.kase == ZL_LOWER && x.script == ZL_CYR && x.nlet >= 4;
}

/* A capitalised word right after w: English headlines capitalise every word ("Lohan Failed A
 * Drug Test"), where a foreign first name and the next word are no pair. */
static bool cap_word_after(const pw *w) {
    zl_tok x;
    return word_right_after(w, &x) && x.kase != ZL_LOWER;
}

/* A lower-case word of three letters or more right after w that an adjective w may qualify:
 * not one of the words that follow a speaker's name («заявил Зеленский журналистам» is lost). */
static bool noun_after(const pw *w) {
    static const char *const free[] = {"для",   "что",      "как",     "при",   "после",
                                       "перед", "через",    "также",   "ранее", "сегодня",
                                       "вчера", "накануне", "позднее", "тогда", NULL};
    zl_tok x;
    return word_right_after(w, &x) && x.kase == ZL_LOWER && x.nlet >= 3 && !zl_in(&x, free);
}

/* «у», «к», «от», «для», «с» right before w, one space between: the prepositions a person's
 * genitive, dative or instrumental follows. */
static bool person_prep_before(const pw *w) {
    static const char *const preps[] = {"у", "к", "ко", "от", "для", "с", "со", NULL};
    zl_tok p;
    return zl_prev_word(w->s, w->n, w->t.s, w->t.s > 16 ? w->t.s - 16 : 0, &p) &&
           p.e + 1 == w->t.s && w->s[p.e] == ' ' && p.kase != ZL_UPPER && zl_in(&p, preps);
}

/* A name's particle right after w ("de", "van", «фон»). */
static bool particle_after(const pw *w) {
    zl_tok x;
    return word_right_after(w, &x) && x.kase == ZL_LOWER && zl_in(&x, zl_name_particles);
}

/* Whether an English preposition of place stands right before w ("in Austin", "near Victoria"). */
static bool place_prep_before(const pw *w) {
    static const char *const preps[] = {"in", "at", "near", "around", "outside", NULL};
    zl_tok p;
    return zl_prev_word(w->s, w->n, w->t.s, w->t.s > 16 ? w->t.s - 16 : 0, &p) &&
           p.e + 1 == w->t.s && zl_in(&p, preps);
}

/* Whether w ends its clause: the text's end, a line break or a . , ; ! ? right after it. */
static bool clause_ends(const pw *w) {
    size_t i = w->t.e;
    while (i < w->n && w->s[i] == ' ')
        i++;
    return i >= w->n || strchr(".,;!?\n\r", w->s[i]) != NULL;
}

/* An East Asian surname in Latin letters ("Zhang", "Nguyen": zl_abroad_last), capitalised. */
static bool abroad_last(const pw *w) {
    return w->t.script == ZL_LAT && w->t.kase == ZL_TITLE && w->t.klen &&
           (zl_flags(&zl_abroad_last, w->t.key, w->t.klen) & (ZL_FOUND | ZL_ABROAD)) == ZL_FOUND;
}

/* Whether k[0,l) splits into one to three pinyin syllables ("wei", "xiaoming", "zihan"). */
static bool pinyin(const unsigned char *k, size_t l, int left) {
    static const char *const ini[] = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
                                      "k",  "h",  "j",  "q", "x", "r", "z", "c", "s", "y", "w", ""};
    static const char *const fin[] = {
        "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan",
        "ai",   "ei",   "ao",   "ou",   "an",  "en",  "in",  "un",  "er",  "ia",  "ie",  "iu",
        "ua",   "uo",   "ui",   "ue",   "a",   "o",   "e",   "i",   "u",   NULL};
    if (l == 0) return true;
    if (left == 0) return false;
    for (int i = 0; i < 24; i++) {
        size_t il = strlen(ini[i]);
        if (il > l || memcmp(k, ini[i], il) != 0) continue;
        for (int f = 0; fin[f]; f++) {
            size_t fl = strlen(fin[f]);
            if (il + fl <= l && memcmp(k + il, fin[f], fl) == 0 &&
                pinyin(k + il + fl, l - il - fl, left - 1))
                return true;
        }
    }
    return false;
}

/* A given name beside an East Asian surname: a word of faker vi's given names ("Thanh"), or one
 * of pinyin's shape ("Wei", "Xiaoming"); not "Tuesdays", "Sermon". */
static bool abroad_given(const pw *w) {
    if (w->t.script != ZL_LAT || w->t.kase != ZL_TITLE || !w->t.klen || w->t.klen > 12)
        return false;
    if (zl_flags(&zl_abroad_last, w->t.key, w->t.klen) & ZL_ABROAD) return true;
    return pinyin(w->t.key, w->t.klen, 3);
}

/* A first name faker's English list knows (no Moby, foreign or ambiguous one) at x. */
static bool firm_en_first(const unsigned char *s, size_t n, zl_tok *x) {
    zl_fold_word(s, n, x);
    if (x->kase != ZL_TITLE || x->script != ZL_LAT || !x->klen) return false;
    int f = zl_flags(&zl_en_first, x->key, x->klen);
    return f && !(f & (ZL_AMBIG | ZL_MOBY));
}

/* "Priya and Tom", "Tom & Priya", "Sven, Priya": a foreign first name alone is a name when chat
 * lists it with a first name the English tables know firmly ("and", "&" or a comma between). */
static bool listed_with_name(const pw *w) {
    const unsigned char *s = w->s;
    size_t n = w->n, i = w->t.e;
    zl_tok x;
    if (i < n && s[i] == ',') i++;
    while (i < n && s[i] == ' ')
        i++;
    if (i + 4 <= n && memcmp(s + i, "and ", 4) == 0)
        i += 4;
    else if (i + 2 <= n && memcmp(s + i, "& ", 2) == 0)
        i += 2;
    else if (i == w->t.e || s[w->t.e] != ',')
        i = 0;
    if (i && i > w->t.e && zl_next_span(s, n, i, i + 1, &x) && x.s == i && firm_en_first(s, n, &x))
        return true;
    i = w->t.s;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i >= 4 && memcmp(s + i - 4, " and", 4) == 0)
        i -= 4;
    else if (i >= 2 && memcmp(s + i - 2, " &", 2) == 0)
        i -= 2;
    else if (i > 0 && s[i - 1] == ',' && i < w->t.s)
        i--;
    else
        return false;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    return zl_prev_span(s, n, i, i > 40 ? i - 40 : 0, &x) && x.e == i && firm_en_first(s, n, &x);
}

/* A capitalised Cyrillic word no table knows as a given name, a place or an ordinary word, that
 * a patronymic right after it makes a given name («Хадижат», «Айгерим»). */
static bool unknown_given(pw *a) {
    /* a word with no key (a letter outside the folds, «Мастеӏ») has no name part for the vault */
    return !a->init && a->t.klen && a->t.kase == ZL_TITLE && cyr(a) && a->t.nlet >= 3 && !is_f(a) &&
           !is_p(a) && !(lex(a) & (ZL_LX_PLACE | ZL_LX_COMMON | ZL_LX_NOTNAME)) &&
           !zl_ru_ordinary(a->t.key, a->t.klen) && !zl_person_not_surname(&a->t);
}

/* Whether a surname a ending in -а/-я (a woman's nominative, a man's genitive: «Петрова»)
 * cannot share its case with b, a man's first name not so ending («Геннадий», «Скотта» can:
 * «у Петрова Геннадия»): a man's name in the nominative or an oblique case other than the
 * genitive follows a place's or a possessor's genitive («мэр Харькова Геннадий Кернес»). */
static bool case_apart(const pw *a, const pw *b) {
    const unsigned char *k = a->t.key, *f = b->t.key;
    size_t l = a->t.klen, fl = b->t.klen;
    if (b->fg != ZL_MALE || l < 4 || fl < 4) return false;
    bool a_a = ends_with(k, l, "а") || ends_with(k, l, "я");
    bool b_a = ends_with(f, fl, "а") || ends_with(f, fl, "я");
    return a_a && !b_a;
}

/* A capitalised word of a surname's -ов/-ев/-ова/-ева shape that the ordinary-word set holds (its
 * ~2 % of names, «Закиров»; or a genitive plural, «Столов», which no first name follows): before
 * an unambiguous first name of its sex it is the surname («Закиров Артур позвонил»). Returns the
 * sex its ending gives, 0 if it is no such word. */
static uint8_t ov_ordinary(pw *w) {
    if (!w->ord || !cap(w) || w->t.nlet < 5) return 0;
    const unsigned char *k = w->t.key;
    size_t l = w->t.klen;
    if (ends_with(k, l, "ов") || ends_with(k, l, "ев")) return ZL_MALE;
    if (ends_with(k, l, "ова") || ends_with(k, l, "ева")) return ZL_FEMALE;
    return 0;
}

/* An ALL CAPS word right before w on its line, spaces only between ("THANK YOU MARIA"). */
static bool upper_before(const pw *w) {
    zl_tok p;
    if (!zl_prev_word(w->s, w->n, w->t.s, w->t.s > 24 ? w->t.s - 24 : 0, &p)) return false;
    for (size_t i = p.e; i < w->t.s; i++)
        if (w->s[i] != ' ') return false;
    return p.kase == ZL_UPPER;
}

/* An ALL CAPS first name and the ALL CAPS word after it as one name: after a name's field,
 * «зовут» or a name cue ("Name: MARIA GARCIA", «Имя: МАРИЯ ГАРСИА», "Client: MARIA GARCIA"), or
 * as the only capitals of their stretch of text («ЛАСЛО КОВАЧ приедет завтра»: no ALL CAPS word
 * right before or after them, so no headline or shouted sentence, "THANK YOU MARIA FOR"). weak_ok
 * takes no ALL CAPS word as a surname of its own. */
static bool caps_pair(pw *w, int nw, int cue) {
    pw *a = &w[0], *b = &w[1];
    if (nw < 2 || b->init || !same_script(w, 2) || a->t.kase != ZL_UPPER || b->t.kase != ZL_UPPER ||
        b->t.nlet < 2 || !is_f(a) || is_p(b) || (lex(b) & ZL_LX_PLACE))
        return false;
    if (cue & (ZL_CUE_ANY | ZL_CUE_NAME)) return true;
    return !a->f_ambig && b->t.nlet >= 3 && !upper_before(a) && !cap_word_after(b);
}

/* A lower-case word of three letters or more, only letters, that no everyday-word list holds. */
static bool plain_name_word(pw *a) {
    const zl_tok *t = &a->t;
    if (t->nlet < 3 || !t->klen || t->kase != ZL_LOWER) return false;
    if (t->script == ZL_LAT) {
        for (size_t i = 0; i < t->klen; i++)
            if (t->key[i] < 'a' || t->key[i] > 'z') return false;
        return !zl_en_ordinary(t->key, t->klen) || is_f(a);
    }
    return t->script == ZL_CYR && !zl_ru_ordinary(t->key, t->klen) &&
           !(lex(a) & (ZL_LX_COMMON | ZL_LX_PLACE | ZL_LX_NOTNAME));
}

/* Whether the lower-case word a is what a person's name is said to be: "my name is okafor", "her
 * name's taylor", «меня зовут кваме»; not "the file name is config", `{name: 'red'}`. */
static bool owned_name(const pw *a) {
    static const char *const owner[] = {"my", "his", "her", "your", "their", "our", NULL};
    zl_tok p, q, o;
    size_t lim = a->t.s > 48 ? a->t.s - 48 : 0;
    if (!zl_prev_word(a->s, a->n, a->t.s, lim, &p)) return false;
    /* «меня зовут кваме», «её звали айгерим»; not «коллеги зовут канадскую писательницу» */
    static const char *const ru_owner[] = {"меня", "его", "её", "ее", "тебя",
                                           "вас",  "нас", "их", NULL};
    static const char *const ru_called[] = {"зовут", "звать", "звали", NULL};
    if (zl_in(&p, ru_called)) return zl_prev_word(a->s, a->n, p.s, lim, &o) && zl_in(&o, ru_owner);
    /* «моя фамилия нургалиева», «его фамилия кваме» */
    static const char *const ru_whose[] = {"моя", "его", "её", "ее", "твоя", "ваша", "наша", NULL};
    /* a form's field in lower case: «фамилия: ким», «фио: ли анна» (a label and its colon) */
    static const char *const ru_field[] = {"фамилия", "имя", "фио", NULL};
    if (a->t.script == ZL_CYR && zl_in(&p, ru_field) && p.e < a->t.s && a->s[p.e] == ':')
        return true;
    if (zl_is(&p, "фамилия")) return zl_prev_word(a->s, a->n, p.s, lim, &o) && zl_in(&o, ru_whose);
    if (zl_is(&p, "name's")) {
        q = p; /* the word reader keeps "name's" one word */
    } else {
        if (!zl_is(&p, "is") && !zl_is(&p, "s") && !zl_is(&p, "was")) return false;
        if (!zl_prev_word(a->s, a->n, p.s, lim, &q) || !zl_is(&q, "name")) return false;
    }
    return zl_prev_word(a->s, a->n, q.s, lim, &o) && zl_in(&o, owner);
}

/* A lower-case word (and a second one) that a name cue with its owner names, in either script:
 * "his name is okafor", «меня зовут кваме менса». */
static bool said_name(pw *w, int nw, int cue, pmatch *m) {
    pw *a = &w[0], *b = &w[1];
    if (cap(a) || !(cue & ZL_CUE_ANY) || !plain_name_word(a) || !owned_name(a)) return false;
    return set(m, nw >= 2 && !cap(b) && same_script(w, 2) && plain_name_word(b) ? 2 : 1, 3, R_F,
               R_S, 0);
}

/* A lower-case Latin word right after a personal title written short ("dr. patel", "mr okafor";
 * the title cues "miss", "judge", "sir" are words in lower case: "miss yooouuu", "judge http"):
 * one that no English list calls everyday, no -ed/-ly word (which the everyday list leaves out:
 * "mrs smith called"), no ambiguous first name. */
static bool lower_after_title(pw *a) {
    static const char *const titles[] = {"dr", "mr", "mrs", "ms", "mx", "prof", NULL};
    if (!lat(a) || a->t.nlet != a->t.klen || zl_en_ordinary(a->t.key, a->t.klen) ||
        zl_ends(&a->t, "ed") || zl_ends(&a->t, "ly") || (is_f(a) && a->f_ambig))
        return false;
    zl_tok p;
    size_t i = a->t.s;
    while (i > 0 && a->s[i - 1] == ' ')
        i--;
    if (i > 0 && a->s[i - 1] == '.') i--;
    return zl_prev_word(a->s, a->n, a->t.s, a->t.s > 16 ? a->t.s - 16 : 0, &p) && p.e == i &&
           zl_in(&p, titles);
}

/* A title-case Latin word that may be a surname (s_str) and that no list holds as an everyday
 * word, a brand, a place or body, a month or an ambiguous first name. */
static bool unlisted_latin(pw *w) {
    const zl_tok *t = &w->t;
    return t->kase == ZL_TITLE && t->nlet >= 3 && t->klen && s_str(w) >= 1 &&
           !zl_en_ordinary(t->key, t->klen) && !zl_en_brand(t->key, t->klen) &&
           !zl_flags(&zl_en_notlone, t->key, t->klen) && !zl_person_calendar(t) &&
           !(is_f(w) && w->f_ambig);
}

static bool name_stem_surname(pw *w);

/* Whether a cue of its own reads the word, so the grammar around it is not asked: not a weak
 * one, nor a cue's name read past a lower-case word (VIA: «передайте пожалуйста петровой» is the
 * verb's and «пожалуйста»'s, as «скажите пожалуйста петровой» is). */
static bool strong_cue(int cue) {
    int own = cue & ~(ZL_CUE_WEAK | ZL_CUE_VIA);
    if (cue & ZL_CUE_VIA) own &= ~ZL_CUE_NAME;
    return own != 0;
}

static bool match(pw *w, int nw, int cue, bool cell, bool mid, bool key_mode, pmatch *m) {
    memset(m, 0, sizeof *m);
    int c3 = nw >= 3 ? case_of(w, 3) : -1, c2 = nw >= 2 ? case_of(w, 2) : -1;
    bool any_cue = cue != 0;
    if (key_mode) c3 = c2 = 1, any_cue = true, cue = ZL_CUE_NAME | ZL_CUE_TITLE;
    pw *a = &w[0], *b = &w[1], *c = &w[2];
    if (a->init) {
        /* I I S, I S */
        if (nw >= 3 && b->init && !c->init && cap(c) && same_script(w, 3) && s_str(c) >= 1)
            return set(m, 3, c->sg ? c->sg : 3, R_I, R_I, R_S);
        /* I F S: "F. Scott Fitzgerald", "J. Edgar Hoover" (not cut to "F. Scott") */
        if (nw >= 3 && lat(a) && !b->init && !c->init && cap(b) && cap(c) && is_f(b) &&
            !b->f_ambig && same_script(w, 3) && s_str(c) >= 1)
            return set(m, 3, 3, R_I, R_F, R_S);
        /* a Cyrillic surname of no known shape (Т. Ноэльсен) will do unless it is a place; so
         * does one that is also an ordinary word («М.Драги», «С. Кузина»: held-out articles lost
         * them when it did not; «М.Видео» is masked) */
        if (nw >= 2 && !b->init && cap(b) && same_script(w, 2) &&
            (s_str(b) >= (lat(b) || !(lex(b) & ZL_LX_PLACE) ? 1 : 2) || b->ord) &&
            !(lat(b) && is_f(b) && b->f_ambig))
            return set(m, 2, b->sg ? b->sg : 3, R_I, R_S, 0);
        return false;
    }
    if (cyr(a)) {
        if (nw >= 3 && c3 >= 0 && same_script(w, 3) && !b->init && !c->init) {
            uint8_t g;
            /* S F P; a plural imperative is no surname of no known shape before an oblique
             * name and patronymic: «Позвоните Алёне Игоревне», «Напишите Ольге Петровне»,
             * «Передайте Анне Петровне» (a form lists «Гурц Иван Петрович») */
            /* a surname the ordinary-word set holds by mistake (ov_ordinary: «Закиров Артур
             * Евгеньевич») */
            if (is_f(b) && is_p(c) && (s_str(a) >= 1 || (ov_ordinary(a) & b->fg)) &&
                (g = a->sg & b->fg & c->pg) &&
                !(a->ss == 1 && !p_nominative(c) &&
                  (imperative_shape(a) ||
                   (singular_imperative_shape(a) && zl_opens_at(a->s, a->t.s)))))
                return set(m, 3, g, R_S, R_F, R_P);
            /* F P S */
            if (is_f(a) && is_p(b) && s_str(c) >= 1 && (g = a->fg & b->pg & c->sg))
                return set(m, 3, g, R_F, R_P, R_S);
            /* S F P, F P S with a given name no table knows: «Абдуллаева Хадижат Магомедовна» */
            if (a->t.kase == ZL_TITLE && s_str(a) >= 2 && unknown_given(b) && is_p(c) &&
                (g = a->sg & c->pg))
                return set(m, 3, g, R_S, R_F, R_P);
            if (unknown_given(a) && is_p(b) && c->t.kase == ZL_TITLE && s_str(c) >= 2 &&
                (g = b->pg & c->sg))
                return set(m, 3, g, R_F, R_P, R_S);
        }
        if (nw >= 3 && b->init && c->init && (cap(a) || key_mode) && s_str(a) >= 1 &&
            same_script(w, 3))
            return set(m, 3, a->sg ? a->sg : 3, R_S, R_I, R_I);
        if (nw >= 2 && !b->init && c2 >= 0 && same_script(w, 2)) {
            uint8_t g;
            /* F P */
            if (is_f(a) && is_p(b) && (g = a->fg & b->pg)) return set(m, 2, g, R_F, R_P, 0);
            /* a given name no table knows before a patronymic («Хадижат Магомедовна», «Айгерим
             * Сериковна»): the patronymic's shape says what the word before it is */
            if (unknown_given(a) && is_p(b) && b->t.kase == ZL_TITLE)
                return set(m, 2, b->pg, R_F, R_P, 0);
            if (c2 == 1) {
                /* S F: a clear surname, or any capitalised word after a cue; not a genitive
                 * before a man's name in another case (case_apart: «мэр Харькова Геннадий
                 * Кернес», «губернатор Висконсина Скотт Уокер») */
                if (is_f(b) && !case_apart(a, b) &&
                    (s_str(a) >= 2 || (a->ss == 1 && (cue & ZL_CUE_NAME) && !b->f_ambig) ||
                     ((ov_ordinary(a) & b->fg) && !b->f_ambig)) &&
                    !is_p(b) && (g = a->sg & b->fg) && !(is_f(a) && !a->f_ambig && a->ss < 2))
                    return set(m, 2, g, R_S, R_F, 0);
                /* F S; not a given name that is a place's genitive too right after a role's
                 * noun, which names the place («Премьер Израиля Нетаньяху», «мэр Софии
                 * Фандыкова»): the role's name is the next word's */
                if (is_f(a) && s_str(b) >= 1 && (!a->f_ambig || b->ss >= 2 || any_cue) &&
                    !(cue == ZL_CUE_ROLE && (lex(a) & ZL_LX_PLACE) && b->ss < 2) &&
                    (b->ss >= 2 || b->t.kase == ZL_TITLE || a->t.kase == ZL_UPPER) &&
                    (g = a->fg & b->sg))
                    return set(m, 2, g, R_F, R_S, 0);
                /* S F with an ambiguous first name still needs a clear surname */
                /* right after «зовут», «имя»: two capitalised words of no known shape ("Её
                 * зовут Прия Шарма" gave the surname alone, the first name left in the clear) */
                if ((cue & ZL_CUE_ANY) && cap(a) && s_str(a) >= 1 && s_str(b) >= 1 &&
                    !(lex(a) & ZL_LX_PLACE))
                    return set(m, 2, b->sg ? b->sg : 3, R_F, R_S, 0);
            } else if (c2 == 0) {
                /* lower case: a clear surname and an unambiguous first name, either order; not
                 * one of adjective's shape («августа шведский», «ислам суннитского») */
                if (is_f(b) && !b->f_ambig && s_str(a) >= 2 && !a->adj && (g = a->sg & b->fg) &&
                    !is_f(a))
                    return set(m, 2, g, R_S, R_F, 0);
                if (is_f(a) && !a->f_ambig && s_str(b) >= 2 && !b->adj && (g = a->fg & b->sg) &&
                    !is_f(b))
                    return set(m, 2, g, R_F, R_S, 0);
            }
        }
        if (nw >= 2 && b->init && cap(a) && s_str(a) >= 2 && same_script(w, 2))
            return set(m, 2, a->sg ? a->sg : 3, R_S, R_I, 0);
        if (caps_pair(w, nw, cue)) return set(m, 2, a->fg, R_F, R_S, 0);
        /* one word; not a rare first name that the lexicon knows only as a place, without a cue
         * («Рим заявил»: Rome's government; «София» is a common name and stays one), nor a place's
         * genitive after a role's noun before the role's name («экс-президент Израиля Шимон
         * Перес») */
        if (cap(a) && is_f(a) && a->t.nlet >= 2 &&
            (!a->f_ambig || any_cue || (a->fg & speech_verb_after(a))) &&
            !(cue == ZL_CUE_ROLE && (lex(a) & ZL_LX_PLACE) && nw >= 2 && cap(b)) &&
            (any_cue || a->f_pop || (lex(a) & (ZL_LX_PLACE | LX_NAME)) != ZL_LX_PLACE))
            return set(m, 1, a->fg, R_F, 0, 0);
        if (!cap(a) && is_f(a) && (cue & ZL_CUE_CALLED) && !a->f_ambig)
            return set(m, 1, a->fg, R_F, 0, 0);
        /* "my name is okafor", «меня зовут кваме»: what the cue names is a name whatever table
         * knows it, unless it is an everyday word ("my name is not important") */
        if (said_name(w, nw, cue, m)) return true;
        /* lower case right after a role's or a family's noun, «это» or «я»: a first name
         * outside the common ones whose very form no ordinary word shares («а мастер гульнара
         * работает?», «к мастеру эльвире», «моя дочка амина»; not «мастер спорта», «сестра
         * милосердия»); in the case of the noun before it, also a form an ordinary word shares
         * («администратору кате», «мастеру дине»: «кате» is also of «кат») */
        if (!cap(a) && cyr(a) && (cue & ZL_CUE_WEAK) && !(cue & ZL_CUE_VIA) && is_f(a) &&
            !a->f_ambig && a->t.nlet >= 3 && !(lex(a) & (ZL_LX_PLACE | ZL_LX_NOTNAME)) &&
            (lex(a) & (ZL_LX_NAME_M | ZL_LX_NAME_F)) &&
            (a->first_case ||
             (!(lex(a) & ZL_LX_COMMON) && zl_person_form_plain(a->t.key, a->t.klen))))
            return set(m, 1, a->fg, R_F, 0, 0);
        /* chat in lower case after «позовите», «передайте», «звонил»: a first name no ordinary
         * word shares («машу»), or a surname of a surname's shape the lexicon knows («петров»,
         * «ивановой»); «позовите мастера», «сообщил журналистам» are ordinary words */
        if (!cap(a) && (cue & (ZL_CUE_NAME | ZL_CUE_SAID)) && a->t.nlet >= 3 &&
            !(lex(a) & ZL_LX_PLACE)) {
            if (is_f(a) && !a->f_ambig && !(lex(a) & ZL_LX_COMMON))
                return set(m, 1, a->fg, R_F, 0, 0);
            /* «иванов», «петров» are also possessive adjectives to the lexicon: the surname's
             * shape and reading decide */
            /* an ordinary word's reading: only right after the cue and before no lower-case
             * word («передайте на машине», «сотрудник с головой» are not names) */
            if ((lex(a) & LX_SURN) && s_str(a) >= 2 && !a->adj && !(is_f(a) && a->f_ambig) &&
                !((lex(a) & ZL_LX_COMMON) && ((cue & ZL_CUE_VIA) || lower_word_after(a))))
                return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0); /* not «передайте роман» */
        }
        /* «мастер белова», «администратор смирнова», «врач кузнецова»: right after the noun of
         * a person's trade or role, a surname of a surname's shape the lexicon knows (its
         * possessive adjective's reading is no reason against it there); after the weak cues,
         * which are also «я», «это», «для», a woman's in -ова/-ина only (not a plural's
         * genitive: «я козлов не люблю», «для школьников») */
        if (!cap(a) &&
            ((cue & ZL_CUE_ROLE) || ((cue & ZL_CUE_WEAK) && zl_surname_gender(&a->t) == 2) ||
             a->role_case) &&
            !(cue & ZL_CUE_VIA) && a->t.nlet >= 4 && !(lex(a) & ZL_LX_PLACE) &&
            (lex(a) & LX_SURN) && s_str(a) >= 2 && !a->adj && !(is_f(a) && a->f_ambig) &&
            (!(lex(a) & ZL_LX_COMMON) || possessive_shape(&a->t) || a->role_case))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* or a Ukrainian surname in -енко the lexicon lacks, which does not decline («у
         * гинеколога мельниченко», «к стоматологу мельниченко») */
        if (!cap(a) && ((cue & ZL_CUE_ROLE) || a->role_case) && !(cue & ZL_CUE_VIA) &&
            a->t.script == ZL_CYR && a->t.nlet >= 7 && zl_ends(&a->t, "енко") &&
            !(lex(a) & (ZL_LX_PLACE | ZL_LX_COMMON | ZL_LX_NOTNAME)))
            return set(m, 1, 3, R_S, 0, 0);
        /* the same with a surname the lexicon lacks that is made of a first name it knows, in
         * the case of the noun before it («врач хасанов», «к врачу хасановой») */
        if (!cap(a) && a->role_case && !(cue & ZL_CUE_VIA) && name_stem_surname(a))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* before lower-case initials, as forms and lists name a person («иванова о.п.», «для
         * петрова а.с.») */
        if (!cap(a) && a->initials && a->t.nlet >= 4 && !(lex(a) & ZL_LX_PLACE) &&
            (lex(a) & LX_SURN) && s_str(a) >= 2 && !a->adj)
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* «скажи иванову», «позвони петровой»: after a verb of calling, telling or giving, a
         * surname of a surname's shape the lexicon knows, as after «передайте» */
        if (!cap(a) && !strong_cue(cue) && a->gov >= 3 && a->t.nlet >= 4 &&
            !(lex(a) & ZL_LX_PLACE) && (lex(a) & LX_SURN) && (s_str(a) >= 2 || a->gov == 4) &&
            !a->adj && !(is_f(a) && a->f_ambig))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* after a person found and «и», in that person's case: a first name as a greeting would
         * take it, a surname of a surname's shape the lexicon knows or one made of a first name
         * («позвони петрову и сидорову», «скажи диме и саше») */
        if (!cap(a) && a->and_case && a->t.nlet >= 3 && !(lex(a) & (ZL_LX_PLACE | ZL_LX_NOTNAME))) {
            if (is_f(a) && !a->f_ambig && (lex(a) & (ZL_LX_NAME_M | ZL_LX_NAME_F)))
                return set(m, 1, a->fg, R_F, 0, 0);
            if (a->t.nlet >= 4 &&
                (((lex(a) & LX_SURN) && s_str(a) >= 2 && !a->adj && !(is_f(a) && a->f_ambig)) ||
                 name_stem_surname(a)))
                return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        }
        /* and one the lexicon lacks, made of a first name («к хасановой», «позвони хасанову») */
        if (!cap(a) && !strong_cue(cue) && a->gov == 3 && name_stem_surname(a))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* messenger chat writes names in lower case with no cue at all («мы с олей придём», «жду
         * сергея», «передай маше»): a common first name or short form that is no ambiguous
         * name and whose very form no ordinary word shares («поле», «кости», «свету», «маши» of
         * махать; the lexicon's COMMON of the lemma, «маша» the gerund, does not count); a
         * place's reading is allowed (the town of Артём; try_at refuses a city context: «в
         * артёме») */
        /* a name outside the common ones where the grammar wants a person («хочу к гульнаре»,
         * «передайте зарине»): chat to a salon or a clinic names its masters and doctors so */
        /* and one a greeting addresses («спасибо, динара!»: «динара» is also a genitive, which
         * a greeting and a comma do not take) */
        /* (zl_ru_ordinary is not asked of a word the lexicon reads as a name: the generator left
         * every such string out of its set, so a yes there is one of its false positives, 2.3 %
         * of the names: «к наргиз» was refused) */
        bool pop = a->f_pop || ((a->gov_plain || a->addr) && !a->f_ambig) ||
                   (a->f_low && !(lex(a) & (ZL_LX_COMMON | ZL_LX_PLACE)));
        if (!cap(a) && is_f(a) && pop && (!a->f_ambig || a->gov == 2) && a->t.nlet >= 3 &&
            !(lex(a) & ZL_LX_NOTNAME) && (lex(a) & (ZL_LX_NAME_M | ZL_LX_NAME_F)) &&
            (zl_person_form_plain(a->t.key, a->t.klen) || a->gov || a->addr))
            return set(m, 1, a->fg, R_F, 0, 0);
        /* a self-introduction in lower case: a surname the lexicon knows, of a surname's shape
         * (its possessive-adjective reading, «петров», is no reason against it there) */
        if (!cap(a) && a->intro && (lex(a) & LX_SURN) && s_str(a) >= 2 && !a->adj &&
            !(lex(a) & ZL_LX_PLACE) && (!(lex(a) & ZL_LX_COMMON) || possessive_shape(&a->t)))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        if (cap(a) && s_str(a) >= 2 && (cue || cell) &&
            !(a->adj && !(cue & (ZL_CUE_NAME | ZL_CUE_TITLE))) && !(lex(a) & ZL_LX_PLACE))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* an ordinary noun that is a surname too, right after a person's noun in its case */
        if (cap(a) && a->role_noun && !is_f(a) && !(lex(a) & (ZL_LX_PLACE | ZL_LX_NOTNAME)))
            return set(m, 1, 3, R_S, 0, 0);
        if (cap(a) && s_str(a) >= 1 && (cue & ZL_CUE_TITLE))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* «Меня зовут Прия»: the word named by «зовут», «имя» is the name, known or not; also
         * one the ordinary-word set holds, which it does for ~2 % of the names it was never given
         * («Фамилия: Нургалиева») */
        if (cap(a) && (s_str(a) >= 1 || a->ord) && (cue & ZL_CUE_ANY) && !(lex(a) & ZL_LX_PLACE))
            return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        /* a surname alone, where real text has most of them: one the lexicon knows, inside a
         * sentence (or anywhere if it is no ordinary word: "Белоусов уточнил"); one with a
         * surname's suffix inside a sentence ("передать Ивановой"); any capitalised word after
         * a speech verb or a title ("звонил Ноэльсен"). Never a place or an organisation
         * ("в Софию", «Спартак»), nor an adjective-shaped one (-ский: streets, places). */
        if (a->t.kase == ZL_TITLE && a->t.nlet >= 3) {
            uint8_t x = lex(a);
            bool place = (x & ZL_LX_PLACE) != 0, common = (x & ZL_LX_COMMON) != 0;
            if ((x & LX_SURN) && !place && (mid || !common) && s_str(a) >= 1 && !a->adj)
                return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
            if (mid && !place && !common && s_str(a) == 2 && !a->adj)
                return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
            if ((cue & ZL_CUE_SAID) && !place && !common && !a->adj && s_str(a) >= 1)
                return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
            /* after a speech verb, a -ский surname the lexicon lacks («заявил Зеленский»), not
             * an adjective before its noun («сообщил Красноярский краевой суд») */
            if ((cue & ZL_CUE_SAID) && !place && !common && a->adj && (nw == 1 || !cap(b)) &&
                !noun_after(a))
                return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
            /* ... and after a person's preposition («наблюдается у Лиманской», «к Зеленскому»,
             * «с Лиманской»), not «к Красной площади» */
            if (!place && !common && a->adj && (nw == 1 || !cap(b)) && !noun_after(a) &&
                person_prep_before(a))
                return set(m, 1, a->sg ? a->sg : 3, R_S, 0, 0);
        }
        return false;
    }
    if (lat(a)) {
        if (nw >= 3 && c3 == 1 && same_script(w, 3) && is_f(a) &&
            (b->init || (is_f(b) && !b->init && !b->f_weak)) && !c->init && s_str(c) >= 1 &&
            (!a->f_ambig || c->ss >= 2 || any_cue) &&
            (!a->f_weak || c->ss >= 2 || any_cue || !cap_word_after(c)))
            return set(m, 3, 3, R_F, b->init ? R_I : R_M, R_S);
        /* a given name and two capitalised words no list holds that close the name: "Kwame
         * Nkrumah Mensah", "Chimamanda Ngozi Adichie won" (the pair's rule below refuses a
         * foreign given name before two capitals, and the name was cut to its first word); no
         * capitalised word after them (a headline's run) nor a particle ("Nicki Minaj Eau de
         * Parfum") */
        /* after a title the given name may be one no table knows ("Dr. Ama Serwaa Boateng") */
        if (nw >= 3 && c3 == 1 && same_script(w, 3) &&
            ((is_f(a) && !a->f_ambig) || ((cue & ZL_CUE_TITLE) && unlisted_latin(a))) && !b->init &&
            !c->init && unlisted_latin(b) && unlisted_latin(c) && !cap_word_after(c) &&
            !particle_after(c))
            return set(m, 3, 3, R_F, R_M, R_S);
        /* a Vietnamese name's three words: a known surname, a middle name (Văn, Thị, a given
         * name's word) and a capitalised word, which may be one the tables refuse as English
         * ("Nguyen Van An", "Tran Thi Mai", "Le Van Long"); none after them ("Ho Chi Minh City") */
        if (nw >= 3 && c3 == 1 && same_script(w, 3) && abroad_last(a) && !b->init && !c->init &&
            (zl_is(&b->t, "van") || abroad_given(b)) && c->t.kase == ZL_TITLE && !cap_word_after(c))
            return set(m, 3, 3, R_S, R_M, R_F);
        if (nw >= 3 && b->init && c->init && s_str(a) >= 2 && cap(a) && same_script(w, 3))
            return set(m, 3, 3, R_S, R_I, R_I);
        if (nw >= 2 && c2 == 1 && same_script(w, 2) && !b->init) {
            if (is_f(a) && s_str(b) >= 1 && (!a->f_ambig || b->ss >= 2 || any_cue) &&
                (!a->f_weak || b->ss >= 2 || any_cue || !cap_word_after(b)))
                return set(m, 2, 3, R_F, R_S, 0);
            /* an ambiguous first name ("Victoria", "Jordan") inside a sentence before a
             * capitalised word no list holds as an everyday word, a place or a brand, and no
             * third one, nor a preposition of place before it: "keep Victoria Chang in cc"
             * (not "Victoria Station", "Jordan River", "in Austin Tonite") */
            if (mid && is_f(a) && a->f_ambig && b->ss == 1 && !is_f(b) && unlisted_latin(b) &&
                !cap_word_after(b) && !place_prep_before(a))
                return set(m, 2, 3, R_F, R_S, 0);
            if (s_str(a) >= 2 && is_f(b) && !b->f_ambig && !b->f_weak)
                return set(m, 2, 3, R_S, R_F, 0);
            if ((cue & (ZL_CUE_TITLE | ZL_CUE_ANY)) && s_str(a) >= 1 && s_str(b) >= 1)
                return set(m, 2, 3, R_F, R_S, 0);
            /* "Wei Zhang", "Zhang Wei", "Thanh Nguyen": no list has the given name; a known East
             * Asian surname and a capitalised word of no other reading beside it are a pair,
             * unless a third capitalised word follows (a headline, "Ho Chi Minh City") */
            if (abroad_last(b) && !is_f(a) && s_str(a) == 1 && !abroad_last(a) && abroad_given(a) &&
                !cap_word_after(b))
                return set(m, 2, 3, R_F, R_S, 0);
            if (abroad_last(a) && !is_f(b) && s_str(b) == 1 && abroad_given(b) &&
                !cap_word_after(b))
                return set(m, 2, 3, R_S, R_F, 0);
        }
        if (caps_pair(w, nw, cue)) return set(m, 2, 3, R_F, R_S, 0);
        if (cap(a) && is_f(a) && a->t.nlet >= 2 && (a->t.kase != ZL_UPPER || (cue & ZL_CUE_ANY)) &&
            (!(a->f_ambig || a->f_weak) || any_cue ||
             (a->f_weak && !a->f_ambig && listed_with_name(a))))
            return set(m, 1, 3, R_F, 0, 0);
        if (said_name(w, nw, cue, m)) return true;
        if (!cap(a) && is_f(a) && (cue & ZL_CUE_CALLED) && !a->f_ambig)
            return set(m, 1, 3, R_F, 0, 0);
        /* lower-case chat after a title: a surname the table or a suffix knows ("mr. smith"), or
         * a Latin word no English list calls everyday ("dr. patel", "mr okafor"; not "dr. house",
         * "my dr. appointment") */
        if (!cap(a) && (cue & ZL_CUE_TITLE) && a->t.nlet >= 3 &&
            (s_str(a) >= 2 || lower_after_title(a)))
            return set(m, 1, 3, R_S, 0, 0);
        if (cap(a) && s_str(a) >= 1 &&
            ((cue & (ZL_CUE_TITLE | ZL_CUE_ANY)) || ((cue & ZL_CUE_NAME) && a->ss >= 2) ||
             (cell && a->ss >= 2)))
            return set(m, 1, 3, R_S, 0, 0);
        /* news's inverted attribution: '"…," said Okafor.' — a capitalised word right after
         * the speech verb that ends the clause */
        if (cap(a) && a->t.kase == ZL_TITLE && s_str(a) >= 1 && (cue & ZL_CUE_SAID) &&
            !zl_person_calendar(&a->t) && clause_ends(a) && latin_text(a))
            return set(m, 1, 3, R_S, 0, 0);
    }
    return false;
}

/* ---- the recognizer
 * ------------------------------------------------------------------------------------ */

/* «петров звонил вчера», «иванова заболела»: a lower-case word of a surname's shape opening its
 * sentence right before a verb agreeing with it (zl_surname_gender, zl_agreeing_verb: the
 * capitalised opener's tests in tagger.c); chat writes its sentences in lower case too. match
 * wants the lexicon's surname. */
static bool lower_opener(const zs_scan *z, const zl_tok *t) {
    if (t->script != ZL_CYR || t->kase != ZL_LOWER || t->nlet < 5) return false;
    int sex = zl_surname_gender(t);
    if (!sex) return false;
    zl_tok p, x;
    if (zl_prev_word(z->s, z->n, t->s, t->s > 48 ? t->s - 48 : 0, &p) &&
        !(zl_gap(z->s, z->n, p.e, t->s) & (ZL_GAP_NL | ZL_GAP_STOP)))
        return false;
    if (!zl_next_word(z->s, z->n, t->e, t->e + 40 < z->n ? t->e + 40 : z->n, &x) ||
        x.s != t->e + 1 || z->s[t->e] != ' ' || x.script != ZL_CYR || x.kase != ZL_LOWER ||
        x.nlet < 4)
        return false;
    return zl_agreeing_verb(&x, sex);
}

/* «привет, это петров из бухгалтерии», «я иванова, по поводу заказа»: a lower-case word right
 * after «это» or «я» that ends the clause or goes on with «из», «с», «от», «по», «на» (where a
 * self-introduction goes on). «я козлов не люблю», «это волков дело» go on with other words. */
static bool self_intro(const zs_scan *z, const zl_tok *t) {
    static const char *const intro[] = {"это", "я", NULL};
    static const char *const next_ok[] = {"из", "с", "со", "от", "по", "на", NULL};
    if (t->script != ZL_CYR || t->kase != ZL_LOWER || t->nlet < 4) return false;
    /* the bytes first («я », «это »): a look-up of the previous word for every lower-case
     * candidate costs more than the rule */
    const unsigned char *b = z->s + t->s;
    if (!((t->s >= 3 && memcmp(b - 3, "я ", 3) == 0) ||
          (t->s >= 7 && memcmp(b - 7, "это ", 7) == 0)))
        return false;
    zl_tok p, x;
    if (!zl_prev_word(z->s, z->n, t->s, t->s > 16 ? t->s - 16 : 0, &p) ||
        zl_gap(z->s, z->n, p.e, t->s) != ZL_GAP_SPACE || p.kase != ZL_LOWER || !zl_in(&p, intro))
        return false;
    size_t i = t->e;
    while (i < z->n && z->s[i] == ' ')
        i++;
    if (i >= z->n || strchr(",.!?;:)\n\r", z->s[i])) return true;
    return i == t->e + 1 && zl_next_word(z->s, z->n, i, i + 8 < z->n ? i + 8 : z->n, &x) &&
           x.s == i && zl_in(&x, next_ok);
}

static bool only_spaces(const unsigned char *s, size_t n, size_t a, size_t b) {
    unsigned g = zl_gap(s, n, a, b);
    return (g & ~(unsigned)(ZL_GAP_SPACE | ZL_GAP_STOP)) == 0;
}

/* A first name that is also a city ("Владимир") is the city after "в", "из", "г." or next to other
 * city names: "Москва, Казань и Владимир". */
static bool city_word(const zl_tok *t) {
    if (zl_flags(&zl_ru_city, t->key, t->klen) != 0) return true;
    if (t->script == ZL_CYR && (zl_lex_flags(t->key, t->klen, NULL, NULL) & ZL_LX_PLACE))
        return true; /* София, Софию */
    /* a case form: Владимира, Владимире, Ярославлем */
    for (int drop = 1; drop <= 2; drop++) {
        size_t l = t->klen - tail_bytes(t->key, t->klen, drop);
        if (l >= 6 && zl_flags(&zl_ru_city, t->key, l) != 0) return true;
    }
    return false;
}

/* The words after which a city's name is a city («в», «из», «г.»). */
static const char *const city_before[] = {"в",      "во",      "из", "до",    "под",
                                          "через",  "около",   "г",  "город", "городе",
                                          "города", "области", NULL};

/* Nouns of a state's or a town's bodies and offices, right before a place's genitive: «глава
 * Израиля», «суд Милана», «посол Нидерландов», «в аэропорту Рима», «сборной Дании» (a first name's
 * form there is the place: nerel_train, bsnlp_ru_train false spans). */
static const char *const body_before[] = {
    "суд",         "суда",          "судом",         "глава",         "главы",
    "главой",      "правительство", "правительства", "правительству", "правительством",
    "власти",      "властям",       "властями",      "властей",       "посол",
    "посла",       "послом",        "посольство",    "посольства",    "президент",
    "президента",  "президентом",   "премьер",       "премьера",      "сборная",
    "сборной",     "сборную",       "аэропорт",      "аэропорта",     "аэропорту",
    "прокуратура", "прокуратуры",   "прокуратурой",  "мэр",           "мэра",
    "мэрия",       "мэрии",         "жители",        "жителей",       "столица",
    "столицы",     "столице",       "мид",           "парламент",     "парламента",
    NULL};

bool zl_person_city_word_before(const zl_tok *p) {
    return zl_in(p, city_before);
}

/* A capitalised adjective of a place's compound name: «Северная Каролина», «Южной Дакоты»,
 * «Средний Урал», «Новой Зеландии». */
static bool place_adjective(const zl_tok *p) {
    static const char *const heads[] = {"северн", "южн",  "западн", "восточн",   "нов",
                                        "верхн",  "нижн", "средн",  "центральн", NULL};
    static const char *const ends[] = {"ая", "ой", "ую", "ий", "ый",  "ого", "ому", "ом",
                                       "ые", "ых", "ым", "ей", "его", "ему", "ем",  NULL};
    if (p->script != ZL_CYR || p->kase != ZL_TITLE) return false;
    for (int i = 0; heads[i]; i++) {
        size_t l = strlen(heads[i]);
        /* the head and an adjective's ending of one to three letters («Новак» is none) */
        if (p->klen > l && p->klen <= l + 6 && memcmp(p->key, heads[i], l) == 0) {
            for (int j = 0; ends[j]; j++)
                if (p->klen == l + strlen(ends[j]) && zl_ends(p, ends[j])) return true;
            return false;
        }
    }
    return false;
}

/* «Иванова», «Кемерова» after «из»: the genitive of a town in «-о» the city table knows
 * («Иваново»); a surname's genitive stands after «от», «у», «для», not «из». */
static bool neuter_town_after_iz(const zl_tok *t, const zl_tok *p) {
    unsigned char k[ZL_KEY_MAX];
    if (t->script != ZL_CYR || t->klen < 8 || t->klen > sizeof k || !zl_ends(t, "а") ||
        !zl_is(p, "из"))
        return false;
    memcpy(k, t->key, t->klen);
    k[t->klen - 1] = 0xBE; /* «а» D0 B0 -> «о» D0 BE */
    return zl_flags(&zl_ru_city, k, t->klen) != 0;
}

static bool city_context(const zs_scan *z, const zl_tok *t) {
    if (!city_word(t)) return false;
    size_t pos = t->s;
    for (int k = 0; k < 3; k++) {
        zl_tok p;
        if (!zl_prev_word(z->s, z->n, pos, pos > 48 ? pos - 48 : 0, &p)) break;
        if (k == 0 && (zl_in(&p, city_before) || zl_in(&p, body_before) || place_adjective(&p)))
            return true;
        if (city_word(&p)) return true;
        pos = p.s;
    }
    zl_tok nx;
    size_t lim = t->e + 32 < z->n ? t->e + 32 : z->n;
    return zl_next_word(z->s, z->n, t->e, lim, &nx) && city_word(&nx);
}

/* Does the word [s, e) stand alone between quotes? Russian quotes names of clubs, firms and
 * ships, not of people. */
static bool quote_pair(int32_t before, int32_t after) {
    return (before == 0xAB && after == 0xBB) || (before == '"' && after == '"') ||
           (before == 0x201E && after == 0x201C) || (before == 0x201C && after == 0x201D);
}

static bool quoted(const unsigned char *s, size_t n, size_t a, size_t e) {
    size_t len;
    if (a == 0 || e >= n) return false;
    int32_t before = zs_decode(s, n, zs_prev_start(s, a), &len);
    int32_t after = zs_decode(s, n, e, &len);
    if (quote_pair(before, after)) return true;
    /* «У Ларисы», "У Палыча": a café or a shop named «at someone's» */
    if (before == ' ' && a >= 4 &&
        ((s[a - 3] == 0xD0 && s[a - 2] == 0xA3) || (s[a - 3] == 0xD1 && s[a - 2] == 0x83)))
        return quote_pair(zs_decode(s, n, zs_prev_start(s, a - 3), &len), after);
    return false;
}

/* A quoted value of a field that holds a name, in code, JSON or a form a user pastes:
 * `{"firstName": "Мария"}`, `last_name = 'Smith'`, `user.name = "Алексей"`, `"ФИО": "…"`. The word
 * at i opens the value (a quote right before it); the key is the word before the ':' or '='. */
static const char *const name_keys[] = {
    "name",        "firstname",   "fname",        "givenname",  "lastname",   "lname",
    "surname",     "familyname",  "middlename",   "fullname",   "patronymic", "secondname",
    "displayname", "contactname", "customername", "clientname", "personname", "cardholder",
    "holdername",  "имя",         "фамилия",      "отчество",   "фио",        NULL};

/* Whether the key starting at j stands in an object whose own key is a name's: the '{' that
 * opens it (within 256 bytes, over no other brace), then ':' and the key "name". */
/* Back from a value that starts at v (its quote or brace): blanks, ':' or '=', spaces and the
 * key's closing quote; where the key ends, or 0 if no ':' or '=' stands there. */
static size_t key_end_before(const unsigned char *s, size_t v) {
    while (v > 0 && (s[v - 1] == ' ' || s[v - 1] == '\t' || s[v - 1] == '\n' || s[v - 1] == '\r'))
        v--;
    if (v == 0 || (s[v - 1] != ':' && s[v - 1] != '=')) return 0;
    v--;
    while (v > 0 && s[v - 1] == ' ')
        v--;
    if (v > 0 && (s[v - 1] == '"' || s[v - 1] == '\'')) v--;
    return v;
}

static bool in_name_object(const unsigned char *s, size_t n, size_t j) {
    size_t b = j;
    while (b > 0 && j - b < 256 && s[b - 1] != '{' && s[b - 1] != '}')
        b--;
    if (b == 0 || s[b - 1] != '{' || !(b = key_end_before(s, b - 1))) return false;
    zl_tok w;
    return zl_prev_word(s, n, b, b > 24 ? b - 24 : 0, &w) && w.e == b && zl_in(&w, name_keys);
}

/* The ASCII key of the field whose quoted value starts at i, folded without '_' and '-', in key
 * (24 bytes), its bounds in *from and *end: 1; a word before the value's colon instead: 0 (its
 * end in *end); no field: -1. */
static int field_key(const unsigned char *s, size_t n, size_t i, unsigned char *key, size_t *from,
                     size_t *end) {
    if (i < 4 || i > n || (s[i - 1] != '"' && s[i - 1] != '\'')) return -1;
    size_t j = key_end_before(s, i - 1);
    if (!j) return -1;
    /* the key: ASCII letters, digits, '_' and '-' (folded, without '_' and '-'), or a word */
    size_t kl = 0, e = j;
    while (j > 0 && e - j < 32 &&
           (((s[j - 1] | 0x20) >= 'a' && (s[j - 1] | 0x20) <= 'z') ||
            (s[j - 1] >= '0' && s[j - 1] <= '9') || s[j - 1] == '_' || s[j - 1] == '-'))
        j--;
    *from = j;
    *end = e;
    if (j == e) return 0;
    if (j > 0 && s[j - 1] >= 0x80) return -1; /* a word of another script glued on */
    for (size_t k = j; k < e && kl < 23; k++)
        if (s[k] != '_' && s[k] != '-') key[kl++] = (unsigned char)(s[k] | 0x20);
    key[kl] = 0;
    return 1;
}

/* Whether the quoted value at i is a program's generic "name" key's ("name: 'Sign in'"), which
 * names buttons and groups as often as people. */
static bool field_key_generic(const unsigned char *s, size_t n, size_t i) {
    unsigned char key[24];
    size_t j, e;
    return field_key(s, n, i, key, &j, &e) == 1 && strcmp((const char *)key, "name") == 0;
}

bool zl_person_field_value(const unsigned char *s, size_t n, size_t i) {
    unsigned char key[24];
    size_t j, e;
    int got = field_key(s, n, i, key, &j, &e);
    if (got < 0) return false;
    if (got == 1) {
        for (int k = 0; name_keys[k]; k++)
            if (strcmp((const char *)key, name_keys[k]) == 0) return true;
        /* a part's key inside a name's object: {"name": {"first": "Olga", "last": "Smirnova"}} */
        static const char *const parts[] = {"first", "last", "given", "family", "middle", NULL};
        for (int k = 0; parts[k]; k++)
            if (strcmp((const char *)key, parts[k]) == 0) return in_name_object(s, n, j);
        return false;
    }
    zl_tok w;
    return zl_prev_word(s, n, e, e > 24 ? e - 24 : 0, &w) && w.e == e && zl_in(&w, name_keys);
}

/* A table's column headers that name a person: its cells are names whatever they are ("Name",
 * "Full name", "customer_name", «ФИО», «Сотрудник»), compared folded, without spaces, '_', '-',
 * '.' */
static const char *const name_columns[] = {"name",
                                           "fullname",
                                           "firstname",
                                           "lastname",
                                           "surname",
                                           "givenname",
                                           "familyname",
                                           "middlename",
                                           "customer",
                                           "customername",
                                           "client",
                                           "clientname",
                                           "employee",
                                           "employeename",
                                           "contact",
                                           "contactname",
                                           "person",
                                           "personname",
                                           "patient",
                                           "patientname",
                                           "student",
                                           "studentname",
                                           "displayname",
                                           "cardholder",
                                           "имя",
                                           "фамилия",
                                           "отчество",
                                           "фио",
                                           "фамилияимяотчество",
                                           "клиент",
                                           "сотрудник",
                                           "пациент",
                                           "ученик",
                                           "студент",
                                           "получатель",
                                           "покупатель",
                                           "заказчик",
                                           "контакт",
                                           "ответственный",
                                           NULL};

static bool name_column_head(const unsigned char *s, size_t a, size_t b) {
    char f[64], k[64];
    while (a < b && (s[a] == ' ' || s[a] == '\t'))
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
        b--;
    if (b <= a || b - a > 40) return false; /* «Фамилия Имя Отчество» is the longest */
    /* a header starts with a letter, a quote or Markdown's bold '*': a cell of digits or signs
     * names no column of names */
    if (!((s[a] | 0x20) >= 'a' && (s[a] | 0x20) <= 'z') && s[a] != 0xD0 && s[a] != 0xD1 &&
        s[a] != '"' && s[a] != '*')
        return false;
    size_t fl = zs_fold_ctx(s, a, b, f, sizeof f), kl = 0;
    for (size_t i = 0; i < fl; i++)
        if (f[i] != ' ' && f[i] != '_' && f[i] != '-' && f[i] != '.' && f[i] != '"' &&
            f[i] != '\'' && f[i] != '\t' && f[i] != '*')
            k[kl++] = f[i];
    k[kl] = 0;
    for (int i = 0; name_columns[i]; i++)
        if (k[0] == name_columns[i][0] && strcmp(k, name_columns[i]) == 0) return true;
    return false;
}

/* The delimiter of a table's line [a, b): '|', a tab, ';' or ',' (the first of them it holds). */
static unsigned char line_delim(const unsigned char *s, size_t a, size_t b) {
    static const unsigned char order[] = {'|', '\t', ';', ','};
    for (int k = 0; k < 4; k++)
        if (memchr(s + a, order[k], b - a)) return order[k];
    return 0;
}

/* A Markdown table's rule line ("|---|:--:|"). */
static bool rule_line(const unsigned char *s, size_t a, size_t b) {
    bool dash = false;
    for (size_t i = a; i < b; i++) {
        if (s[i] == '-')
            dash = true;
        else if (s[i] != '|' && s[i] != ':' && s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
            return false;
    }
    return dash;
}

/* The bits of the header line [a, b)'s cells that name a person. */
static uint32_t head_mask(const unsigned char *s, size_t a, size_t b, unsigned char d) {
    uint32_t m = 0;
    size_t i = a;
    while (i < b && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (d == '|' && i < b && s[i] == '|') i++;
    for (unsigned k = 0; k < 32 && i <= b; k++) {
        size_t j = i;
        while (j < b && s[j] != d && j - i <= 64)
            j++;
        if (j < b && s[j] != d) return 0; /* a header's cells are short: this is prose */
        if (name_column_head(s, i, j)) m |= 1u << k;
        i = j + 1;
    }
    return m;
}

#define TABLE_LINE_MAX 1024

/* Whether the word at i opens a table's cell (a '|', tab, ';' or ',' delimited line) whose
 * column's header, the first line of the block of such lines, names a person: "Name,Score\n
 * Ivanov,5", "| ФИО | Сумма |\n|---|---|\n| Петров | 500 |". Not in the header itself. */
bool zl_person_name_cell(zs_scan *z, size_t i) {
    const unsigned char *s = z->s;
    size_t n = z->n, a = i;
    /* the cell's start: only spaces or a quote between the delimiter and the word */
    size_t c = i;
    while (c > 0 && (s[c - 1] == ' ' || s[c - 1] == '"' || s[c - 1] == '\''))
        c--;
    if (c > 0 && s[c - 1] != '|' && s[c - 1] != '\t' && s[c - 1] != ';' && s[c - 1] != ',' &&
        s[c - 1] != '\n')
        return false;
    /* a comma and a space is prose's: a CSV's comma is followed by its value or a quote */
    if (c > 0 && s[c - 1] == ',' && s[c] == ' ') return false;
    /* the line's start: read on from where the last call stopped (out of order: read back) */
    if (i >= z->tab_pos) {
        const unsigned char *q;
        for (size_t k = z->tab_pos; k < i && (q = memchr(s + k, '\n', i - k)) != NULL;
             k = z->tab_nl)
            z->tab_nl = (size_t)(q - s) + 1;
        z->tab_pos = i;
        a = z->tab_nl;
    } else {
        while (a > 0 && s[a - 1] != '\n' && i - a < TABLE_LINE_MAX)
            a--;
    }
    /* a table's line is short: a longer one (prose with commas, a minified file) is none, and
     * the walks below stay bounded per word */
    if (a == 0 || i - a >= TABLE_LINE_MAX || s[a - 1] != '\n')
        return false; /* the text's first line (a header), or too long a line */
    /* the line's delimiter and its table's name columns: once per line */
    if (!(z->tab_delim && z->tab_line == a)) {
        size_t lim = a + TABLE_LINE_MAX < n ? a + TABLE_LINE_MAX : n;
        const unsigned char *q = memchr(s + i, '\n', lim - i);
        size_t b = q ? (size_t)(q - s) : lim;
        unsigned char d = !q && lim < n ? 0 : line_delim(s, a, b);
        uint32_t mask = 0;
        /* back through the block's lines to its first, or to the line asked about last */
        size_t la = a, lines = 0;
        bool found = false;
        while (d && la > 0 && lines++ < 4096) {
            size_t pb = la - 1, pa = pb;
            /* the line asked about last is most often the one right before */
            if (z->tab_line < pb && pb - z->tab_line < TABLE_LINE_MAX &&
                !memchr(s + z->tab_line, '\n', pb - z->tab_line))
                pa = z->tab_line;
            else
                while (pa > 0 && s[pa - 1] != '\n' && pb - pa < TABLE_LINE_MAX)
                    pa--;
            if (pa > 0 && s[pa - 1] != '\n') break;
            if (z->tab_delim == d && z->tab_line == pa) {
                if (z->tab_head && !z->tab_known) { /* the header asked before any row */
                    size_t hb = pa;
                    while (hb < n && s[hb] != '\n' && hb - pa < TABLE_LINE_MAX)
                        hb++;
                    z->tab_mask = head_mask(s, pa, hb, d);
                }
                mask = z->tab_mask;
                found = true;
                break;
            }
            if (!(d == '|' && rule_line(s, pa, pb)) && line_delim(s, pa, pb) != d) break;
            la = pa;
        }
        if (d && !found && la != a) { /* the block's first line is its header */
            size_t hb = la;
            while (hb < n && s[hb] != '\n' && hb - la < TABLE_LINE_MAX)
                hb++;
            mask = head_mask(s, la, hb, d);
        }
        z->tab_line = a;
        z->tab_delim = d ? d : 1; /* 1: no table's line (asked, not to be asked again) */
        z->tab_mask = d ? mask : 0;
        z->tab_head = d && !found && la == a; /* the header's own cells are no names */
        z->tab_known = !z->tab_head;
    }
    uint32_t mask = z->tab_mask;
    unsigned char d = z->tab_delim;
    if (!mask || z->tab_head) return false;
    /* the cell's column */
    unsigned col = 0;
    size_t j = a;
    while (j < c && (s[j] == ' ' || s[j] == '\t'))
        j++;
    if (d == '|' && j < c && s[j] == '|') j++;
    for (; j < c; j++)
        if (s[j] == d && ++col >= 32) return false;
    if (!((mask >> col) & 1)) return false;
    /* a summary row's label or an empty value's word, not a name */
    static const char *const not_names[] = {"total", "subtotal", "sum",   "average", "avg",
                                            "none",  "null",     "nil",   "unknown", "итого",
                                            "всего", "среднее",  "сумма", "нет",     NULL};
    zl_tok w;
    return !(zl_next_word(s, n, i, i + 32 < n ? i + 32 : n, &w) && w.s == i &&
             zl_in(&w, not_names));
}

/* How far under the tagger's threshold a Latin word after an initial, a surname by its capital
 * only, must score to be no surname (shipped weights of 3 Dec 2026: "J. Noelsen" -245, "B. Your"
 * -435, "I. Both" -327, "U.K. Offering" -474). */
#define INITIAL_MARGIN 300

/* Chat addresses people by name: the one word between a greeting or a wish and the clause's end
 * («Привет, Слава!», «Спасибо, Вера», «Доброе утро, Надежда», «привет, Светик!», «С днём
 * рождения, Роза!», «Поздравляю, Вера!», "Congrats, Grace!") or a clause's
 * first word before a comma and a greeting, a "you" or a request («Вера, вы где?», «Светик,
 * привет», «Лев, подскажите»). There a first name that is also a word («Слава», «Вера») and an
 * affectionate form OpenCorpora reads as a noun («Светик», «Толик») are names. Not «Слава богу»,
 * «Любовь, как известно, зла», «Надежда, что всё получится, есть». */
static const char *const greet_before[] = {
    "привет",          "приветик",    "приветствую", "здравствуй", "здравствуйте", "хай",
    "салют",           "спасибо",     "благодарю",   "пока",       "утро",         "день",
    "вечер",           "ночи",        "hi",          "hello",      "hey",          "thanks",
    "morning",         "afternoon",   "evening",     "bye",        "night",        "congrats",
    "congratulations", "birthday",    "bday",        "рождения",   "поздравляю",   "поздравляем",
    "праздником",      "наступающим", NULL};
static const char *const address_after[] = {
    "привет", "приветик", "здравствуй", "здравствуйте", "хай",      "салют", "пока", "добрый",
    "доброе", "доброй",   "спасибо",    "пожалуйста",   "ты",       "вы",    "тебе", "вам",
    "тебя",   "вас",      "можно",      "слушай",       "слушайте", "you",   "are",  "can",
    "could",  "please",   "thanks",     "hi",           "hello",    "hey",   NULL};

static size_t skip_blanks(const unsigned char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* "Thank you, Hope!" */
static bool thank_before(const unsigned char *s, size_t n, size_t i) {
    zl_tok x;
    return zl_prev_word(s, n, i, i > 12 ? i - 12 : 0, &x) && zl_is(&x, "thank");
}

bool zl_person_greeting(const unsigned char *s, size_t a, size_t b) {
    zl_tok x;
    return zl_next_word(s, b, a, b, &x) && x.s == a && x.e == b && zl_in(&x, greet_before);
}

static bool vocative(const zs_scan *z, const zl_tok *t) {
    const unsigned char *s = z->s;
    size_t n = z->n, a = skip_blanks(s, n, t->e), b = t->s;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    zl_tok x;
    if (b > 0 && s[b - 1] == ',') {
        /* after a greeting, and the clause ends with the name */
        if (a < n && !strchr("!?.,;)\r\n", s[a])) return false;
        return zl_prev_word(s, n, b - 1, b > 24 ? b - 24 : 0, &x) && x.kase != ZL_UPPER &&
               skip_blanks(s, n, x.e) == b - 1 &&
               (zl_in(&x, greet_before) || (zl_is(&x, "you") && thank_before(s, n, x.s)));
    }
    /* the clause's first word, then a comma and the word that says it is an address */
    if (b > 0 && !strchr("!?.\r\n", s[b - 1])) return false;
    if (a >= n || s[a] != ',') return false;
    if (!zl_next_word(s, n, a + 1, a + 40 < n ? a + 40 : n, &x) || skip_blanks(s, n, a + 1) != x.s)
        return false;
    /* a request to the one addressed: «Лен, позвони мне», «Свет, глянь почту» («лён», «свет» are
     * words, but no word is told to call) */
    static const char *const asked_to[] = {"глянь",   "посмотри", "скинь",  "подскажи", "помоги",
                                           "зайди",   "проверь",  "пришли", "перешли",  "забери",
                                           "напомни", "позвони",  "набери", "ответь",   NULL};
    return zl_in(&x, address_after) || zl_person_gov_verb(&x) || zl_in(&x, asked_to) ||
           (x.kase == ZL_LOWER && x.nlet >= 5 &&
            (zl_ends(&x, "ите") || zl_ends(&x, "йте"))); /* «подскажите», «передайте» */
}

/* The clause's first word, then a comma and a lower-case word, or a '!' or '?': «Сань,
 * перезвони», «Оль!». */
static bool clause_first_comma(const zs_scan *z, const zl_tok *t) {
    const unsigned char *s = z->s;
    size_t n = z->n, a = skip_blanks(s, n, t->e), b = t->s;
    while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    if (b > 0 && !strchr("!?.,\r\n", s[b - 1])) return false;
    if (a >= n) return false;
    if (s[a] == '!' || s[a] == '?') return true;
    if (s[a] != ',') return false;
    zl_tok x;
    return zl_next_word(s, n, a + 1, a + 40 < n ? a + 40 : n, &x) &&
           skip_blanks(s, n, a + 1) == x.s && x.kase == ZL_LOWER;
}

/* The verbs a request to an assistant opens with: "Explain Newton's laws" is no «Explain
 * Newton», surname first. */
static const char *const request_verbs[] = {
    "explain", "write",    "summarize", "summarise", "translate", "compare", "draft",     "give",
    "create",  "describe", "list",      "generate",  "fix",       "convert", "rewrite",   "help",
    "find",    "show",     "review",    "edit",      "plan",      "suggest", "calculate", "define",
    "outline", "prepare",  "compose",   "analyze",   "analyse",   "check",   "make",      NULL};

static bool surname_after_prep(const zl_tok *p, const zl_tok *t);
static bool surname_undeclined(const zl_tok *p, const zl_tok *t);
static bool surname_with(const zs_scan *z, const zl_tok *p, pw *w);

/* A lower-case word's verb's or adjective's ending: OpenCorpora's ordinary-word set holds
 * nominatives and small words only («борис сказал», «олей придём», «саша новый», «маша напиши»,
 * «игорь находится», «с лизой песню», «к коле зайду»). */
static bool verb_or_adj_tail(const zl_tok *x) {
    static const char *const tails[] = {
        "л",  "ла", "ло", "ли", "лся", "лась", "лись", "ть",  "ться", "ет",  "ёт", "ит",
        "ут", "ют", "ат", "ят", "ем",  "ём",   "им",   "ешь", "ишь",  "ый",  "ий", "ой",
        "ая", "яя", "ое", "ее", "ые",  "ие",   "ого",  "его", "ому",  "ему", "ым", "ых",
        "их", "ую", "юю", "и",  "ай",  "ей",   "яй",   "уй",  "юй",   "те",  "ся", "сь",
        "ю",  "ду", "чу", "жу", "шу",  "щу",   "ну",   NULL};
    for (int k = 0; tails[k]; k++)
        if (zl_ends(x, tails[k])) return true;
    return false;
}

/* «борис джонсон», «мариной уилер»: lower-case text writes a foreign surname after its first
 * name where no table knows it as a surname («джонсон» is a first name to OpenCorpora, «уилер»
 * nothing), and taking the first name alone would leave the surname in the clear. The next
 * lower-case Cyrillic word joins the first name when no reading of it is an ordinary word, a
 * place or a body («борис сказал», «маша тоже», «сергей москва» stay apart). */
static bool lower_surname_next(const pw *w, int nw) {
    if (nw < 2 || w[1].init) return false;
    const zl_tok *x = &w[1].t;
    if (x->kase != ZL_LOWER || x->script != ZL_CYR || x->nlet < 3 || !x->klen) return false;
    uint8_t f = zl_lex_flags(x->key, x->klen, NULL, NULL);
    /* or a surname the lexicon knows, of a surname's shape («лене смирновой», after a given
     * name that is also a river's and a word's) */
    static const char *const shaped[] = {"ов",   "ова",   "ову",  "овой", "овым", "ове",  "ев",
                                         "ева",  "еву",   "евой", "евым", "еве",  "ин",   "ина",
                                         "ину",  "иной",  "иным", "ине",  "ский", "ская", "ского",
                                         "ской", "скому", "ским", "скую", NULL};
    if ((f & (ZL_LX_SURN_M | ZL_LX_SURN_F)) && !(f & (ZL_LX_PLACE | ZL_LX_NOTNAME)) &&
        x->nlet >= 5) {
        for (int k = 0; shaped[k]; k++)
            if (zl_ends(x, shaped[k])) return true;
    }
    if (f & (ZL_LX_COMMON | ZL_LX_PLACE | ZL_LX_NOTNAME)) return false;
    return !verb_or_adj_tail(x) && !zl_ru_ordinary(x->key, x->klen);
}

/* The cases a folded word's ending allows (1 nominative, 2 genitive, 4 dative, 8 accusative, 16
 * instrumental, 32 prepositional). A person's noun (a role, a trade, a family member, a title):
 * «мастер» 1, «мастера» / «сестра» 1|2|8, «мастеру» / «сестру» 4|8, «мастером» 16, «мастере» /
 * «сестре» 4|32, «сестрой» 2|4|16|32, «сестры» 2. */
static unsigned noun_cases(const zl_tok *p) {
    static const struct {
        const char *tail;
        unsigned cases;
    } tails[] = {{"ом", 16},
                 {"ем", 16},
                 {"ём", 16},
                 {"ой", 2 | 4 | 16 | 32},
                 {"ей", 2 | 4 | 16 | 32},
                 {"ою", 16},
                 {"ею", 16},
                 {"а", 1 | 2 | 8},
                 {"я", 1 | 2 | 8},
                 {"у", 4 | 8},
                 {"ю", 4 | 8},
                 {"е", 4 | 32},
                 {"ы", 2},
                 {"и", 2}};
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++)
        if (zl_ends(p, tails[k].tail)) return tails[k].cases;
    /* a consonant or «ь»: a masculine noun's nominative («врач», «водитель», «господин») */
    return p->klen && !zl_ends(p, "о") && !zl_ends(p, "ё") && !zl_ends(p, "э") ? 1 : 0;
}

/* A surname of the -ов, -ев, -ин, -ын kind in this form, either sex: the length of its stem before
 * the suffix (0: no such form), and the cases the form has: «белов» 1, «белова» 1|2|8, «белову»
 * 4|8, «беловым» 16, «белове» 32, «беловой» 2|4|16|32. */
static size_t surname_split(const zl_tok *t, unsigned *cases) {
    static const char *const stems[] = {"ов", "ев", "ин", "ын", NULL}; /* a key has «е» for «ё» */
    static const struct {
        const char *tail;
        unsigned cases;
    } tails[] = {{"", 1},    {"а", 1 | 2 | 8}, {"у", 4 | 8},
                 {"ым", 16}, {"е", 32},        {"ой", 2 | 4 | 16 | 32}};
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t l = strlen(tails[k].tail);
        if (t->klen < l + 8 || memcmp(t->key + t->klen - l, tails[k].tail, l) != 0) continue;
        for (int j = 0; stems[j]; j++)
            if (memcmp(t->key + t->klen - l - 4, stems[j], 4) == 0) {
                *cases = tails[k].cases;
                return t->klen - l - 4;
            }
    }
    *cases = 0;
    return 0;
}

/* The cases of a surname of the -ов, -ев, -ин, -ын kind in this form (surname_split), or 0. */
static unsigned surname_cases(const zl_tok *t) {
    unsigned c;
    surname_split(t, &c);
    return c;
}

/* Whether the Cyrillic word of w, of no reading in the lexicon, is a surname made of a first name
 * the lexicon knows, in any case (Хасанов of Хасан, Абдуллаев of Абдулла, Хабибуллина of
 * Хабибулла): OpenCorpora lacks most Tatar, Bashkir and Caucasian surnames, which are of that
 * kind. A noun's plural genitive of the same shape has no first name for its stem («финансов»,
 * «проектов»; «талибов»: Талиб is also a noun, which the lexicon's COMMON says). */
static bool name_stem_surname(pw *w) {
    const zl_tok *t = &w->t;
    if (t->script != ZL_CYR || t->nlet < 5 || lex(w) || is_f(w) || is_p(w)) return false;
    unsigned cases;
    size_t sl = surname_split(t, &cases);
    if (sl < 6) return false; /* three letters of a stem at least */
    unsigned char stem[ZL_KEY_MAX];
    memcpy(stem, t->key, sl);
    /* «хасан|ов», «абдулла|ев» as they are; «хабибулл|ин»: Хабибулла */
    if (!memcmp(t->key + sl, "ин", 4) || !memcmp(t->key + sl, "ын", 4))
        memcpy(stem + sl, "а", 2), sl += 2;
    int f = zl_flags(&zl_ru_lex, stem, sl);
    return (f & (ZL_LX_NAME_M | ZL_LX_NAME_F)) && !(f & (ZL_LX_COMMON | ZL_LX_NOTNAME));
}

/* Whether the lower-case Cyrillic word t follows « и » right after a PERSON span found, and shares
 * a case with that span's last word, as a first name's (a noun's) or a surname's cases:
 * «позвони петрову и сидорову», «скажи диме и саше», «у иванова и петровой». */
static bool and_person_case(const zs_scan *z, const zl_tok *t) {
    const unsigned char *s = z->s;
    if (t->s < 6 || s[t->s - 1] != ' ' || s[t->s - 2] != 0xB8 || s[t->s - 3] != 0xD0 ||
        s[t->s - 4] != ' ' || !zl_tagger_person_before(z, t->s - 4))
        return false;
    zl_tok p;
    if (!zl_prev_word(s, z->n, t->s - 4, t->s > 52 ? t->s - 52 : 0, &p) || p.e != t->s - 4 ||
        p.script != ZL_CYR)
        return false;
    unsigned pc = noun_cases(&p) | surname_cases(&p), tc = noun_cases(t) | surname_cases(t);
    return (pc & tc) != 0;
}

/* The weak cues that are no person's noun. */
static const char *const not_nouns[] = {"это", "я", "меня", "для", NULL};

/* Whether the lower-case Cyrillic word t comes right after a person's noun p (a role, a trade, a
 * family member, a title: the cue's word, not «это», «я», «для») and shares its case: «к мастеру
 * беловой», «у врача кузнецовой», «с президентом путиным», «директор кузнецов». There the
 * ordinary word the lexicon also reads in a surname's form (a possessive adjective: «путиным»,
 * «иванову»; «беловой») would not agree with the noun as a surname does. Bit 1: t agrees as a
 * surname; bit 2: as a first name, which declines as a noun does («администратору кате»). */
static unsigned role_case_agrees(const zs_scan *z, const zl_tok *t) {
    zl_tok p;
    if (!zl_prev_word(z->s, z->n, t->s, t->s > 48 ? t->s - 48 : 0, &p) ||
        zl_gap(z->s, z->n, p.e, t->s) != ZL_GAP_SPACE || p.script != ZL_CYR || p.nlet < 3 ||
        zl_in(&p, not_nouns))
        return 0;
    unsigned pc = noun_cases(&p);
    return ((pc & surname_cases(t)) ? 1u : 0u) | ((pc & noun_cases(t)) ? 2u : 0u);
}

enum { NOUN_ANY_CASE = 1 | 2 | 4 | 8 | 16 | 32 };

/* The cases a surname that is also a masculine noun («Мельник», «Кузнец», «Соловей», «Лебедь»)
 * has in this form: a man's declines as the noun does, a woman's not at all, so the plain form
 * may be any case; 0 for an adjective's ending («Скорой», «Главный»). Not tagger.c's adj_like:
 * -ей is such a noun's plain form here («Соловей», «Муравей»). */

static unsigned noun_surname_cases(const zl_tok *t) {
    static const char *const adj[] = {"ой", "ый", "ий",  "ая",  "яя",  "ое",  "ее",
                                      "ые", "ие", "ого", "его", "ому", "ему", "ым",
                                      "им", "ую", "юю",  "ых",  "их",  NULL};
    for (int k = 0; adj[k]; k++)
        if (zl_ends(t, adj[k])) return 0;
    if (zl_ends(t, "ом") || zl_ends(t, "ем") || zl_ends(t, "ём")) return 16;
    if (zl_ends(t, "а") || zl_ends(t, "я")) return 2 | 8;
    if (zl_ends(t, "у") || zl_ends(t, "ю")) return 4;
    if (zl_ends(t, "е")) return 32;
    if (zl_ends(t, "о") || zl_ends(t, "и") || zl_ends(t, "ы") || zl_ends(t, "э")) return 0;
    return NOUN_ANY_CASE;
}

/* Whether the capitalised Cyrillic word t comes right after a person's noun p (a space or a dash
 * between) and can share its case as a surname that is also a noun: «Менеджер Мельник
 * ответит», «у мастера Коваля», «Ваш менеджер — Гончар»; not a genitive that names whose the
 * person is («Менеджер Яндекса», «мастер Спорта»). */
static bool role_noun_agrees(const zs_scan *z, const zl_ctx *cx, const zl_tok *t) {
    zl_tok p;
    if (!zl_prev_word(z->s, z->n, t->s, t->s > 48 ? t->s - 48 : 0, &p) || p.e != cx->cue_end ||
        p.script != ZL_CYR || p.nlet < 3 || p.kase == ZL_UPPER || zl_in(&p, not_nouns) ||
        /* an adjective's ending the cue's stem took («Поэтому» of «поэт») */
        zl_ends(&p, "ому") || zl_ends(&p, "ему") || zl_ends(&p, "ого") || zl_ends(&p, "его"))
        return false;
    unsigned g = zl_gap(z->s, z->n, p.e, t->s), tc = noun_surname_cases(t);
    /* a noun's -ы, -и is a plural's too («командиры Корпуса»): then only a woman's surname, which
     * does not decline («у медсестры Волк») */
    if ((zl_ends(&p, "ы") || zl_ends(&p, "и")) && tc != NOUN_ANY_CASE) return false;
    return (g == ZL_GAP_SPACE || g == ZL_GAP_DASH) && (noun_cases(&p) & tc);
}

/* A field's "Last, First" value whose surname is no name part of its own, an everyday word too
 * ("Patient: DOE, JANE"): the given name the tables know vouches for it. The given name's end
 * (zl_tagger_field_given), or 0. */
static size_t field_surname_of(zs_scan *z, pw *w) {
    size_t to = zl_tagger_field_given(z, &w->t); /* the colon before it, its known given name */
    if (!to || !cap(w) || w->t.nlet < 2 || (lex(w) & ZL_LX_PLACE) ||
        (lat(w) && zl_flags(&zl_en_notlone, w->t.key, w->t.klen)))
        return 0;
    return to;
}

/* (from the bytes first: ", " right after the word, a space before it) */
static inline size_t field_surname(zs_scan *z, pw *w) {
    size_t e = w->t.e;
    return e + 2 < z->n && z->s[e] == ',' && z->s[e + 1] == ' ' && w->t.s >= 2 &&
                   z->s[w->t.s - 1] == ' '
               ? field_surname_of(z, w)
               : 0;
}

/* Whether a disease's noun stands right before t («болезнь Паркинсона», «болезни Альцгеймера»,
 * «синдромом Туретта»): a topic's surname there names the disease. */
static bool eponym_head(const zs_scan *z, const zl_tok *t) {
    zl_tok p;
    if (t->s < 2 || z->s[t->s - 1] != ' ' ||
        !zl_prev_word(z->s, z->n, t->s, t->s > 48 ? t->s - 48 : 0, &p) || p.e + 1 != t->s)
        return false;
    return p.script == ZL_CYR && (zl_starts(&p, "болезн") || zl_starts(&p, "синдром"));
}

/* An everyday English word no name table holds ("Sign", "Developers", "Attach"): a program's
 * or a form's "name" key before it names a button, a group or a step, not a person. */
static bool plain_word(const zl_tok *t) {
    return t->script == ZL_LAT && t->klen && zl_en_ordinary(t->key, t->klen) &&
           !zl_flags(&zl_en_first, t->key, t->klen) && !zl_flags(&zl_en_last, t->key, t->klen);
}

/* Whether p, capitalised, opens its sentence with an imperative's shape (-и, -й, -ь, -ите, -йте)
 * and has no name's reading: a request to an assistant and its object follows («Перескажи
 * Толстого», «Сравни Толстого с Достоевским»), which is inside the sentence as after a
 * lower-case word. */
static bool imperative_opener(const zs_scan *z, const zl_tok *p) {
    if (p->script != ZL_CYR || p->kase != ZL_TITLE || p->nlet < 4 || !zl_imperative_end(p) ||
        !zl_opens_at(z->s, p->s))
        return false;
    return !(zl_lex_flags(p->key, p->klen, NULL, NULL) &
             (ZL_LX_NAME_M | ZL_LX_NAME_F | ZL_LX_SURN_M | ZL_LX_SURN_F)) &&
           !zl_flags(&zl_ru_first, p->key, p->klen);
}

static size_t try_at(zs_scan *z, zl_ctx *cx, const zl_tok *t, int cue, unsigned gap_before) {
    if (t->script == ZL_LAT && t->kase == ZL_TITLE && zl_in(t, request_verbs)) return 0;
    pw w[MAXW];
    init_word(&w[0], t, z, false);
    if (cap(&w[0])) { /* before is_f: analyse_ru_first reads them */
        w[0].addr = vocative(z, t);
        w[0].addr_cut = !w[0].addr && clause_first_comma(z, t);
        w[0].role_noun = cyr(&w[0]) && (cue & (ZL_CUE_ROLE | ZL_CUE_WEAK | ZL_CUE_TITLE)) &&
                         !(cue & ZL_CUE_VIA) && cx->cue_end < t->s && t->s - cx->cue_end <= 5 &&
                         w[0].t.nlet >= 3 && s_str(&w[0]) < 2 &&
                         (w[0].ord || (lex(&w[0]) & ZL_LX_COMMON)) && role_noun_agrees(z, cx, t);
    } else if (t->script == ZL_CYR && t->s >= 2 && z->s[t->s - 2] == ',' && z->s[t->s - 1] == ' ') {
        /* lower case: after a greeting and its comma only («спасибо, гульнара!») */
        w[0].addr = vocative(z, t);
    }
    int nw = 1;
    size_t field_to = 0;
    /* the value of a name's field is a name whatever it is, as after «Имя:» */
    bool field = (zl_person_field_value(z->s, z->n, t->s) &&
                  !(plain_word(t) && field_key_generic(z->s, z->n, t->s))) ||
                 zl_person_name_cell(z, t->s);
    if (field) cue |= ZL_CUE_NAME | ZL_CUE_CALLED | ZL_CUE_ANY;
    if (!cue && w[0].addr && is_f(&w[0]) && w[0].f_ambig) cue = ZL_CUE_WEAK;
    if (!cue && (w[0].addr || w[0].addr_cut) && is_f(&w[0]) && w[0].f_cut) cue = ZL_CUE_WEAK;
    if (!cue && !w[0].init && !is_f(&w[0]) && s_str(&w[0]) < 2 && !is_p(&w[0])) {
        /* a capitalised word that is no name part of its own: only "S F ...", "S I I" remain */
        nw = read_more(z, w, 1, 2, false);
        if ((nw < 2 || !(w[1].init || is_f(&w[1]) || abroad_last(&w[0]) || abroad_last(&w[1]) ||
                         (cyr(&w[0]) && w[1].t.kase == ZL_TITLE && is_p(&w[1])))) &&
            !(field_to = field_surname(z, &w[0])))
            return 0;
    }
    nw = read_more(z, w, nw, MAXW, false);
    /* a table cell: a line or cell separator (or the text's start) before, and after */
    size_t after = w[0].end;
    while (after < z->n && (z->s[after] == ' ' || z->s[after] == '\t'))
        after++;
    bool cell_after = after >= z->n || z->s[after] == ';' || z->s[after] == '|' ||
                      z->s[after] == '\t' || z->s[after] == '\n' || z->s[after] == '\r' ||
                      z->s[after] == ',';
    bool cell = (gap_before & (ZL_GAP_NL | ZL_GAP_CELL)) && cell_after;
    pmatch m;
    bool mid = !(gap_before & (ZL_GAP_NL | ZL_GAP_STOP | ZL_GAP_QUOTE | ZL_GAP_COLON | ZL_GAP_DASH |
                               ZL_GAP_CELL | ZL_GAP_OTHER | ZL_GAP_DIGIT));
    if (mid && cx->prev.e && cx->prev.e <= t->s) {
        /* after a capitalised word the name would have been read from there, or that word is a
         * place or a name a street is named after ("России Путин", "улице Льва Толстого") */
        zl_tok p = cx->prev;
        zl_wcache_fold(z->sc ? z->sc->wc : NULL, z->s, z->n, &p);
        static const char *const street_prep[] = {"на", "по", NULL};
        mid = (p.kase != ZL_TITLE && p.kase != ZL_MIXED &&
               !zl_in(&p, street_prep)) || /* "на Ленина": a street named after him */
              imperative_opener(z, &p);
    }
    if (zl_person_place_prefix(z, &w[0].t)) return 0;
    if (w[0].t.kase == ZL_LOWER) {
        /* only a form that is also an ordinary word needs the grammar around it */
        if (!zl_person_form_plain(w[0].t.key, w[0].t.klen))
            w[0].gov = (uint8_t)zl_person_governed(z, &w[0].t);
        else
            w[0].gov_plain = zl_person_governed(z, &w[0].t) != 0;
        zl_tok p;
        /* 3: a surname's case form right after a verb of calling, telling or giving, or after
         * the prepositions of a person's dative and genitive («к иванову», «у петровой») */
        /* (a weak cue too: «для» is one, «доставка для ивановой») */
        /* 4: a surname that does not decline after those prepositions («у шевчук») */
        if (!w[0].gov && !strong_cue(cue) && cyr(&w[0]) &&
            zl_prev_word(z->s, z->n, t->s, t->s > 48 ? t->s - 48 : 0, &p) &&
            zl_gap(z->s, z->n, p.e, t->s) == ZL_GAP_SPACE) {
            if (zl_person_gov_verb_before(z, &p) || surname_after_prep(&p, &w[0].t) ||
                surname_with(z, &p, &w[0]) || zl_person_booked_for(z, &p, &w[0].t))
                w[0].gov = 3;
            else if (!cap(&w[0]) && surname_undeclined(&p, &w[0].t))
                w[0].gov = 4;
        }
        w[0].intro = self_intro(z, &w[0].t) || lower_opener(z, &w[0].t);
        bool role =
            cyr(&w[0]) && (cue & (ZL_CUE_ROLE | ZL_CUE_WEAK | ZL_CUE_TITLE)) && !(cue & ZL_CUE_VIA);
        unsigned agree = role ? role_case_agrees(z, &w[0].t) : 0;
        w[0].role_case = agree & 1;
        w[0].first_case = (agree & 2) != 0;
        w[0].initials = cyr(&w[0]) && zl_person_lower_initials(z->s, z->n, w[0].end) > w[0].end;
        w[0].and_case = cyr(&w[0]) && !cue && and_person_case(z, &w[0].t);
    }
    if (!field_to && !match(w, nw, cue, cell, mid, false, &m) &&
        !(field_to = field_surname(z, &w[0])))
        return 0;
    if (field_to) set(&m, 1, 3, R_S, 0, 0); /* the field's surname alone; its given name below */
    /* asked of a match only: most capitalised words are none */
    if (zl_person_in_title(z, &w[0].t)) return 0;
    if (m.nw == 1 && m.role[0] == R_F && !(cue & (ZL_CUE_NAME | ZL_CUE_TITLE)) && cyr(&w[0]) &&
        city_context(z, &w[0].t))
        return 0;
    /* «в штате Вирджиния», «города Иванова»: one capitalised word after the noun of a place's
     * kind, or a place's prepositional after «в» («в Фергюсоне»); lower-case chat reads a name a
     * word at a time («района василий кричун») */
    if (m.nw == 1 && !(cue & (ZL_CUE_NAME | ZL_CUE_TITLE)) && cyr(&w[0]) && cap(&w[0])) {
        zl_tok p;
        if (zl_prev_word(z->s, z->n, t->s, t->s > 48 ? t->s - 48 : 0, &p) &&
            zl_person_place_word(z, &p, &w[0].t))
            return 0;
    }
    if (lat(&w[0])) {
        /* "Stanford University", "Morgan Hospital": a school's or a firm's name */
        zl_tok x;
        for (int i = 0; i < m.nw; i++)
            if (zl_en_org(&w[i].t) || zl_en_office(z, &w[i].t)) return 0;
        /* "German Chancellor Olaf Scholz": a word right before a title of office qualifies it */
        if (word_right_after(&w[m.nw - 1], &x) && (zl_en_org(&x) || zl_en_office(z, &x))) return 0;
    }
    /* "time in Harrison", "back to Kent": a lone Latin name word where English puts a place;
     * "won an Oscar": where it puts a thing */
    if (m.nw == 1 && lat(&w[0]) && !(cue & (ZL_CUE_NAME | ZL_CUE_TITLE | ZL_CUE_CALLED)) &&
        (zl_en_place_before(z, &w[0].t) || zl_en_article_before(z, &w[0].t)))
        return 0;
    /* «124 лида», «5 марта»: after a number a lower-case word is what is counted */
    if (m.nw == 1 && !cap(&w[0]) && !cue && (gap_before & ZL_GAP_DIGIT)) return 0;
    /* "Jimmy Fallon Talks About His Show": a headline's word that only its capital made the
     * surname of a first name, a middle name and a surname */
    if (m.nw == 3 && lat(&w[0]) && m.role[1] == R_M && w[2].ss < 2 &&
        zl_tagger_title_filler(z, &w[0].t, &w[2].t)) {
        m.nw = 2;
        m.role[1] = R_S;
        m.role[2] = R_NONE;
    }
    size_t end = w[m.nw - 1].end;
    if (m.nw == 1 && m.role[0] == R_F && cyr(&w[0]) && !cap(&w[0]) && lower_surname_next(w, nw))
        end = w[1].end;
    /* a lower-case surname's initials after it («ивановой о.п.») */
    if (m.role[m.nw - 1] == R_S && cyr(&w[m.nw - 1]) && !cap(&w[m.nw - 1]))
        end = zl_person_lower_initials(z->s, z->n, end);
    if (m.nw == 1 && !field && quoted(z->s, z->n, w[0].t.s, end))
        return 0; /* «Спартак»: a club, a ship */
    /* a first name that is a club far more often, alone and with no cue naming it («Спартак
     * выиграл», «тренером Спартака»; not «Меня зовут Спартак», «Спартак Мишулин») */
    if (m.nw == 1 && !(cue & (ZL_CUE_NAME | ZL_CUE_CALLED)) && zl_person_club(&w[0].t)) return 0;
    /* a sensitive topic's word alone, no cue naming it («вирусы Эбола и Зика»): zl_topic's; not
     * a surname («Цыганков»), unless a disease's noun names it, whatever cue stands before that
     * («у бабушки болезнь Паркинсона»), a given name the tables know, nor one that is also an
     * ordinary word, which the topic's reading does not outweigh («госпитализации Ислама») */
    if (m.nw == 1 && w[0].t.klen && zl_topic_word(w[0].t.key, w[0].t.klen, w[0].t.nlet) &&
        ((!cue && m.role[0] != R_S) || eponym_head(z, &w[0].t)) &&
        !zl_flags(&zl_ru_first, w[0].t.key, w[0].t.klen) &&
        !zl_flags(&zl_en_first, w[0].t.key, w[0].t.klen) &&
        !(zl_lex_flags(w[0].t.key, w[0].t.klen, NULL, NULL) & ZL_LX_COMMON))
        return 0;
    /* a title or a name cue says more than news-trained weights do ("Dr. Cox", «меня зовут») */
    if (m.nw == 1 && m.role[0] == R_S && !(cue & (ZL_CUE_NAME | ZL_CUE_TITLE | ZL_CUE_CALLED)) &&
        zl_tagger_vetoes(z, &w[0].t))
        return 0;
    /* "Plan B. Your order", "with I. Both", "the U.K. Offering": a capital letter and a full stop
     * end a sentence as often as they make an initial; a Latin word after them that only its
     * capital makes a surname must be one the weights do not rule out */
    pw *sw = &w[m.nw - 1];
    /* "P.O. Box 123": initials before "Box" are a post office's, not a person's */
    if (m.role[0] == R_I && lat(sw) && zl_is(&sw->t, "box")) return 0;
    if (m.role[0] == R_I && m.role[m.nw - 1] == R_S && lat(sw) && sw->ss == 1 &&
        !(cue & (ZL_CUE_NAME | ZL_CUE_TITLE | ZL_CUE_CALLED)) &&
        zl_tagger_below(z, &sw->t, INITIAL_MARGIN))
        return 0;
    /* «Рфпл», «Кхл»: an abbreviation written with one capital */
    if (m.nw == 1 && !(cue & (ZL_CUE_NAME | ZL_CUE_ANY)) && zl_letters_word(&w[0].t)) return 0;
    /* «Даунинг-стрит»: a street's name made one word with its type */
    for (int i = 0; i < m.nw; i++)
        if (zl_street_joined(&w[i].t)) return 0;
    /* a bank, a service, a shop or a car («через Тинькофф», «Ладу Весту»), unless a cue names a
     * person («меня зовут», a title) */
    if (!(cue & (ZL_CUE_NAME | ZL_CUE_TITLE | ZL_CUE_CALLED)) && zl_person_brand(z, w[0].t.s, end))
        return 0;
    if (m.nw == 1 && !cue && lat(&w[0]) && end < z->n && (z->s[end] == '\'' || z->s[end] == 0xE2) &&
        zl_tagger_place_possessive(z, &w[0].t, z->sc ? z->sc->wc : NULL))
        return 0; /* "Kenya's runners" */
    if (lat(&w[0]) && !(cue & (ZL_CUE_NAME | ZL_CUE_TITLE)) && zl_tagger_ci_after(z, w[0].t.e))
        return 0; /* "Travis CI is down" */
    /* "Julia and Python": a product named like a person, listed with a product (after a weak
     * cue too: "Use Redis with Jasmine") */
    if (m.nw == 1 && !(cue & ~ZL_CUE_WEAK) && lat(&w[0]) && zl_tagger_listed_product(z, &w[0].t))
        return 0;
    end = zl_regnal_end(z->s, z->n, cyr(&w[0]), end);
    /* a form's "Last, First": "Patient name: JOHNSON, MARY" */
    if (m.nw == 1 && end == w[0].t.e) {
        size_t to = field_to ? field_to : zl_tagger_field_given(z, &w[0].t);
        if (to) end = to;
    }
    size_t start = zl_tagger_name_start(z, &w[0].t);
    zs_add(z, start, end, ZASLON_PERSON, ZL_PRIO_PERSON);
    if (lat(&w[0])) zl_tagger_names_before(z, start, end);
    return end;
}

/* Whether the lower-case word t stands where chat's grammar wants a person: right after «у», «к»,
 * «для», «от» (genitive, dative), «с» with an instrumental's ending («с машей», not «с поля»), or
 * after an imperative or first-person verb of calling, writing, telling or giving («позвони диме»,
 * «спроси у маши»). There a common name's case form wins over the ordinary word OpenCorpora also
 * reads in it («маши» of махать, «диме» of дым's neighbour «дим», «коле» of «кол»). The form must be
 * no name's nominative («у поля» is a field's, not Поля's), but for a woman's name in -ь, which
 * does not decline («к айгуль»). Returns 2 after a verb (an ambiguous
 * name then too: «скажи вере»; «с верой» is faith), 1 after a preposition, 0 elsewhere. */
static const char *const gov_verbs[] = {
    "позвони",  "позвоните", "позвоню",  "перезвони", "перезвоните", "перезвоню", "напиши",
    "напишите", "напишу",    "скажи",    "скажите",   "скажу",       "передай",   "передайте",
    "передам",  "спроси",    "спросите", "спрошу",    "попроси",     "попросите", "попрошу",
    "набери",   "наберите",  "наберу",   "отправь",   "отправьте",   "отправлю",  "отдай",
    "отдайте",  "отдам",     "напомни",  "напомните", "напомню",     "ответь",    "ответьте",
    "отвечу",   "сообщи",    "сообщите", "сообщу",    "покажи",      "покажите",  "покажу",
    NULL};

/* The prepositions of a person's dative and genitive in lower-case chat («к иванову», «у
 * петровой»): surname_after_prep's and surname_undeclined's. */
static const char *const prep_dat[] = {"к", "ко", NULL};
static const char *const prep_gen[] = {"у", "от", "для", NULL};

/* After those prepositions, a surname the lexicon knows as a woman's (or anyone's) that does
 * not decline, written as its nominative («у шевчук», «к ковальчук», «для ткаченко»; the word
 * pass brings the shapes of lower_name_shape): no ordinary word, place or first name has the
 * string, and it does not end in -а, -я or -й (those decline: «у петровой»). The lexicon vouches
 * for it: try_at's gov 4 (no surname's suffix asked). */
static bool surname_undeclined(const zl_tok *p, const zl_tok *t) {
    unsigned char lem[ZL_KEY_MAX] = {0};
    if (p->kase != ZL_LOWER || p->script != ZL_CYR || !(zl_in(p, prep_dat) || zl_in(p, prep_gen)) ||
        t->nlet < 4 || zl_ends(t, "а") || zl_ends(t, "я") || zl_ends(t, "й"))
        return false;
    uint8_t fl = zl_lex_flags(t->key, t->klen, NULL, lem);
    return (fl & ZL_LX_SURN_F) &&
           !(fl & (ZL_LX_COMMON | ZL_LX_PLACE | ZL_LX_NOTNAME | ZL_LX_NAME_M | ZL_LX_NAME_F)) &&
           strlen((const char *)lem) == t->klen && !memcmp(lem, t->key, t->klen);
}

/* A lower-case surname's dative after «к» («к иванову», «к петровой») or its genitive after «у»,
 * «от», «для» («у иванова», «от януковича»), by the singular's endings: not a plural's genitive
 * («для школьников») or a noun's prepositional that a surname shares («к голове»). */
static bool surname_after_prep(const zl_tok *p, const zl_tok *t) {
    if (p->kase != ZL_LOWER || p->script != ZL_CYR) return false;
    if (zl_in(p, prep_dat)) return zl_ends(t, "у") || zl_ends(t, "ой");
    if (zl_in(p, prep_gen)) return zl_ends(t, "а") || zl_ends(t, "я") || zl_ends(t, "ой");
    return false;
}

/* «встреча с петровым», «созвон с ивановой в 3», «со сталиным»: a lower-case surname's
 * instrumental after «с» by its own endings; not an adjective's before its noun («рядом с
 * храмовой горой»: a lower-case instrumental after it), nor «с новым годом» (no surname reading:
 * match() asks the lexicon). */
static bool surname_with(const zs_scan *z, const zl_tok *p, pw *w) {
    const zl_tok *t = &w->t;
    static const char *const with[] = {"с", "со", NULL};
    static const char *const instr[] = {"овым", "евым", "ёвым", "иным", "ыным", "овой",
                                        "евой", "ёвой", "иной", "ыной", NULL};
    static const char *const noun_instr[] = {"ой", "ей", "ом", "ем", "ами", "ями", "ью", NULL};
    if (p->kase != ZL_LOWER || p->script != ZL_CYR || !zl_in(p, with)) return false;
    bool ok = false;
    for (int k = 0; instr[k] && !ok; k++)
        ok = zl_ends(t, instr[k]);
    if (!ok) return false;
    /* a form the lexicon also reads as an ordinary word («с головой», «кузнецовым» the
     * possessive's) is a surname's when the surname table holds its nominative («кузнецов»,
     * «иванова»; not «голова») */
    if (lex(w) & ZL_LX_COMMON) {
        unsigned char k[ZL_KEY_MAX];
        bool fem = zl_ends(t, "ой");
        size_t l = t->klen - 4; /* -ой, -ым: two letters of two bytes */
        memcpy(k, t->key, l);
        if (fem) memcpy(k + l, "а", 2), l += 2;
        if (!zl_flags(&zl_ru_surname, k, l)) return false;
    }
    zl_tok x;
    if (!zl_next_word(z->s, z->n, t->e, t->e + 48 < z->n ? t->e + 48 : z->n, &x) ||
        zl_gap(z->s, z->n, t->e, x.s) != ZL_GAP_SPACE || x.kase != ZL_LOWER || x.script != ZL_CYR)
        return true;
    zl_wcache_fold(z->sc ? z->sc->wc : NULL, z->s, z->n, &x);
    for (int k = 0; noun_instr[k]; k++)
        if (zl_ends(&x, noun_instr[k])) return false;
    return true;
}

/* A lower-case Cyrillic letter's two bytes at s[i] (а-я, ё). */
static bool lower_cyr_at(const unsigned char *s, size_t n, size_t i) {
    return i + 1 < n &&
           ((s[i] == 0xD0 && s[i + 1] >= 0xB0 && s[i + 1] <= 0xBF) ||
            (s[i] == 0xD1 && ((s[i + 1] >= 0x80 && s[i + 1] <= 0x8F) || s[i + 1] == 0x91)));
}

size_t zl_person_lower_initials(const unsigned char *s, size_t n, size_t e) {
    size_t i = e, at[2];
    for (int k = 0; k < 2; k++) {
        if (i < n && s[i] == ' ')
            i++;
        else if (k == 0)
            return e; /* a space before the first */
        if (!lower_cyr_at(s, n, i) || i + 2 >= n || s[i + 2] != '.') return e;
        at[k] = i;
        i += 3;
    }
    /* a letter right after the second stop: an abbreviation's part, not an initial */
    if (i < n && (lower_cyr_at(s, n, i) || (s[i] >= 'a' && s[i] <= 'z'))) return e;
    /* «т.е.», «т.к.», «т.д.», «т.п.» */
    if (!memcmp(s + at[0], "т", 2) && (!memcmp(s + at[1], "е", 2) || !memcmp(s + at[1], "к", 2) ||
                                       !memcmp(s + at[1], "д", 2) || !memcmp(s + at[1], "п", 2)))
        return e;
    return i;
}

/* «оформите на петрову», «запишите на иванова», «счёт на кузнецова»: not an -ин form that is
 * also an ordinary word: «запишите на машину» is a car's (the -ов forms' other reading is a
 * possessive adjective's, which «на» does not take alone). */
bool zl_person_booked_for(const zs_scan *z, const zl_tok *p, const zl_tok *t) {
    static const char *const booking[] = {"оформ",   "переоформ", "запиш",   "запис",  "заброн",
                                          "брон",    "заказ",     "выпиш",   "выстав", "счет",
                                          "договор", "доверенн",  "квитанц", NULL};
    zl_tok q;
    if (!zl_is(p, "на")) return false;
    if (!(surname_cases(t) & 8) ||
        ((zl_ends(t, "ину") || zl_ends(t, "ыну") || zl_ends(t, "ина") || zl_ends(t, "ына")) &&
         (zl_lex_flags(t->key, t->klen, NULL, NULL) & ZL_LX_COMMON)) ||
        !zl_prev_word(z->s, z->n, p->s, p->s > 48 ? p->s - 48 : 0, &q) ||
        zl_gap(z->s, z->n, q.e, p->s) != ZL_GAP_SPACE || (q.kase != ZL_LOWER && q.kase != ZL_TITLE))
        return false;
    for (int k = 0; booking[k]; k++)
        if (zl_starts(&q, booking[k])) return true;
    return false;
}

bool zl_person_gov_verb(const zl_tok *p) {
    return p->kase == ZL_LOWER && zl_person_gov_word(p);
}

bool zl_person_gov_verb_before(const zs_scan *z, const zl_tok *p) {
    if (zl_person_gov_verb(p)) return true;
    /* «позвоните пожалуйста кузнецову», «скажи, пожалуйста, диме»: the verb before «пожалуйста» */
    static const char *const please[] = {"пожалуйста", "плиз", NULL};
    zl_tok v;
    if (p->kase != ZL_LOWER || p->script != ZL_CYR || !zl_in(p, please) ||
        !zl_prev_word(z->s, z->n, p->s, p->s > 48 ? p->s - 48 : 0, &v))
        return false;
    unsigned g = zl_gap(z->s, z->n, v.e, p->s);
    if (!g || (g & ~(unsigned)(ZL_GAP_SPACE | ZL_GAP_COMMA))) return false;
    zl_fold_word(z->s, z->n, &v);
    return zl_person_gov_verb(&v);
}

bool zl_person_gov_word(const zl_tok *p) {
    return p->script == ZL_CYR && zl_in(p, gov_verbs);
}

/* Whether the Cyrillic word t ends in a consonant or «ь» (no vowel, «й» or «ъ»). */
static bool consonant_end(const zl_tok *t) {
    if (t->klen < 2) return false;
    unsigned c = (unsigned)t->key[t->klen - 2] << 8 | t->key[t->klen - 1];
    if (c < 0xD0B0 || c > 0xD18F) return false;
    return c != 0xD0B0 && c != 0xD0B5 && c != 0xD0B8 && c != 0xD0B9 && c != 0xD0BE && c != 0xD183 &&
           c != 0xD18A && c != 0xD18B && c != 0xD18D && c != 0xD18E && c != 0xD18F;
}

int zl_person_governed(const zs_scan *z, const zl_tok *t) {
    static const char *const prep[] = {"у", "к", "ко", "для", "от", NULL};
    static const char *const prep_with[] = {"с", "со", NULL};
    static const char *const *const verbs = gov_verbs;
    if (t->script != ZL_CYR || t->kase != ZL_LOWER || !t->klen || t->nlet < 3) return 0;
    zl_tok p, q;
    size_t lim = t->s > 48 ? t->s - 48 : 0;
    if (!zl_prev_word(z->s, z->n, t->s, lim, &p) || zl_gap(z->s, z->n, p.e, t->s) != ZL_GAP_SPACE ||
        p.kase != ZL_LOWER)
        return 0;
    unsigned char lem[ZL_KEY_MAX] = {0};
    uint8_t fl = zl_lex_flags(t->key, t->klen, lem, NULL);
    size_t ll = strlen((const char *)lem);
    bool nom = ll == t->klen && memcmp(lem, t->key, ll) == 0;
    /* a woman's name in -ь or a consonant does not decline («к айгуль», «у асель», «с айгуль»,
     * «к наргиз», «к айгерим»): its nominative is every case, and no field's or thing's
     * genitive shares it. A woman's by the lexicon, or by the first-name table where the
     * lexicon reads a man's name too («Наргиз») */
    bool indecl = false;
    if (nom && !(fl & ZL_LX_COMMON) && consonant_end(t)) {
        int ff = zl_flags(&zl_ru_first, t->key, t->klen);
        indecl = (fl & ZL_LX_NAME_F)
                     ? !(fl & ZL_LX_NAME_M) || (ff & (ZL_MALE | ZL_FEMALE | ZL_AMBIG)) == ZL_FEMALE
                     : (fl & ZL_LX_NAME_M) && (ff & (ZL_MALE | ZL_FEMALE | ZL_AMBIG)) == ZL_FEMALE;
    }
    if (!ll || (nom && !indecl)) return 0; /* a nominative */
    if (zl_person_gov_verb_before(z, &p)) return 2; /* p is lower case: its verbs, «пожалуйста» */
    if (zl_in(&p, prep_with)) {
        if (indecl) return 1;
        static const char *const instr[] = {"ой", "ей", "ом", "ем", "ою", "ею", NULL};
        for (int k = 0; instr[k]; k++)
            if (t->klen > 4 && memcmp(t->key + t->klen - 4, instr[k], 4) == 0) return 1;
        return 0;
    }
    if (!zl_in(&p, prep)) return 0;
    /* «спроси у маши»: the verb before the preposition decides as it would alone */
    if (zl_prev_word(z->s, z->n, p.s, p.s > 48 ? p.s - 48 : 0, &q) &&
        zl_gap(z->s, z->n, q.e, p.s) == ZL_GAP_SPACE && zl_in(&q, verbs))
        return 2;
    return 1;
}

bool zl_person_lower_name(zs_scan *z, zl_tok *t) {
    uint8_t x;
    return zl_person_lower_name_flags(z, t, &x);
}

bool zl_person_lower_name_flags(zs_scan *z, zl_tok *t, uint8_t *flags) {
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_wcache_fold(wc, z->s, z->n, t);
    *flags = 0;
    if (t->script != ZL_CYR || t->nlet < 3 || !t->klen) return false;
    uint8_t x;
    if (!zl_wcache_lex(wc, t, &x)) x = zl_lex_flags(t->key, t->klen, NULL, NULL);
    *flags = x;
    return (x & (ZL_LX_NAME_M | ZL_LX_NAME_F)) && !(x & ZL_LX_NOTNAME) &&
           (zl_person_form_plain(t->key, t->klen) || zl_person_governed(z, t));
}

/* Whether no ordinary word has this very form: the lexicon keeps a name's form that is also one
 * with ZL_LX_COMMON («маши», «свету», «коли»), while zl_lex_flags also reports the COMMON of
 * the nominative it guesses («маше» -> «маша», a gerund too). */
bool zl_person_form_plain(const unsigned char *key, size_t len) {
    return !(zl_flags(&zl_ru_lex, key, len) & ZL_LX_COMMON);
}

/* «памятник Андрияну Николаеву», «театра Нияз Игламов»: a first name the tables know (no ordinary
 * word, place or ambiguous name) and a capitalised Cyrillic word right after it, or that name
 * alone in an oblique case («магазин Ольги»). Streets keep their block («улица Льва Толстого»):
 * only the soft block words lift it. */
bool zl_block_lifted(const zs_scan *z, const zl_ctx *cx, const zl_tok *t) {
    if (!cx->block_soft || t->script != ZL_CYR || t->kase != ZL_TITLE || t->nlet < 3) return false;
    zl_tok u = *t, x;
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_wcache_fold(wc, z->s, z->n, &u);
    if (!u.klen) return false;
    unsigned char lem[ZL_KEY_MAX] = {0};
    uint8_t f = zl_lex_flags(u.key, u.klen, lem, NULL);
    int rf = zl_flags(&zl_ru_first, u.key, u.klen);
    if (!(f & (ZL_LX_NAME_M | ZL_LX_NAME_F)) ||
        (f & (ZL_LX_COMMON | ZL_LX_PLACE | ZL_LX_NOTNAME)) || (rf & ZL_AMBIG))
        return false;
    /* or a first name alone in another case than its nominative: the owner's («магазин Ольги»,
     * «кафе Михаила»), where a business's own name is in the nominative («Кафе Мария») */
    if (lem[0] && (strlen((const char *)lem) != u.klen || memcmp(lem, u.key, u.klen) != 0))
        return true;
    if (!zl_next_word(z->s, z->n, u.e, u.e + 2 < z->n ? u.e + 2 : z->n, &x)) return false;
    return x.s == u.e + 1 && z->s[u.e] == ' ' && x.script == ZL_CYR && x.kase == ZL_TITLE &&
           x.nlet >= 3;
}

/* Whether the word at t is named by a cue that makes any word a name: «зовут», «звать», "name
 * is", "name's", or a field's label and its colon («Имя: Кавья», "Name: Kavya"). Not «имя
 * Принца Кембриджского», "Songs Named After a Girl", "names to Ukraine". `from` is where the gap
 * before t starts (after the cue, or after the one lower-case word between). */
static bool names_anything(const zs_scan *z, const zl_ctx *cx, const zl_tok *t, size_t from) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (zl_gap(s, n, from, t->s) & ZL_GAP_COLON) return true;
    /* which cue word it was the pass recorded with the cue (cx->cue_word) */
    if (cx->cue_word == ZL_CW_ANY) return true;
    if (cx->cue_word != ZL_CW_NAME) return false;
    zl_tok f;
    return zl_prev_word(s, n, from, cx->cue_end, &f) && f.e == from &&
           (zl_is(&f, "is") || zl_is(&f, "was") ||
            (zl_is(&f, "s") && f.s > 0 && f.s < n && (s[f.s - 1] == '\'' || s[f.s - 1] == 0x99)));
}

size_t zl_person(zs_scan *z, zl_ctx *cx, const zl_tok *t) {
    const unsigned char *s = z->s;
    size_t n = z->n;
    if (!t->klen && t->nlet != 1) return 0;
    /* right after "ул.", "имени", "ООО": a street, a school, a company */
    if (cx->block_end != (size_t)-1 && cx->block_end == cx->prev.e && cx->prev.e <= t->s &&
        !zl_block_lifted(z, cx, t) &&
        !(zl_gap(s, n, cx->block_end, t->s) &
          ~(unsigned)(ZL_GAP_SPACE | (cx->block_word ? 0 : ZL_GAP_STOP) | ZL_GAP_QUOTE)))
        return 0; /* also «Салон «Анна»»: a name in quotes after the word */
    int cue = 0;
    if (cx->cue_end != (size_t)-1 && cx->cue_end <= t->s && cx->cue_words <= 1) {
        /* what separates the name from the cue, or from the one lower-case word between ("name
         * is Emma", "меня зовут"); a capitalised word between ("клиента: Lada Vesta") ends it */
        size_t from = cx->cue_end;
        bool filler_ok = true;
        if (cx->prev.e > cx->cue_end && cx->prev.e <= t->s) {
            zl_tok p = cx->prev;
            zl_wcache_fold(z->sc ? z->sc->wc : NULL, s, n, &p);
            /* a speech verb or a title names the word right after it only ("сказал он Петрову") */
            filler_ok = p.kase == ZL_LOWER && !(cx->cue_kind & (ZL_CUE_SAID | ZL_CUE_ROLE));
            /* after a title a preposition names whom the title is of or for, a firm as often as
             * a person: not a brand or an everyday word ("a spokesperson for Tesla") */
            static const char *const preps[] = {"for", "of", "to", "at", "from", "in", "on", NULL};
            if (filler_ok && (cx->cue_kind & ZL_CUE_TITLE) && p.script == ZL_LAT &&
                t->script == ZL_LAT && t->klen && zl_in(&p, preps) &&
                (zl_en_ordinary(t->key, t->klen) || zl_en_brand(t->key, t->klen)))
                filler_ok = false;
            from = cx->prev.e;
        }
        unsigned g = filler_ok ? zl_gap(s, n, from, t->s) : ZL_GAP_OTHER;
        if (!(g & (ZL_GAP_NL | ZL_GAP_DIGIT | ZL_GAP_OTHER)) &&
            !((g & ZL_GAP_STOP) && !(cx->cue_kind & ZL_CUE_TITLE)))
            cue = cx->cue_kind;
        if ((cue & ZL_CUE_CALLED) && names_anything(z, cx, t, from)) cue |= ZL_CUE_ANY;
        /* a program's or a form's "name:" key before an everyday English word no name table
         * holds is no person's («name: 'Sign in'», «Name: "Developers"», «- name: Attach
         * failure screenshots»); "my name is" keeps its word */
        if ((cue & ZL_CUE_ANY) && (zl_gap(s, n, from, t->s) & ZL_GAP_COLON) && plain_word(t))
            cue = 0;
        if (cue && from > cx->cue_end) cue |= ZL_CUE_VIA;
    }
    unsigned gap_before = cx->prev.e ? cx->prev_gap : ZL_GAP_NL;
    if (t->kase == ZL_LOWER && cx->prev.e && cx->prev.e <= t->s &&
        only_spaces(s, n, cx->prev.e, t->s) && !(zl_gap(s, n, cx->prev.e, t->s) & ZL_GAP_STOP)) {
        /* a lower-case patronymic or surname: the name may start one word earlier */
        zl_tok p = cx->prev;
        zl_wcache_fold(z->sc ? z->sc->wc : NULL, s, n, &p);
        if (p.kase == ZL_LOWER) {
            size_t r = try_at(z, cx, &p, 0, ZL_GAP_SPACE);
            if (r) return r;
        }
    }
    return try_at(z, cx, t, cue, gap_before);
}

bool zl_letters_word(const zl_tok *t) {
    if (t->script != ZL_CYR || t->kase != ZL_TITLE || t->nlet > 5 || t->nlet < 2) return false;
    static const char vowels[] = "аеиоуыэюя";
    for (size_t i = 0; i + 1 < t->klen; i += 2)
        for (size_t j = 0; vowels[j]; j += 2)
            if (t->key[i] == (unsigned char)vowels[j] &&
                t->key[i + 1] == (unsigned char)vowels[j + 1])
                return false;
    return true;
}

bool zl_street_joined(const zl_tok *t) {
    static const char *const types[] = {"-стрит", "-street", "-авеню", "-сквер", NULL};
    if (t->klen < 9 || !memchr(t->key, '-', t->klen)) return false;
    for (int i = 0; types[i]; i++)
        if (ends_with(t->key, t->klen, types[i]) && t->klen > strlen(types[i]) + 2) return true;
    return false;
}

/* English text names its months and weekdays with a capital, and the name tables know several
 * of them as first names ("January", "April", "June"): on wnut17_train 92 of 230 false PERSON
 * spans were such words ("see you in January", "January 03, 2015", "the January Sale"). */
bool zl_person_calendar(const zl_tok *t) {
    if (t->script != ZL_LAT || t->kase == ZL_LOWER || t->nlet < 3 || t->klen < 2) return false;
    if (calendar_pairs && !(calendar_pairs >> pair_bit(t->key) & 1)) return false;
    return zl_in(t, calendar);
}

bool zl_person_question_aux(const unsigned char *s, size_t n, const zl_tok *p) {
    static const char *const aux[] = {"did",    "does", "has",   "can", "could", "will", "would",
                                      "should", "may",  "might", "is",  "was",   NULL};
    static const char *const wh[] = {"why", "when", "where", "what", "how", NULL};
    if (p->script != ZL_LAT || !zl_in(p, aux)) return false;
    zl_tok q, qq;
    /* or after a question word that opens the sentence ("Why did Tolstoy leave home?") */
    if (zl_prev_word(s, n, p->s, p->s > 64 ? p->s - 64 : 0, &q) &&
        !(zl_gap(s, n, q.e, p->s) & (ZL_GAP_NL | ZL_GAP_STOP)) &&
        !(zl_gap(s, n, q.e, p->s) == ZL_GAP_SPACE && zl_in(&q, wh) &&
          !(zl_prev_word(s, n, q.s, q.s > 64 ? q.s - 64 : 0, &qq) &&
            !(zl_gap(s, n, qq.e, q.s) & (ZL_GAP_NL | ZL_GAP_STOP)))))
        return false;
    for (size_t i = p->e; i < n && i < p->e + 200; i++) {
        if (s[i] == '?') return true;
        if (s[i] == '.' || s[i] == '!' || s[i] == '\n') return false;
    }
    return false;
}

/* Whether p is the first word of an English place name ("San", "St"), written with a capital and
 * lower-case letters ("IN 1ST Looney" is no "St"), and t follows it after a space or ". ". */
static const char *const place_pre[] = {"san",  "santa", "sta", "st",   "ft",   "fort",
                                        "lake", "mount", "mt",  "port", "cape", NULL};
/* The last letters of place_pre's words (place_gap_before; a new word's last letter goes here). */
static const char place_last[] = "ante";

/* Whether p may open a place_pair: a title-case prefix word, no digit glued before it. */
static bool place_first(const zs_scan *z, const zl_tok *p) {
    /* place_pre's words have two to five letters: most words are answered by their length */
    return p->kase == ZL_TITLE && p->klen >= 2 && p->klen <= 5 && zl_in(p, place_pre) &&
           !(p->s > 0 && z->s[p->s - 1] >= '0' && z->s[p->s - 1] <= '9');
}

/* Whether t may close a place_pair (three letters or more: "Santa Is So Awesome", title case,
 * names Santa). */
static bool place_second(const zl_tok *t) {
    return t->script == ZL_LAT && t->kase != ZL_LOWER && t->nlet >= 3;
}

/* Whether the text before t could hold the end of a place_pair's first word: the gap place_pair
 * takes (an optional '.', then spaces) and before it an ASCII letter that ends a prefix word, or
 * any other byte (a non-ASCII letter may fold to one: «é» to "e"). The word before is found only
 * when this holds. */
static bool place_gap_before(const zs_scan *z, const zl_tok *t) {
    size_t j = t->s;
    while (j > 0 && z->s[j - 1] == ' ')
        j--;
    if (j == t->s) return false;
    if (j > 0 && z->s[j - 1] == '.') j--;
    if (j == 0) return false;
    unsigned char c = z->s[j - 1];
    if (c >= 0x80) return true;
    return memchr(place_last, c | 0x20, sizeof place_last - 1) != NULL;
}

static bool place_pair(const zs_scan *z, const zl_tok *p, const zl_tok *t) {
    if (!place_second(t) || !place_first(z, p)) return false;
    size_t i = p->e;
    if (i < t->s && z->s[i] == '.') i++;
    if (i >= t->s) return false;
    for (; i < t->s; i++)
        if (z->s[i] != ' ') return false;
    return true;
}

/* "San Diego", "Lake Charles", "Ft Mitchell", "Sta. Ana", "Santa Monica": English place names open
 * with a word that names no person, and the word after it is often a first name or a surname the
 * tables know. t is either word. Latin words only. No labelled name of wnut17_train follows such
 * a word; false spans there 145 -> 137 (shipped weights), three folds 60 -> 58 (docs/names.md). */
/* Whether a PERSON candidate among the last few ends at e ("Okafor, Georgia called"). */
static bool ends_person(const zs_scan *z, size_t e) {
    if (!z->sc) return false;
    const zs_cands *c = &z->sc->cands;
    for (size_t i = c->n; i-- > 0 && c->n - i <= 16;)
        if (c->v[i].type == ZASLON_PERSON && c->v[i].end == e) return true;
    return false;
}

/* "moved the office to Geneva", "key to America's prosperity", "Lagos, Nigeria": a lone country,
 * state or capital of zl_en_notlone right after a preposition of place or a town and its comma,
 * with no capitalised word after it ("to Jordan Peterson") and no verb of talking or giving
 * before the preposition ("talked to Chad"). Towns no table holds ("back to Kent") stay as the
 * weights decide. */
static bool en_place_after_prep(const zs_scan *z, const zl_tok *t, zl_wcache *wc) {
    static const char *const preps[] = {"in",       "to",      "from",   "at",     "near",
                                        "into",     "via",     "across", "around", "visit",
                                        "visiting", "visited", NULL};
    static const char *const talk[] = {
        "talked", "talk",    "spoke",   "speak",    "said",       "say",     "wrote",    "write",
        "reply",  "replied", "listen",  "sent",     "send",       "gave",    "give",     "married",
        "thanks", "thank",   "belongs", "belonged", "introduced", "talking", "speaking", NULL};
    static const char *const months[] = {"jan", "feb",  "mar", "apr", "jun", "jul", "aug",
                                         "sep", "sept", "oct", "nov", "dec", NULL};
    zl_tok p, pp, x;
    if (t->kase != ZL_TITLE || !t->klen || !zl_flags(&zl_en_notlone, t->key, t->klen)) return false;
    if (!zl_tagger_neighbour(wc, z->s, z->n, t->s, t->s > 16 ? t->s - 16 : 0, true, &p))
        return false;
    /* "Lagos, Nigeria", "Nairobi, Kenya", "Austin, Texas": a town and its country or state */
    bool town = p.e + 2 == t->s && z->s[p.e] == ',' && z->s[p.e + 1] == ' ' && p.script == ZL_LAT &&
                p.kase == ZL_TITLE && p.klen && !zl_en_ordinary(p.key, p.klen) &&
                !zl_flags(&zl_en_first, p.key, p.klen) && !zl_person_calendar(&p) &&
                !zl_in(&p, months) && !ends_person(z, p.e); /* not "in Feb, God started" */
    if (!town && (p.e + 1 != t->s || z->s[p.e] != ' ' || !zl_in(&p, preps))) return false;
    if (zl_tagger_neighbour(wc, z->s, z->n, t->e, t->e + 4 < z->n ? t->e + 4 : z->n, false, &x) &&
        x.s == t->e + 1 && z->s[t->e] == ' ' && x.kase != ZL_LOWER)
        return false;
    return town || !(zl_tagger_neighbour(wc, z->s, z->n, p.s, p.s > 24 ? p.s - 24 : 0, true, &pp) &&
                     zl_in(&pp, talk));
}

/* A saint's name in a church's, a hospital's, a square's or an order's name: «площади Святого
 * Петра», «в больнице Святой Марии», «храм святого апостола», «Орденом Святого Андрея
 * Первозванного» (nerel_train: 16 of 18 names after «святого», «святой» were such names, not
 * people's; «Дня святого Давида», «стала Святой Терезой» were). */
/* The start of the word that one space before i ends (0 if none: a word at the text's start is
 * never asked for). */
static size_t word_start_before(const unsigned char *s, size_t i) {
    if (i < 2 || s[i - 1] != ' ') return 0;
    size_t a = i - 1;
    while (a > 0 && (s[a - 1] >= 0x80 || ((s[a - 1] | 0x20) >= 'a' && (s[a - 1] | 0x20) <= 'z')))
        a--;
    return a < i - 1 ? a : 0;
}

/* Whether the bytes at w (len bytes) open like «свя…», «апо…», «пре…», «вел…», either case (the
 * words of saint_of_place's list; its look-up confirms). */
static bool saint_bytes(const unsigned char *w, size_t len) {
    if (len < 8 || (w[0] != 0xD0 && w[0] != 0xD1)) return false;
    switch ((uint32_t)w[2] << 24 | (uint32_t)w[3] << 16 | (uint32_t)w[4] << 8 | w[5]) {
    case 0xD0B2D18Fu: /* свя, Свя */
        return (w[0] == 0xD1 && w[1] == 0x81) || (w[0] == 0xD0 && w[1] == 0xA1);
    case 0xD0BFD0BEu: /* апо, Апо */
        return w[0] == 0xD0 && (w[1] == 0xB0 || w[1] == 0x90);
    case 0xD180D0B5u: /* пре, Пре */
        return w[0] == 0xD0 && (w[1] == 0xBF || w[1] == 0x9F);
    case 0xD0B5D0BBu: /* вел, Вел */
        return w[0] == 0xD0 && (w[1] == 0xB2 || w[1] == 0x92);
    default:
        return false;
    }
}

static bool saint_of_place(const zs_scan *z, const zl_tok *t) {
    static const char *const saint[] = {
        "святого",   "святой",       "святых",         "святому",        "святым", "апостола",
        "апостолов", "преподобного", "великомученика", "великомученицы", NULL};
    static const char *const place[] = {
        "площад",   "собор",  "храм",    "церкв",  "церков", "больниц", "госпитал", "орден",
        "монастыр", "обител", "базилик", "капелл", "часовн", "лавр",    "кафедрал", NULL};
    /* from the bytes first: one of the two words before t opens like one of `saint` */
    size_t a1 = word_start_before(z->s, t->s), a2 = a1 ? word_start_before(z->s, a1) : 0;
    if (!(a1 && saint_bytes(z->s + a1, t->s - a1)) && !(a2 && saint_bytes(z->s + a2, a1 - a2)))
        return false;
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_tok p, pp;
    if (!zl_tagger_neighbour(wc, z->s, z->n, t->s, t->s > 40 ? t->s - 40 : 0, true, &p) ||
        zl_gap(z->s, z->n, p.e, t->s) != ZL_GAP_SPACE)
        return false;
    /* the saint's epithet after the name: «Святого Андрея Первозванного» */
    if (p.script == ZL_CYR && p.kase == ZL_TITLE && !zl_in(&p, saint)) {
        size_t a = p.s;
        if (!zl_tagger_neighbour(wc, z->s, z->n, a, a > 40 ? a - 40 : 0, true, &p) ||
            zl_gap(z->s, z->n, p.e, a) != ZL_GAP_SPACE)
            return false;
    }
    if (!zl_in(&p, saint) ||
        !zl_tagger_neighbour(wc, z->s, z->n, p.s, p.s > 40 ? p.s - 40 : 0, true, &pp) ||
        zl_gap(z->s, z->n, pp.e, p.s) != ZL_GAP_SPACE)
        return false;
    for (int i = 0; place[i]; i++) {
        size_t l = strlen(place[i]);
        if (pp.klen >= l && memcmp(pp.key, place[i], l) == 0) return true;
    }
    return false;
}

/* «Папа Римский», «Папы Римского»: the Pope's title, no surname. */
static bool pope_title(const zs_scan *z, const zl_tok *t) {
    static const char *const roman[] = {"римский", "римского", "римскому",
                                        "римским", "римском",  NULL};
    static const char *const pope[] = {"папа", "папы", "папе", "папу", "папой", NULL};
    zl_tok p;
    /* «ри» first, from the key's bytes */
    return t->klen >= 14 && t->key[0] == 0xD1 && t->key[1] == 0x80 && t->key[2] == 0xD0 &&
           t->key[3] == 0xB8 && zl_in(t, roman) &&
           zl_tagger_neighbour(z->sc ? z->sc->wc : NULL, z->s, z->n, t->s,
                               t->s > 16 ? t->s - 16 : 0, true, &p) &&
           zl_gap(z->s, z->n, p.e, t->s) == ZL_GAP_SPACE && zl_in(&p, pope);
}

bool zl_person_in_title(const zs_scan *z, const zl_tok *t) {
    return t->script == ZL_CYR && t->kase == ZL_TITLE && (saint_of_place(z, t) || pope_title(z, t));
}

bool zl_person_place_prefix(const zs_scan *z, const zl_tok *t) {
    if (t->script != ZL_LAT || t->kase == ZL_LOWER) return false;
    if (en_place_after_prep(z, t, z->sc ? z->sc->wc : NULL)) return true;
    /* the neighbours through the word cache: the tagger's features and the person rules read the
     * same words */
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_tok p, x;
    /* t's own guards of either pair (and the gap place_pair needs right before t) before the
     * look-ups: most words can be neither the prefix nor the word after one (wnut17_train's
     * texts: 1.5 M instructions of 22 M went here) */
    if (place_second(t) && place_gap_before(z, t) &&
        zl_tagger_neighbour(wc, z->s, z->n, t->s, t->s > 16 ? t->s - 16 : 0, true, &p) &&
        place_pair(z, &p, t))
        return true;
    return place_first(z, t) &&
           zl_tagger_neighbour(wc, z->s, z->n, t->e, t->e + 16 < z->n ? t->e + 16 : z->n, false,
                               &x) &&
           place_pair(z, t, &x);
}

/* A lower-case noun of a place's kind in any case, whose name follows it. */
static bool place_kind(const zl_tok *p) {
    static const char *const kinds[] = {
        "штат",      "штата",     "штате",       "штатом",      "провинция",   "провинции",
        "провинцию", "район",     "района",      "районе",      "город",       "города",
        "городе",    "городом",   "деревня",     "деревни",     "деревне",     "деревню",
        "поселок",   "поселка",   "поселке",     "село",        "села",        "селе",
        "графство",  "графства",  "графстве",    "округ",       "округа",      "округе",
        "остров",    "острова",   "острове",     "регион",      "региона",     "регионе",
        "княжество", "княжества", "королевство", "королевства", "королевстве", "курорт",
        "курорта",   "курорте",   "станица",     "станицы",     "станице",     NULL};
    return zl_in(p, kinds);
}

bool zl_person_place_word(const zs_scan *z, const zl_tok *p, const zl_tok *t) {
    if (p->script != ZL_CYR || zl_gap(z->s, z->n, p->e, t->s) != ZL_GAP_SPACE) return false;
    /* a venue named after its city: «Самара Арена», «на Казань Арене» (a word the lexicon also
     * reads as an ordinary one, right after a city of the table as written) */
    if (p->kase == ZL_TITLE)
        return t->script == ZL_CYR && p->klen && t->klen &&
               zl_flags(&zl_ru_city, p->key, p->klen) &&
               (zl_lex_flags(t->key, t->klen, NULL, NULL) & ZL_LX_COMMON);
    if (p->kase != ZL_LOWER) return false;
    return place_kind(p) ||
           (t->script == ZL_CYR && (zl_is(p, "в") || zl_is(p, "во")) && zl_ends(t, "е")) ||
           neuter_town_after_iz(t, p);
}

bool zl_person_city(const zs_scan *z, const zl_tok *t) {
    return city_context(z, t);
}

/* Does a person's name read in a word of a brand («Лада», «Веста»): a first name or a surname
 * the lexicon or the first-name table knows, in this or its nominative form. */
static bool brand_word_is_name(const zl_tok *w) {
    return (zl_lex_flags(w->key, w->klen, NULL, NULL) &
            (ZL_LX_NAME_M | ZL_LX_NAME_F | ZL_LX_SURN_M | ZL_LX_SURN_F)) ||
           zl_flags(&zl_ru_first, w->key, w->klen) || zl_flags(&zl_ru_surname, w->key, w->klen);
}

/* Is x, a space away from the word at [gap_a, gap_b), a capitalised brand word. */
static bool brand_next_to(const zs_scan *z, const zl_tok *x, size_t gap_a, size_t gap_b) {
    return x->script == ZL_CYR && x->klen && x->kase != ZL_LOWER &&
           zl_gap(z->s, z->n, gap_a, gap_b) == ZL_GAP_SPACE && zl_brand_flags(x->key, x->klen);
}

/* The nouns of a salon's, a clinic's or a shop's products and services, in their case forms
 * («крем», «процедура», «пиццу», «оттенки», «машина»), with their lengths; a bit per (length,
 * first letter, last byte) of them (zl_person_init), so that most words are answered without
 * walking the list (asked of the word before every candidate that may be a product's name). */
#define W(x)                                                                                       \
    { x, sizeof(x) - 1 }
static const struct {
    const char *s;
    size_t n;
} product_nouns[] = {
    W("крем"),       W("крема"),      W("кремом"),    W("креме"),     W("препарат"),
    W("препарата"),  W("препаратом"), W("препарате"), W("процедура"), W("процедуру"),
    W("процедуры"),  W("процедурой"), W("процедуре"), W("услуга"),    W("услугу"),
    W("услуги"),     W("услугой"),    W("покрытие"),  W("покрытием"), W("покрытия"),
    W("маска"),      W("маску"),      W("маской"),    W("сыворотка"), W("сыворотку"),
    W("сывороткой"), W("шампунь"),    W("шампунем"),  W("вакцина"),   W("вакцину"),
    W("вакциной"),   W("прививка"),   W("прививку"),  W("прививкой"), W("аппарат"),
    W("аппарате"),   W("аппаратом"),  W("аппарата"),  W("бренд"),     W("бренда"),
    W("брендом"),    W("марка"),      W("марки"),     W("маркой"),    W("линейка"),
    W("линейку"),    W("линейки"),    W("торт"),      W("торта"),     W("тортом"),
    W("салат"),      W("салата"),     W("пицца"),     W("пиццу"),     W("пиццы"),
    W("цвет"),       W("цвета"),      W("цветом"),    W("оттенок"),   W("оттенка"),
    W("оттенки"),    W("оттенком"),   W("краска"),    W("краску"),    W("краски"),
    W("краской"),    W("модель"),     W("модели"),    W("моделью"),   W("машина"),
    W("машину"),     W("машины"),     W("машиной"),   {NULL, 0}};
#undef W

static uint64_t product_bits[16];

static unsigned product_bit(const unsigned char *k, size_t len) {
    return ((unsigned)len * 131u + (unsigned)k[1] * 31u + k[len - 1]) & 1023u;
}

static void product_index(void) {
    memset(product_bits, 0, sizeof product_bits);
    for (int w = 0; product_nouns[w].s; w++) {
        unsigned b = product_bit((const unsigned char *)product_nouns[w].s, product_nouns[w].n);
        product_bits[b / 64] |= 1ull << (b % 64);
    }
}

/* Whether p is one of product_nouns, in any capitalisation (p's key is folded). */
static bool product_noun(const zl_tok *p) {
    if (p->script != ZL_CYR || p->klen < 6) return false;
    unsigned b = product_bit(p->key, p->klen);
    if (!(product_bits[b / 64] >> (b % 64) & 1)) return false;
    for (int w = 0; product_nouns[w].s; w++)
        if (product_nouns[w].n == p->klen && memcmp(product_nouns[w].s, p->key, p->klen) == 0)
            return true;
    return false;
}

/* A salon's or a clinic's product or service named after its noun («крем Ла Рош Позе»,
 * «процедура Аква Пилинг», «препарат Диспорт», «покрытием Гель-лак»): p is the word right before
 * the span, the noun or one or two capitalised words no name table knows after it. Not before a
 * verb in the past: the name is a new clause's subject there («для проведения процедуры Картер
 * извинился»). */
static bool product_noun_before(const zs_scan *z, const zl_tok *p0) {
    static const char *const past[] = {"л", "ла", "лся", "лась", "ли", "лись", NULL};
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_tok p = *p0, x, between[2];
    int nb = 0;
    /* a second product joined by «и» or «или» («шампунь Лореаль или Гарньер», «оттенки Шоколад и
     * Карамель»): the walk goes on from the first, no person found */
    if (p.kase == ZL_LOWER && (zl_is(&p, "и") || zl_is(&p, "или"))) {
        zl_tok q;
        if (!zl_tagger_neighbour(wc, z->s, z->n, p.s, p.s > 64 ? p.s - 64 : 0, true, &q) ||
            zl_gap(z->s, z->n, q.e, p.s) != ZL_GAP_SPACE || q.kase != ZL_TITLE ||
            ends_person(z, q.e))
            return false;
        p = q;
    }
    /* the noun (in any case: «Пиццу Маргарита») or one or two capitalised words before it */
    for (int k = 0; !product_noun(&p); k++) {
        zl_tok q;
        if (k == 2 || p.kase != ZL_TITLE || !p.klen ||
            !zl_tagger_neighbour(wc, z->s, z->n, p.s, p.s > 64 ? p.s - 64 : 0, true, &q) ||
            zl_gap(z->s, z->n, q.e, p.s) != ZL_GAP_SPACE)
            return false;
        between[nb++] = p;
        p = q;
    }
    /* the capitalised words between (asked last: a name's look-ups are the dearest) */
    for (int k = 0; k < nb; k++)
        if (brand_word_is_name(&between[k])) return false;
    /* the first lower-case word after p0's run of capitalised words */
    size_t at = p0->e;
    for (int k = 0; k < 4; k++, at = x.e) {
        if (!zl_tagger_neighbour(wc, z->s, z->n, at, at + 64 < z->n ? at + 64 : z->n, false, &x))
            break;
        if (x.kase != ZL_LOWER) continue;
        for (int i = 0; past[i]; i++)
            if (zl_ends(&x, past[i])) return false;
        break;
    }
    return true;
}

/* Does the text before a (a span's start) send or pay into a service: a verb of writing or
 * sending and «в»/«на» («скинь в X», «пишите в X», «отправь на X»), a verb of paying or ordering
 * and «через» («оплатил через X»), or a service's noun right before («приложение X», «мессенджер
 * X», «тариф X»). A person is written to, paid or sent by other words (дательный: «напиши Ивану»). */
static bool service_context(const zs_scan *z, size_t a) {
    static const char *const send[] = {"скин",  "кин",    "пиш",    "напиш",   "отправ",
                                       "отпра", "пересл", "перешл", "зайд",    "зайти",
                                       "залог", "скача",  "скачи",  "установ", NULL};
    static const char *const pay[] = {"оплат", "заплат", "переве", "перевё", "перевод", "перечисл",
                                      "заказ", "закаж",  "купи",   "покуп",  "плат",    NULL};
    static const char *const nouns[] = {
        "приложение",  "приложении",  "приложения",   "приложением",  "мессенджер",
        "мессенджере", "мессенджера", "мессенджером", "тариф",        "тарифе",
        "тарифа",      "тарифом",     "маркетплейс",  "маркетплейсе", "маркетплейса",
        "банк",        "банке",       "банка",        "банком",       NULL};
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_tok p, v;
    if (!zl_tagger_neighbour(wc, z->s, z->n, a, a > 64 ? a - 64 : 0, true, &p) ||
        zl_gap(z->s, z->n, p.e, a) != ZL_GAP_SPACE)
        return false;
    if (product_noun_before(z, &p)) return true;
    if (p.script != ZL_CYR || p.kase != ZL_LOWER) return false;
    if (zl_in(&p, nouns)) return true;
    bool into = zl_is(&p, "в") || zl_is(&p, "во") || zl_is(&p, "на"), via = zl_is(&p, "через");
    if (!into && !via) return false;
    if (!zl_tagger_neighbour(wc, z->s, z->n, p.s, p.s > 64 ? p.s - 64 : 0, true, &v) ||
        v.script != ZL_CYR || v.kase == ZL_UPPER || zl_gap(z->s, z->n, v.e, p.s) != ZL_GAP_SPACE)
        return false;
    return zl_starts_any(&v, into ? send : pay);
}

/* «У меня Мотив, интернет не ловит»: a word between «у меня» (нас, тебя, него, неё) and a word of
 * a phone's network is the operator, not a person (a person there is a child or a pet, «У меня
 * Маша, ...», and no network word follows). */
static bool operator_context(const zs_scan *z, size_t a, size_t b) {
    static const char *const who[] = {"меня", "нас", "тебя", "него", "нее", NULL}; /* folded: ё е */
    static const char *const net[] = {"связь",    "связи",    "интернет", "интернета", "сеть",
                                      "сети",     "тариф",    "симка",    "симку",     "роуминг",
                                      "покрытие", "оператор", "сигнал",   NULL};
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_tok p, u, x;
    if (!zl_tagger_neighbour(wc, z->s, z->n, a, a > 64 ? a - 64 : 0, true, &p) ||
        p.script != ZL_CYR || p.kase != ZL_LOWER || zl_gap(z->s, z->n, p.e, a) != ZL_GAP_SPACE ||
        !zl_in(&p, who))
        return false;
    if (!zl_tagger_neighbour(wc, z->s, z->n, p.s, p.s > 64 ? p.s - 64 : 0, true, &u) ||
        !zl_is(&u, "у") || zl_gap(z->s, z->n, u.e, p.s) != ZL_GAP_SPACE)
        return false;
    if (!zl_tagger_neighbour(wc, z->s, z->n, b, b + 64 < z->n ? b + 64 : z->n, false, &x) ||
        x.kase != ZL_LOWER ||
        (zl_gap(z->s, z->n, b, x.s) & ~(unsigned)(ZL_GAP_SPACE | ZL_GAP_COMMA)))
        return false;
    return zl_in(&x, net);
}

/* Is any word of [a, b) a person's name (brand_word_is_name). */
static bool span_has_name(const zs_scan *z, size_t a, size_t b) {
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_tok w;
    for (size_t at = a; at < b && zl_tagger_neighbour(wc, z->s, z->n, at, b, false, &w); at = w.e)
        if (brand_word_is_name(&w)) return true;
    return false;
}

/* The words a product's or a model's tier is named by after its name or number: "Claude Opus",
 * "Gemini Pro", "iPhone 15 Pro Max", "Galaxy S24 Ultra", "Redmi Note 13". */
static const char *const tiers[] = {"opus", "sonnet", "haiku",    "pro",     "ultra", "flash",
                                    "nano", "mini",   "turbo",    "instant", "max",   "plus",
                                    "code", "chat",   "advanced", "lite",    "air",   "neo",
                                    "note", "edge",   "fold",     "flip",    NULL};

/* An AI model named like a person: "Claude Opus", "Gemini Pro", "Llama 3", and "Claude" alone
 * where the line speaks of AI ("Is Claude better than ChatGPT?"). People ask AI chats about
 * models all day; "Claude Monet" and "my colleague Claude Dupont" stay names. */
/* AI assistants' and models' names ("Claude", "Gemini", "GigaChat"). */
static const char *const ai_models[] = {"claude",  "gemini",   "llama",    "mistral", "mixtral",
                                        "grok",    "qwen",     "deepseek", "gemma",   "copilot",
                                        "chatgpt", "gigachat", "bard",     "gpt",     "yandexgpt",
                                        "alexa",   "siri",     NULL};

bool zl_ai_name(const zl_tok *t) {
    return zl_in(t, ai_models);
}

static bool ai_model(const zs_scan *z, size_t a, size_t b) {
    /* words about AI near a model's name, and about a voice assistant ("Alexa, Siri and Cortana
     * integrations"; not "assistant" alone: "my assistant Alexa" is a person) */
    static const char *const ai_words[] = {
        "chatgpt", "gpt",      "openai",      "anthropic", " llm",     "model",
        "prompt",  " ai ",     " ai,",        " ai?",      "нейросет", "модел",
        "промпт",  "deepseek", "gemini",      "claude",    "copilot",  "cortana",
        "voice",   "homepod",  "integration", NULL};
    const unsigned char *s = z->s;
    size_t n = z->n;
    zl_tok w, x;
    if (!zl_next_word(s, n, a, b, &w) || w.script != ZL_LAT) return false;
    /* the tier alone, its model's name before it refused: "Opus" of "Claude Opus" */
    if (zl_in(&w, tiers))
        return zl_prev_word(s, n, w.s, w.s > 24 ? w.s - 24 : 0, &x) && x.e + 1 == w.s &&
               zl_in(&x, ai_models);
    if (!zl_in(&w, ai_models)) return false;
    /* the word after the model's name, in the span or right after it */
    if (zl_next_word(s, n, w.e, w.e + 24 < n ? w.e + 24 : n, &x) && x.s == w.e + 1 &&
        zl_in(&x, tiers))
        return true;
    size_t v = w.e;
    while (v < n && (s[v] == ' ' || s[v] == '-'))
        v++;
    if (v > w.e && v < n && s[v] >= '0' && s[v] <= '9') return true; /* "Llama 3", "Gemini-2" */
    if (zl_next_word(s, n, w.e, b, &x)) return false; /* a name of two words: "Claude Monet" */
    /* the model's name alone, with the line's other words about AI */
    size_t lo = zs_ctx_from(s, n, w.s, 120), hi = zs_ctx_to(s, n, w.e, 120);
    char buf[256];
    size_t l1 = zs_fold_ctx(s, lo, w.s, buf, sizeof buf / 2);
    size_t l2 = zs_fold_ctx(s, w.e, hi, buf + l1 + 1, sizeof buf / 2);
    buf[l1] = ' ';
    buf[l1 + 1 + l2] = 0;
    for (int k = 0; ai_words[k]; k++)
        if (strstr(buf, ai_words[k])) return true;
    return false;
}

/* A product's tier after its model number or another tier, alone: "iPhone 15 Pro Max", "Galaxy
 * S24 Ultra", "Redmi Note 13 Pro Plus" ("Max" and "Neo" are names elsewhere). */
static bool product_tier(const zs_scan *z, size_t a, size_t b) {
    const unsigned char *s = z->s;
    zl_tok w, p;
    if (!zl_next_word(s, z->n, a, b, &w) || w.s != a || w.e != b || !zl_in(&w, tiers)) return false;
    size_t i = a;
    while (i > 0 && s[i - 1] == ' ')
        i--;
    if (i == a || i == 0) return false;
    if (s[i - 1] >= '0' && s[i - 1] <= '9') return true; /* "15 Pro", "S24 Ultra" */
    return zl_prev_word(s, z->n, a, a > 16 ? a - 16 : 0, &p) && p.e == i && zl_in(&p, tiers) &&
           p.kase != ZL_LOWER;
}

/* A product line right after its maker's name: "Samsung Galaxy", "Google Pixel", "Xiaomi Redmi"
 * (the maker in simple-icons' names, zl_en_brand; one word of the span, alone). */
static bool after_maker(const zs_scan *z, size_t a, size_t b) {
    /* chat's abbreviations and cues that open a message ("FYI Olumide and I…", "Hey Chinonso,",
     * "Loop Tomasz in"): the brand set answers yes to "fyi", "hey" and "loop" (of the chat cues
     * tried) */
    static const char *const abbrev[] = {"fyi", "btw",  "imo", "tbh",  "ps",
                                         "pls", "asap", "hey", "loop", NULL};
    const unsigned char *s = z->s;
    zl_tok w, p;
    if (!zl_next_word(s, z->n, a, b, &w) || w.s != a || w.e != b || w.script != ZL_LAT)
        return false;
    return zl_prev_word(s, z->n, a, a > 24 ? a - 24 : 0, &p) && p.e + 1 == a && s[p.e] == ' ' &&
           p.script == ZL_LAT && p.kase != ZL_LOWER && p.klen && zl_en_brand(p.key, p.klen) &&
           zl_flags(&zl_en_first, p.key, p.klen) == 0 && !zl_in(&p, abbrev);
}

bool zl_person_cue_word(const zl_tok *t) {
    for (const zl_kw *k = zl_kw_person; k->key; k++)
        if (k->match == ZL_M_EXACT && k->cls == ZL_K_CUE && strlen(k->key) == t->klen &&
            memcmp(k->key, t->key, t->klen) == 0)
            return true;
    return false;
}

bool zl_person_brand(const zs_scan *z, size_t a, size_t b) {
    if (a < z->n && z->s[a] < 0x80 &&
        (ai_model(z, a, b) || product_tier(z, a, b) || after_maker(z, a, b)))
        return true;
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    zl_tok w, first = {0}, x;
    int words = 0, brands = 0, lead = 0; /* lead: the first word's brand flags */
    /* the names are looked up last, and only where the answer depends on them (a name is five
     * lexicon look-ups: callgrind on the corpus texts) */
    for (size_t at = a; at < b && zl_tagger_neighbour(wc, z->s, z->n, at, b, false, &w); at = w.e) {
        if (w.script != ZL_CYR || !w.klen || w.kase == ZL_LOWER) return false;
        int bf = zl_brand_flags(w.key, w.klen);
        if (!words) {
            first = w;
            lead = bf;
        }
        brands += bf != 0;
        words++;
    }
    if (!words) return false;
    /* a span that opens with a product's noun no name reads («Пиццу Маргарита») */
    if (words >= 2 && product_noun(&first) && !brand_word_is_name(&first)) return true;
    if (words >= 2) {
        /* every word a brand's: «Ладу Весту», «Леруа Мерлен» (a name among them too) */
        if (brands == words) return true;
        /* words no name table knows after a product's or a service's noun («процедура Аква
         * Пилинг») */
        if (service_context(z, a) && !span_has_name(z, a, b)) return true;
        /* a make and a model no list has («Киа Рио», «Тойоту Камри», «Хендай Крету»): after a
         * car make that is no name, words that are no names either */
        return (lead & ZL_BRAND_CAR) && !span_has_name(z, a, b);
    }
    if (brands) {
        /* a brand word that is also a name is a brand only next to another one: «Ладу Весту» is
         * a car, «Лада Петрова» and «Лада пришла» are a woman; the word alone is asked too when
         * the pair was refused as one span («Весту» after «Ладу») */
        if (!brand_word_is_name(&first) || (lead & ZL_BRAND_MEDIA)) return true;
        return (zl_tagger_neighbour(wc, z->s, z->n, a, a > 64 ? a - 64 : 0, true, &x) &&
                brand_next_to(z, &x, x.e, a)) ||
               (zl_tagger_neighbour(wc, z->s, z->n, b, b + 64 < z->n ? b + 64 : z->n, false, &x) &&
                brand_next_to(z, &x, b, x.s));
    }
    /* a word no name table knows, where a service is written about, or a model alone right after
     * its make (the pair refused as one span): no person */
    bool ctx = service_context(z, a) || operator_context(z, a, b) ||
               (zl_tagger_neighbour(wc, z->s, z->n, a, a > 64 ? a - 64 : 0, true, &x) &&
                brand_next_to(z, &x, x.e, a) && (zl_brand_flags(x.key, x.klen) & ZL_BRAND_CAR) &&
                !brand_word_is_name(&x));
    return ctx && !brand_word_is_name(&first);
}

bool zl_person_quoted(const zs_scan *z, const zl_tok *t) {
    return quoted(z->s, z->n, t->s, t->e);
}

/* ---- the vault key
 * --------------------------------------------------------------------------------- */

static int str_cmp(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Where a ruler's numeral ends the name in s («Мсвати III», "Henry VIII"): the space before it,
 * else n. The name is read without it, so that a later «Мсвати» is the same person (and so are
 * «Николай I» and «Николай II» in one text, as two mentions of «Николай» would be). */
static size_t regnal_cut(const unsigned char *s, size_t n) {
    size_t i = n;
    while (i > 0 && (s[i - 1] == 'I' || s[i - 1] == 'V' || s[i - 1] == 'X'))
        i--;
    return i < n && i >= 2 && s[i - 1] == ' ' && zl_regnal_end(s, n, true, i - 1) == n ? i - 1 : n;
}

/* Reads the whole of s[0,n) as one name in key mode: the words, their roles and sexes. False if
 * it is not exactly one name. */
static bool read_name(const unsigned char *s, size_t n, pw w[MAXW], int *nw_out, pmatch *m) {
    zl_init();
    zs_scan z = {.policy = NULL, .s = s, .n = n, .sc = NULL, .error = 0};
    zl_tok t, extra;
    *nw_out = 0;
    /* a double name's first initial («Ж.-К. Трише»): the name is read from the second */
    size_t from =
        n > 4 && s[0] == 0xD0 && s[1] >= 0x90 && s[1] <= 0xAF && s[2] == '.' && s[3] == '-' ? 4 : 0;
    if (!zl_next_word(s, n, from, n, &t)) return false;
    int nw = read_words(&z, &t, w, true);
    /* a nobiliary or Arabic particle inside the name is no part of its own ("Virgil van Dijk",
     * «Усамы бин Ладена»): the name is read without it, so that "van Dijk" later is Dijk */
    int kept = 0;
    for (int i = 0; i < nw; i++) {
        bool drop = i + 1 < nw && w[i].t.kase == ZL_LOWER && w[i].t.klen &&
                    zl_in(&w[i].t, zl_name_particles) && w[i + 1].t.kase != ZL_LOWER;
        if (!drop) w[kept++] = w[i];
    }
    nw = kept; /* the last word is never dropped */
    *nw_out = nw;
    /* the span must be exactly these words */
    bool whole = !zl_next_word(s, n, w[nw - 1].end, n, &extra);
    bool ok = whole && match(w, nw, ZL_CUE_NAME, false, false, true, m) && m->nw == nw;
    /* two capitalised words of one script that no pattern reads (a foreign given name no table
     * knows: «Тулси Габбард», «Мэри Кобб»): the second is read as the surname, so that a later
     * «Габбард» is the same person (it linked to no one); the first stays in the key only, since
     * such a span is sometimes no name at all («Института Пушкина»), and a later «Института»
     * must not be taken for one */
    if (!ok && whole && nw == 2 && !w[0].init && !w[1].init && cap(&w[0]) && cap(&w[1]) &&
        same_script(w, 2))
        ok = set(m, 2, 3, R_NONE, R_S, 0);
    zs_memzero(&t, sizeof t);
    zs_memzero(&extra, sizeof extra);
    return ok;
}

/* Both sexes possible ("Александра Смирнова": her, or his genitive): the reading in which more
 * words are already in the nominative wins. 0 male, 1 female, -1 a tie. */
static int nominative_sex(pw *w, int nw, const pmatch *m) {
    if (m->sex != 3) return (m->sex & ZL_MALE) ? 0 : 1;
    int score[2] = {0, 0};
    for (int i = 0; i < nw; i++)
        for (int g = 0; g < 2; g++) {
            const unsigned char *l = m->role[i] == R_F   ? w[i].flem[g]
                                     : m->role[i] == R_S ? w[i].slem[g]
                                                         : NULL;
            if (l && l[0] && strcmp((const char *)l, (const char *)w[i].t.key) == 0) score[g]++;
        }
    return score[0] == score[1] ? -1 : score[1] > score[0];
}

/* The dictionary form of word p in its role for a person of sex si (0 male, 1 female). */
static const unsigned char *role_lemma(pw *p, int role, int si) {
    switch (role) {
    case R_F:
        return p->flem[si][0] ? p->flem[si] : p->flem[1 - si][0] ? p->flem[1 - si] : p->t.key;
    case R_S:
        return p->slem[si][0] ? p->slem[si] : p->slem[1 - si][0] ? p->slem[1 - si] : p->t.key;
    case R_P:
        return p->plem[0] ? p->plem : p->t.key;
    default:
        return p->t.key;
    }
}

static void put_part(zs_name_part *d, const unsigned char *lem, int g) {
    size_t l = strnlen((const char *)lem, ZS_PART_MAX - 1);
    memcpy(d->lem[g], lem, l);
    d->lem[g][l] = 0;
}

/* The parts for the vault's linking of mentions (vault_person.c): every reading the words allow,
 * except a sex the nominative rules out (the key made the same choice). */
static void name_parts(pw *w, int nw, const pmatch *m, int pref, zs_name *name) {
    memset(name, 0, sizeof *name);
    name->sex = (uint8_t)(pref < 0 ? m->sex : pref == 0 ? ZL_MALE : ZL_FEMALE);
    bool given = false;
    for (int i = 0; i < nw; i++) {
        int role = m->role[i], slot;
        if (role == R_S)
            slot = ZS_SLOT_SURNAME;
        else if (role == R_P || role == R_M)
            slot = ZS_SLOT_SECOND; /* a patronymic or an English middle name */
        else if (role == R_F || role == R_I)
            slot = given ? ZS_SLOT_SECOND : ZS_SLOT_FIRST; /* "А. С.": first name, patronymic */
        else
            continue;
        if (slot != ZS_SLOT_SURNAME) given = true;
        zs_name_part *d = &name->part[slot];
        d->kind = (uint8_t)(role == R_I ? ZS_PART_INITIAL : ZS_PART_FULL);
        for (int g = 0; g < 2; g++)
            if (name->sex & (1 << g))
                put_part(d, role == R_I ? w[i].t.key : role_lemma(&w[i], role, g), g);
    }
}

bool zs_person_name(const unsigned char *s, size_t n, zs_name *name, zaslon_buf *key) {
    if (key) zs_buf_clear(key);
    pw w[MAXW];
    int nw = 0;
    pmatch m;
    size_t cut = regnal_cut(s, n);
    bool ok = read_name(s, cut, w, &nw, &m);
    int pref = ok ? nominative_sex(w, nw, &m) : 0;
    int si = pref < 0 ? 0 : pref; /* a tie keeps the masculine form in the key */
    const char *parts[MAXW];
    char initials[MAXW][8];
    for (int i = 0; i < nw && ok; i++) {
        pw *p = &w[i];
        const unsigned char *lem = role_lemma(p, m.role[i], si);
        if (m.role[i] == R_I) {
            size_t l = p->t.klen < 6 ? p->t.klen : 6;
            memcpy(initials[i], p->t.key, l);
            initials[i][l] = '.';
            initials[i][l + 1] = 0;
            lem = (const unsigned char *)initials[i];
        }
        parts[i] = (const char *)lem;
    }
    if (ok && key) {
        /* order does not matter: "Петрова Анна" and "Анна Петрова" are one person */
        qsort(parts, (size_t)nw, sizeof parts[0], str_cmp);
        for (int i = 0; i < nw && ok; i++) {
            if (i) ok = zs_buf_append(key, " ", 1);
            if (ok) ok = zs_buf_append(key, parts[i], strlen(parts[i]));
        }
    }
    if (ok && name) name_parts(w, nw, &m, pref, name);
    for (int i = 0; i < MAXW; i++)
        zs_memzero(&w[i], sizeof w[i]);
    zs_memzero(initials, sizeof initials);
    if (!ok && key) zs_buf_clear(key);
    return ok;
}

bool zs_person_key(const unsigned char *s, size_t n, zaslon_buf *out) {
    return zs_person_name(s, n, NULL, out);
}

/* «барак обама», «том мур»: in lower-case text a word with a first name's reading (even one
 * that is also an ordinary word: «барак» barracks, «том» a volume) right before a word the
 * lexicon reads as a surname and as no ordinary word, place or body is a name. Adds the span;
 * returns its end, or 0. */
size_t zl_person_lower_pair(zs_scan *z, const zl_tok *t, uint8_t f1) {
    if (t->kase != ZL_LOWER || t->script != ZL_CYR || t->nlet < 3 || !t->klen) return 0;
    /* from the bytes first: one space and a Cyrillic lower-case letter after t */
    const unsigned char *s = z->s;
    if (t->e + 3 > z->n || s[t->e] != ' ' || (s[t->e + 1] != 0xD0 && s[t->e + 1] != 0xD1)) return 0;
    /* then t's readings (f1: zl_person_lower_name_flags looked them up) */
    zl_wcache *wc = z->sc ? z->sc->wc : NULL;
    if (!(f1 & (ZL_LX_NAME_M | ZL_LX_NAME_F)) ||
        (f1 & (ZL_LX_PLACE | ZL_LX_NOTNAME | ZL_LX_SURN_M | ZL_LX_SURN_F)))
        return 0;
    zl_tok x;
    if (!zl_next_word(s, z->n, t->e, t->e + 2, &x) || x.s != t->e + 1 || x.kase != ZL_LOWER ||
        x.script != ZL_CYR || x.nlet < 3)
        return 0;
    zl_wcache_fold(wc, s, z->n, &x);
    if (!x.klen) return 0;
    uint8_t f2 = zl_lex_flags(x.key, x.klen, NULL, NULL);
    if (!(f2 & (ZL_LX_SURN_M | ZL_LX_SURN_F)) ||
        (f2 & (ZL_LX_COMMON | ZL_LX_PLACE | ZL_LX_NOTNAME)))
        return 0;
    if (verb_or_adj_tail(&x) || verb_or_adj_tail(t) || zl_ru_ordinary(x.key, x.klen)) return 0;
    zs_add(z, t->s, x.e, ZASLON_PERSON, ZL_PRIO_PERSON);
    return x.e;
}
