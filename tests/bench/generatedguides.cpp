// SPDX-License-Identifier: GPL-3.0-or-later
// Generation of the guides of bench_guides (generatedguides.h).

#include "generatedguides.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pasapas::bench
{

namespace
{

/// One phrase in the four languages of the benchmark.
struct Phrase
{
    QString fr;
    QString en;
    QString ar;
    QString uk;
};

QJsonObject text(const Phrase &p)
{
    return {{u"fr"_s, p.fr}, {u"en"_s, p.en}, {u"ar"_s, p.ar}, {u"uk"_s, p.uk}};
}

Phrase join(const Phrase &a, const Phrase &b, const QString &separator = u" "_s)
{
    return {a.fr + separator + b.fr, a.en + separator + b.en, a.ar + separator + b.ar, a.uk + separator + b.uk};
}

const QList<Phrase> &verbs()
{
    static const QList<Phrase> list{
        {u"Demander"_s, u"Apply for"_s, u"طلب"_s, u"Подати заяву на"_s},
        {u"Déclarer"_s, u"Declare"_s, u"التصريح بـ"_s, u"Задекларувати"_s},
        {u"Créer"_s, u"Create"_s, u"إنشاء"_s, u"Створити"_s},
        {u"Renouveler"_s, u"Renew"_s, u"تجديد"_s, u"Поновити"_s},
        {u"Modifier"_s, u"Change"_s, u"تعديل"_s, u"Змінити"_s},
        {u"Consulter"_s, u"Check"_s, u"الاطلاع على"_s, u"Переглянути"_s},
        {u"Suivre"_s, u"Follow"_s, u"متابعة"_s, u"Відстежити"_s},
        {u"Signaler"_s, u"Report"_s, u"الإبلاغ عن"_s, u"Повідомити про"_s},
        {u"Obtenir"_s, u"Get"_s, u"الحصول على"_s, u"Отримати"_s},
        {u"Payer"_s, u"Pay"_s, u"دفع"_s, u"Оплатити"_s},
        {u"S'inscrire pour"_s, u"Register for"_s, u"التسجيل من أجل"_s, u"Зареєструватися на"_s},
    };
    return list;
}

struct Topic
{
    Phrase object;
    QString category;
    int site; ///< index in sites()
};

const QList<Topic> &topics()
{
    static const QList<Topic> list{
        {{u"la prime d'activité"_s, u"the prime d'activité"_s, u"منحة النشاط"_s, u"допомогу prime d'activité"_s}, u"family"_s, 0},
        {{u"mon inscription à France Travail"_s, u"my registration with France Travail"_s, u"التسجيل في France Travail"_s, u"реєстрацію у France Travail"_s},
            u"work"_s,
            2},
        {{u"mon compte ameli"_s, u"my ameli account"_s, u"حسابي على ameli"_s, u"мій акаунт ameli"_s}, u"health"_s, 1},
        {{u"ma carte Vitale"_s, u"my Carte Vitale"_s, u"بطاقة Vitale"_s, u"мою картку Vitale"_s}, u"health"_s, 1},
        {{u"l'aide au logement"_s, u"housing benefit"_s, u"مساعدة السكن"_s, u"допомогу на житло"_s}, u"housing"_s, 0},
        {{u"mon changement d'adresse"_s, u"my change of address"_s, u"تغيير العنوان"_s, u"зміну адреси"_s}, u"everyday"_s, 4},
        {{u"mes revenus"_s, u"my income"_s, u"مداخيلي"_s, u"мої доходи"_s}, u"taxes"_s, 3},
        {{u"ma carte d'identité"_s, u"my identity card"_s, u"بطاقة الهوية"_s, u"посвідчення особи"_s}, u"identity"_s, 5},
        {{u"mon titre de séjour"_s, u"my residence permit"_s, u"بطاقة الإقامة"_s, u"посвідку на проживання"_s}, u"identity"_s, 5},
        {{u"l'inscription à la cantine"_s, u"registration for the school canteen"_s, u"التسجيل في المطعم المدرسي"_s, u"запис до шкільної їдальні"_s},
            u"family"_s,
            4},
        {{u"l'allocation de rentrée scolaire"_s, u"the back-to-school allowance"_s, u"منحة الدخول المدرسي"_s, u"допомогу до навчального року"_s},
            u"family"_s,
            0},
        {{u"ma complémentaire santé solidaire"_s, u"my complementary health cover"_s, u"التغطية الصحية التكميلية"_s, u"додаткове медичне страхування"_s},
            u"health"_s,
            1},
        {{u"le passe Navigo"_s, u"the Navigo pass"_s, u"بطاقة Navigo"_s, u"проїзний Navigo"_s}, u"transport"_s, 4},
        {{u"mon attestation de droits"_s, u"my certificate of entitlement"_s, u"شهادة الحقوق"_s, u"довідку про права"_s}, u"health"_s, 1},
        {{u"mon avis d'impôt"_s, u"my tax notice"_s, u"إشعار الضريبة"_s, u"податкове повідомлення"_s}, u"taxes"_s, 3},
        {{u"la déclaration trimestrielle"_s, u"the quarterly declaration"_s, u"التصريح الفصلي"_s, u"квартальну декларацію"_s}, u"family"_s, 0},
        {{u"l'inscription sur les listes électorales"_s,
             u"registration on the electoral roll"_s,
             u"التسجيل في القوائم الانتخابية"_s,
             u"запис до списків виборців"_s},
            u"everyday"_s,
            4},
        {{u"mon permis de conduire"_s, u"my driving licence"_s, u"رخصة القيادة"_s, u"посвідчення водія"_s}, u"transport"_s, 5},
        {{u"un rendez-vous en préfecture"_s, u"an appointment at the préfecture"_s, u"موعد في المحافظة"_s, u"запис до префектури"_s}, u"identity"_s, 4},
        {{u"le chèque énergie"_s, u"the energy voucher"_s, u"شيك الطاقة"_s, u"енергетичний чек"_s}, u"housing"_s, 4},
    };
    return list;
}

const QList<Phrase> &variants()
{
    static const QList<Phrase> list{
        {QString(), QString(), QString(), QString()},
        {u"en ligne"_s, u"online"_s, u"عبر الإنترنت"_s, u"онлайн"_s},
        {u"pour un proche"_s, u"for a relative"_s, u"لأحد الأقارب"_s, u"для близької людини"_s},
        {u"depuis l'étranger"_s, u"from abroad"_s, u"من الخارج"_s, u"з-за кордону"_s},
        {u"avec FranceConnect"_s, u"with FranceConnect"_s, u"عبر FranceConnect"_s, u"через FranceConnect"_s},
    };
    return list;
}

struct Site
{
    QString host;
    QStringList allowedHosts;
};

const QList<Site> &sites()
{
    static const QList<Site> list{
        {u"www.caf.fr"_s, {u"www.caf.fr"_s, u"*.caf.fr"_s, u"*.franceconnect.gouv.fr"_s}},
        {u"www.ameli.fr"_s, {u"www.ameli.fr"_s, u"*.ameli.fr"_s, u"*.franceconnect.gouv.fr"_s}},
        {u"www.francetravail.fr"_s, {u"www.francetravail.fr"_s, u"*.francetravail.fr"_s, u"*.franceconnect.gouv.fr"_s}},
        {u"www.impots.gouv.fr"_s, {u"www.impots.gouv.fr"_s, u"*.impots.gouv.fr"_s, u"*.franceconnect.gouv.fr"_s}},
        {u"www.service-public.fr"_s, {u"www.service-public.fr"_s, u"*.service-public.fr"_s, u"*.franceconnect.gouv.fr"_s}},
        {u"ants.gouv.fr"_s, {u"*.ants.gouv.fr"_s, u"*.franceconnect.gouv.fr"_s}},
    };
    return list;
}

/// Words of buttons and links, as French sites write them.
const QStringList &buttons()
{
    static const QStringList list{u"Se connecter"_s,
        u"Mon compte"_s,
        u"Faire une demande"_s,
        u"Suivant"_s,
        u"Valider"_s,
        u"Continuer"_s,
        u"Commencer"_s,
        u"J'accepte"_s,
        u"Envoyer ma demande"_s,
        u"Mes démarches"_s,
        u"Confirmer"_s,
        u"Télécharger"_s};
    return list;
}

const QStringList &fields()
{
    static const QStringList list{u"Adresse e-mail"_s,
        u"Mot de passe"_s,
        u"Numéro de sécurité sociale"_s,
        u"Identifiant"_s,
        u"Date de naissance"_s,
        u"Code postal"_s,
        u"Numéro de téléphone"_s,
        u"Nom de naissance"_s};
    return list;
}

QString slug(const QString &frenchWords)
{
    QString s;
    for (const QChar c : frenchWords.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            s += c.toLower();
        } else if (!s.isEmpty() && !s.endsWith(u'-')) {
            s += u'-';
        }
    }
    while (s.endsWith(u'-')) {
        s.chop(1);
    }
    return s;
}

class GuideWriter
{
public:
    explicit GuideWriter(quint32 seed)
        : m_random(seed)
    {
    }

    /// The guide number n, as a JSON object; its id in *id.
    QJsonObject guide(int n, QString *id)
    {
        const Phrase &verb = verbs().at(n % verbs().size());
        const Topic &topic = topics().at((n / verbs().size()) % topics().size());
        const Phrase &variant = variants().at((n / (verbs().size() * topics().size())) % variants().size());
        const Site &site = sites().at(topic.site);
        Phrase title = join(verb, topic.object);
        if (!variant.fr.isEmpty()) {
            title = join(title, variant);
        }
        *id = u"%1-%2"_s.arg(slug(title.fr)).arg(n, 4, 10, QLatin1Char('0'));

        QJsonArray documents;
        const int documentCount = 1 + int(m_random.bounded(4));
        static const QList<Phrase> documentTexts{
            {u"Votre pièce d'identité ou votre titre de séjour"_s,
                u"Your identity card or residence permit"_s,
                u"بطاقة الهوية أو بطاقة الإقامة"_s,
                u"Ваше посвідчення особи або посвідка на проживання"_s},
            {u"Votre numéro de sécurité sociale"_s, u"Your social security number"_s, u"رقم الضمان الاجتماعي"_s, u"Ваш номер соціального страхування"_s},
            {u"Vos fiches de paie des 3 derniers mois"_s,
                u"Your payslips for the last 3 months"_s,
                u"قسائم راتبك للأشهر الثلاثة الأخيرة"_s,
                u"Ваші розрахункові листи за останні 3 місяці"_s},
            {u"Votre RIB (relevé d'identité bancaire)"_s,
                u"Your RIB (bank details slip)"_s,
                u"كشف الهوية البنكية (RIB)"_s,
                u"Ваш RIB (банківські реквізити)"_s},
            {u"Votre téléphone portable, pour recevoir un code"_s,
                u"Your mobile phone, to receive a code"_s,
                u"هاتفك المحمول، لاستلام رمز"_s,
                u"Ваш мобільний телефон, щоб отримати код"_s},
            {u"Un justificatif de domicile de moins de 3 mois"_s,
                u"Proof of address less than 3 months old"_s,
                u"إثبات سكن لا يتجاوز عمره 3 أشهر"_s,
                u"Підтвердження адреси, не старше 3 місяців"_s},
        };
        static const QStringList documentIcons{u"contact-new"_s, u"dialog-password"_s, u"wallet-open"_s, u"view-bank"_s, u"phone"_s, u"go-home"_s};
        for (int i = 0; i < documentCount; ++i) {
            const int k = int(m_random.bounded(documentTexts.size()));
            documents.append(QJsonObject{{u"text"_s, text(documentTexts.at(k))}, {u"pictogram"_s, documentIcons.at(k)}});
        }

        const Phrase summary{
            u"Cette démarche se fait sur %1. Vous vous connectez à votre compte, puis vous remplissez le formulaire. Gardez vos documents à côté de vous."_s
                .arg(site.host),
            u"This is done on %1. You sign in to your account, then you fill in the form. Keep your documents next to you."_s.arg(site.host),
            u"تتم هذه الخطوة على موقع %1. تدخل إلى حسابك، ثم تملأ الاستمارة. احتفظ بوثائقك بجانبك."_s.arg(site.host),
            u"Це робиться на %1. Ви входите до свого акаунта, потім заповнюєте форму. Тримайте документи поруч."_s.arg(site.host),
        };
        const Phrase notes{
            u"Comptez 20 à 40 minutes. Vérifiez d'abord que la personne a ses identifiants ; sinon, commencez par « Mot de passe oublié ». Le site change parfois ses boutons : si une étape ne trouve pas son bouton, montrez-le du doigt et appuyez sur « C'est fait ». Pensez à noter le numéro de dossier à la fin."_s,
            u"Allow 20 to 40 minutes. First check that the person has their login details; if not, start with “Mot de passe oublié”. The site sometimes changes its buttons: if a step cannot find its button, point at it and press “Done”. Remember to write down the file number at the end."_s,
            u"احسب من 20 إلى 40 دقيقة. تحقّق أولًا من أن لدى الشخص معرّفاته؛ وإلا فابدأ بـ « Mot de passe oublié ». يغيّر الموقع أحيانًا أزراره: إذا لم تجد خطوةٌ زرّها، أشر إليه واضغط على « تم ». تذكّر تدوين رقم الملف في النهاية."_s,
            u"Розрахуйте 20–40 хвилин. Спершу перевірте, чи має людина свої дані для входу; якщо ні, почніть з «Mot de passe oublié». Сайт іноді змінює кнопки: якщо крок не знаходить кнопку, покажіть її пальцем і натисніть «Готово». Не забудьте записати номер справи наприкінці."_s,
        };

        QJsonArray steps;
        for (int s = 0; s < stepsPerGuide; ++s) {
            steps.append(step(s, site));
        }

        static const QStringList pictograms{u"wallet-open"_s, u"folder-documents"_s, u"contact-new"_s, u"go-home"_s, u"view-bank"_s};
        return QJsonObject{
            {u"$schema"_s, u"../guide.schema.json"_s},
            {u"id"_s, *id},
            {u"version"_s, 1 + int(m_random.bounded(5))},
            {u"category"_s, topic.category},
            {u"title"_s, text(title)},
            {u"summary"_s, text(summary)},
            {u"minutes"_s, 10 + 5 * int(m_random.bounded(8))},
            {u"start"_s, u"https://%1/"_s.arg(site.host)},
            {u"allowedHosts"_s, QJsonArray::fromStringList(site.allowedHosts)},
            {u"pictogram"_s, pictograms.at(n % pictograms.size())},
            {u"documents"_s, documents},
            {u"mediatorNotes"_s, text(notes)},
            {u"steps"_s, steps},
        };
    }

private:
    QJsonObject step(int s, const Site &site)
    {
        const QString domain = site.host.startsWith(u"www."_s) ? site.host.mid(4) : site.host;
        const QString page = s < 4 ? u"https://%1/*"_s.arg(site.host) : u"https://*.%1/espace/*"_s.arg(domain);
        QJsonObject o{{u"id"_s, u"etape-%1"_s.arg(s + 1)}, {u"page"_s, page}};
        switch (s % 5) {
        case 0:
        case 3: { // tap a button or link
            const QString words = buttons().at(int(m_random.bounded(buttons().size())));
            o.insert(u"instruction"_s,
                text({u"Appuyez sur « %1 », en bas de la page."_s.arg(words),
                    u"Tap “%1” at the bottom of the page."_s.arg(words),
                    u"اضغط على « %1 » في أسفل الصفحة."_s.arg(words),
                    u"Натисніть «%1» внизу сторінки."_s.arg(words)}));
            o.insert(u"frenchWords"_s, words);
            o.insert(u"target"_s,
                QJsonArray{QJsonObject{{u"role"_s, s % 2 ? u"link"_s : u"button"_s}, {u"name"_s, words}},
                    QJsonObject{{u"text"_s, words}},
                    QJsonObject{{u"css"_s, u"a[href*=\"%1\"], button#%1"_s.arg(slug(words))}}});
            o.insert(u"complete"_s, QJsonObject{{u"on"_s, u"tap"_s}});
            break;
        }
        case 1: { // fill a field
            const QString label = fields().at(int(m_random.bounded(fields().size())));
            o.insert(u"instruction"_s,
                text({u"Tapez votre %1 dans la case."_s.arg(label.toLower()),
                    u"Type your %1 in the box."_s.arg(label.toLower()),
                    u"اكتب %1 في الخانة."_s.arg(label),
                    u"Введіть %1 у поле."_s.arg(label)}));
            o.insert(u"frenchWords"_s, label);
            o.insert(u"target"_s, QJsonArray{QJsonObject{{u"label"_s, label}}, QJsonObject{{u"css"_s, u"input#%1"_s.arg(slug(label))}}});
            o.insert(u"complete"_s, QJsonObject{{u"on"_s, u"fill"_s}});
            o.insert(u"sensitive"_s, label.startsWith(u"Mot"_s) || label.startsWith(u"Num"_s));
            o.insert(u"wait"_s, 15);
            break;
        }
        case 2: // wait for an address
            o.insert(u"instruction"_s,
                text({u"Attendez : la page de votre espace personnel s'ouvre."_s,
                    u"Wait: your personal space opens."_s,
                    u"انتظر: تُفتح صفحة فضائك الشخصي."_s,
                    u"Зачекайте: відкривається ваш особистий кабінет."_s}));
            o.insert(u"complete"_s, QJsonObject{{u"on"_s, u"address"_s}, {u"address"_s, u"https://*.%1/espace/*"_s.arg(domain)}});
            o.insert(u"skipIf"_s, QJsonObject{{u"address"_s, u"https://*.%1/espace/accueil*"_s.arg(domain)}});
            break;
        case 4: // read, then done
            o.insert(u"instruction"_s,
                text({u"Lisez le récapitulatif. Vérifiez chaque ligne, puis appuyez sur « C'est fait »."_s,
                    u"Read the summary. Check each line, then press “Done”."_s,
                    u"اقرأ الملخّص. تحقّق من كل سطر، ثم اضغط على « تم »."_s,
                    u"Прочитайте підсумок. Перевірте кожен рядок, потім натисніть «Готово»."_s}));
            o.insert(u"complete"_s, QJsonObject{{u"on"_s, u"done"_s}});
            o.insert(u"pictogram"_s, u"document-edit"_s);
            break;
        }
        if (s % 3 == 0) {
            o.insert(u"mediatorNote"_s,
                text({u"Si un bandeau de cookies s'affiche, fermez-le d'abord avec la personne. Sur petit écran, le bouton peut être dans le menu."_s,
                    u"If a cookie banner appears, close it first with the person. On a small screen the button may be in the menu."_s,
                    u"إذا ظهر شريط ملفات تعريف الارتباط، أغلقه أولًا مع الشخص. في الشاشة الصغيرة قد يكون الزر داخل القائمة."_s,
                    u"Якщо з'явиться банер cookie, спершу закрийте його разом з людиною. На малому екрані кнопка може бути в меню."_s}));
        }
        return o;
    }

    QRandomGenerator m_random;
};

} // namespace

qint64 writeGuides(const QString &dir)
{
    GuideWriter writer(20240601);
    qint64 bytes = 0;
    for (int n = 0; n < guideCount; ++n) {
        QString id;
        const QByteArray json = QJsonDocument(writer.guide(n, &id)).toJson(QJsonDocument::Indented);
        QDir(dir).mkpath(id);
        QFile file(dir + u'/' + id + u"/guide.json"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return -1;
        }
        bytes += json.size();
    }
    return bytes;
}

} // namespace pasapas::bench
