#include "models/dateinput.h"
#include "models/displaytext.h"
#include "models/propertylabels.h"
#include "models/propertyvalue.h"

#include <QDateTime>
#include <QTest>

class TestPropertyValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void wireRoundTrip_data();
    void wireRoundTrip();
    void sameNormalises();
    void inferDefinition_data();
    void inferDefinition();
    void displayText_data();
    void displayText();
    void formatRuleInWords();
    void customColumnLabels_data();
    void customColumnLabels();
    void dateAsPeopleTypeIt_data();
    void dateAsPeopleTypeIt();
    void shownDateReadsBack_data();
    void shownDateReadsBack();
    void typedDateChecked();
    void birthdayIsQuestioned();
};

namespace {
PropertyDef def(PropertyDef::Type type, bool required = false, const QString &regex = QString())
{
    PropertyDef d;
    d.name = QStringLiteral("p");
    d.type = type;
    d.required = required;
    d.customRegex = regex;
    return d;
}
using T = PropertyDef::Type;
} // namespace

void TestPropertyValue::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestPropertyValue::check_data()
{
    QTest::addColumn<PropertyDef>("definition");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariant>("value");

    const QString phone = QStringLiteral("\\+?[0-9 ]{6,20}");
    QTest::newRow("string") << def(T::String) << QVariant(QStringLiteral("x")) << true << QVariant(QStringLiteral("x"));
    QTest::newRow("string empty optional") << def(T::String) << QVariant(QString()) << true << QVariant();
    QTest::newRow("string empty required") << def(T::String, true) << QVariant(QString()) << false << QVariant();
    QTest::newRow("null required") << def(T::Int, true) << QVariant() << false << QVariant();
    QTest::newRow("regex match") << def(T::String, false, phone) << QVariant(QStringLiteral("+49 30 1234567")) << true
                                 << QVariant(QStringLiteral("+49 30 1234567"));
    QTest::newRow("regex is anchored") << def(T::String, false, phone)
                                       << QVariant(QStringLiteral("call +49 30 1234567")) << false
                                       << QVariant(QStringLiteral("call +49 30 1234567"));
    QTest::newRow("regex on text") << def(T::Text, false, QStringLiteral("[a-z]+")) << QVariant(QStringLiteral("ab1"))
                                   << false << QVariant(QStringLiteral("ab1"));
    QTest::newRow("invalid regex does not block")
        << def(T::String, false, QStringLiteral("([")) << QVariant(QStringLiteral("x")) << true
        << QVariant(QStringLiteral("x"));
    QTest::newRow("regex not applied to empty")
        << def(T::String, false, phone) << QVariant(QString()) << true << QVariant();
    QTest::newRow("int text") << def(T::Int) << QVariant(QStringLiteral(" 42 ")) << true << QVariant(qlonglong(42));
    QTest::newRow("int negative") << def(T::Int) << QVariant(QStringLiteral("-7")) << true << QVariant(qlonglong(-7));
    QTest::newRow("int number") << def(T::Int) << QVariant(42) << true << QVariant(qlonglong(42));
    QTest::newRow("int garbage kept raw")
        << def(T::Int) << QVariant(QStringLiteral("4a")) << false << QVariant(QStringLiteral("4a"));
    QTest::newRow("int fraction") << def(T::Int) << QVariant(QStringLiteral("4.5")) << false
                                  << QVariant(QStringLiteral("4.5"));
    QTest::newRow("int max") << def(T::Int) << QVariant(QStringLiteral("2147483647")) << true
                             << QVariant(qlonglong(2147483647));
    QTest::newRow("int over range") << def(T::Int) << QVariant(QStringLiteral("2147483648")) << false
                                    << QVariant(QStringLiteral("2147483648"));
    QTest::newRow("int under range") << def(T::Int) << QVariant(qlonglong(-2147483649LL)) << false
                                     << QVariant(qlonglong(-2147483649LL));
    QTest::newRow("double text") << def(T::Double) << QVariant(QStringLiteral("1.5")) << true << QVariant(1.5);
    QTest::newRow("double int") << def(T::Double) << QVariant(3) << true << QVariant(3.0);
    QTest::newRow("double garbage") << def(T::Double) << QVariant(QStringLiteral("one")) << false
                                    << QVariant(QStringLiteral("one"));
    QTest::newRow("double inf") << def(T::Double) << QVariant(qInf()) << false << QVariant(qInf());
    QTest::newRow("bool") << def(T::Boolean) << QVariant(true) << true << QVariant(true);
    QTest::newRow("bool false required") << def(T::Boolean, true) << QVariant(false) << true << QVariant(false);
    QTest::newRow("bool text") << def(T::Boolean) << QVariant(QStringLiteral("false")) << true << QVariant(false);
    QTest::newRow("bool garbage") << def(T::Boolean) << QVariant(QStringLiteral("maybe")) << false
                                  << QVariant(QStringLiteral("maybe"));
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(981158400000, Qt::UTC);
    QTest::newRow("datetime") << def(T::DateTime) << QVariant(dt) << true << QVariant(dt);
    QTest::newRow("datetime epoch ms") << def(T::DateTime) << QVariant(qlonglong(981158400000)) << true << QVariant(dt);
    QTest::newRow("datetime iso") << def(T::DateTime) << QVariant(QStringLiteral("2001-02-03T00:00:00Z")) << true
                                  << QVariant(QDateTime(QDate(2001, 2, 3), QTime(0, 0), Qt::UTC));
    QTest::newRow("datetime garbage") << def(T::DateTime) << QVariant(QStringLiteral("someday")) << false
                                      << QVariant(QStringLiteral("someday"));
    QTest::newRow("datetime not set") << def(T::DateTime) << QVariant(QDateTime()) << true << QVariant();
}

void TestPropertyValue::check()
{
    QFETCH(PropertyDef, definition);
    QFETCH(QVariant, input);
    QFETCH(bool, valid);
    QFETCH(QVariant, value);
    const PropertyValue::Checked checked = PropertyValue::check(definition, input);
    QCOMPARE(checked.isValid(), valid);
    QCOMPARE(checked.error.isEmpty(), valid);
    if (value.metaType().id() == QMetaType::QDateTime)
        QCOMPARE(checked.value.toDateTime().toMSecsSinceEpoch(), value.toDateTime().toMSecsSinceEpoch());
    else if (value.metaType().id() == QMetaType::Double && qIsInf(value.toDouble()))
        QVERIFY(qIsInf(checked.value.toDouble()));
    else
        QCOMPARE(checked.value, value);
}

void TestPropertyValue::wireRoundTrip_data()
{
    QTest::addColumn<PropertyDef>("definition");
    QTest::addColumn<QVariant>("wire");
    QTest::addColumn<QVariant>("model");
    QTest::newRow("datetime") << def(T::DateTime) << QVariant(qlonglong(981158400000))
                              << QVariant(QDateTime::fromMSecsSinceEpoch(981158400000, Qt::UTC));
    QTest::newRow("datetime null") << def(T::DateTime) << QVariant() << QVariant();
    QTest::newRow("int from double") << def(T::Int) << QVariant(42.0) << QVariant(qlonglong(42));
    QTest::newRow("double") << def(T::Double) << QVariant(qlonglong(2)) << QVariant(2.0);
    QTest::newRow("string") << def(T::String) << QVariant(QStringLiteral("s")) << QVariant(QStringLiteral("s"));
    QTest::newRow("bool") << def(T::Boolean) << QVariant(true) << QVariant(true);
}

void TestPropertyValue::wireRoundTrip()
{
    QFETCH(PropertyDef, definition);
    QFETCH(QVariant, wire);
    QFETCH(QVariant, model);
    const QVariant fromWire = PropertyValue::fromWire(definition, wire);
    QVERIFY(PropertyValue::same(definition, fromWire, model));
    QCOMPARE(fromWire.metaType(), model.metaType());
    const QVariant back = PropertyValue::toWire(definition, fromWire);
    QCOMPARE(back.isValid(), wire.isValid());
    QVERIFY(PropertyValue::same(definition, PropertyValue::fromWire(definition, back), model));
}

void TestPropertyValue::sameNormalises()
{
    QVERIFY(PropertyValue::same(def(T::String), QVariant(), QVariant(QString())));
    QVERIFY(!PropertyValue::same(def(T::String), QVariant(), QVariant(QStringLiteral(" "))));
    QVERIFY(PropertyValue::same(def(T::Double), QVariant(1), QVariant(1.0)));
    QVERIFY(!PropertyValue::same(def(T::Int), QVariant(1), QVariant(2)));
    QVERIFY(!PropertyValue::same(def(T::Int), QVariant(1), QVariant(QStringLiteral("1"))));
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    QVERIFY(PropertyValue::same(def(T::DateTime), QVariant(utc), QVariant(utc.toLocalTime())));
    QVERIFY(!PropertyValue::same(def(T::Boolean), QVariant(false), QVariant()));
}

void TestPropertyValue::inferDefinition_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<PropertyDef::Type>("type");
    QTest::addColumn<QString>("typeName");
    QTest::newRow("text") << QVariant(QStringLiteral("x")) << T::String << QStringLiteral("STRING");
    QTest::newRow("bool") << QVariant(true) << T::Boolean << QStringLiteral("BOOLEAN");
    QTest::newRow("int") << QVariant(3) << T::Int << QStringLiteral("INT");
    QTest::newRow("integral double (JSON)") << QVariant(3.0) << T::Int << QStringLiteral("INT");
    QTest::newRow("double") << QVariant(3.5) << T::Double << QStringLiteral("DOUBLE");
    QTest::newRow("datetime") << QVariant(QDateTime::currentDateTimeUtc()) << T::DateTime << QStringLiteral("DATETIME");
}

void TestPropertyValue::inferDefinition()
{
    QFETCH(QVariant, value);
    QFETCH(PropertyDef::Type, type);
    QFETCH(QString, typeName);
    const PropertyDef d = PropertyValue::inferDefinition(QStringLiteral("x"), value);
    QCOMPARE(d.name, QStringLiteral("x"));
    QCOMPARE(d.type, type);
    QCOMPARE(d.typeName, typeName);
    QVERIFY(!d.required);
}

void TestPropertyValue::displayText_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("shown");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(us);
    // A birthday is a date: four-digit year, no midnight time; a sign-in has its time.
    QTest::newRow("date at midnight") << QVariant(QDateTime(QDate(1985, 11, 15), QTime(0, 0)))
                                      << QStringLiteral("11/15/1985");
    QTest::newRow("date and time") << QVariant(QDateTime(QDate(2026, 11, 30), QTime(9, 16)))
                                   << QStringLiteral("11/30/2026 9:16 AM");
    QTest::newRow("yes") << QVariant(true) << QStringLiteral("Yes");
    QTest::newRow("json") << QVariant(QVariantMap{{QStringLiteral("a"), 1}}) << QStringLiteral("{\"a\":1}");
    QTest::newRow("empty") << QVariant() << QString();
}

void TestPropertyValue::displayText()
{
    QFETCH(QVariant, value);
    QFETCH(QString, shown);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(DisplayText::value(value), shown);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(DisplayText::dateFormat(), QStringLiteral("dd.MM.yyyy"));
    QLocale::setDefault(QLocale::c());
}

void TestPropertyValue::formatRuleInWords()
{
    // The demo schema's phone pattern, as a person reads it.
    QCOMPARE(PropertyValue::formatRule(QStringLiteral("[0-9 +\\-]*")),
             QStringLiteral("Only these characters are allowed here: 0 to 9, space, +, -."));
    QCOMPARE(
        PropertyValue::check(def(T::String, false, QStringLiteral("[0-9 +\\-]*")), QStringLiteral("call me")).error,
        QStringLiteral("Only these characters are allowed here: 0 to 9, space, +, -."));
    // Anything else is quoted, not guessed at.
    QVERIFY(PropertyValue::formatRule(QStringLiteral("\\w+@\\w+")).contains(QStringLiteral("\\w+@\\w+")));
}

void TestPropertyValue::customColumnLabels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    QTest::newRow("camelCase") << QStringLiteral("favouriteColour") << QStringLiteral("Favourite colour");
    QTest::newRow("snake_case") << QStringLiteral("nick_name") << QStringLiteral("Nick name");
    QTest::newRow("one word") << QStringLiteral("nickname") << QStringLiteral("Nickname");
    QTest::newRow("acronym") << QStringLiteral("URL") << QStringLiteral("URL");
    QTest::newRow("known column") << QStringLiteral("lastLogin") << QStringLiteral("Last sign-in");
    QTest::newRow("only separators") << QStringLiteral("__") << QStringLiteral("__");
}

void TestPropertyValue::customColumnLabels()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    QCOMPARE(PropertyLabels::label(name), label);
}

QTEST_GUILESS_MAIN(TestPropertyValue)
#include "tst_propertyvalue.moc"

// Issue 19: a date typed whole, as people write it in their locale, is that date; what is not
// one date is refused (an invalid QDateTime), never read as another.
void TestPropertyValue::dateAsPeopleTypeIt_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const auto day = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0)); };
    const QDateTime refused;
    const int century = QDate::currentDate().year() / 100 * 100;
    // en_US: month first.
    QTest::newRow("us slashes") << "en_US"
                                << "12/25/1990" << day(1990, 12, 25);
    QTest::newRow("us one-digit month") << "en_US"
                                        << "3/14/1990" << day(1990, 3, 14);
    QTest::newRow("us dashes") << "en_US"
                               << "12-25-1990" << day(1990, 12, 25);
    QTest::newRow("us two-digit year") << "en_US"
                                       << "12/25/90" << day(1990, 12, 25);
    QTest::newRow("us two-digit recent year") << "en_US"
                                              << "1/2/05" << day(century + 5, 1, 2);
    QTest::newRow("us digits only") << "en_US"
                                    << "12251990" << day(1990, 12, 25);
    QTest::newRow("us seven digits, one reading") << "en_US"
                                                  << "3141990" << day(1990, 3, 14);
    QTest::newRow("us month name") << "en_US"
                                   << "December 25, 1990" << day(1990, 12, 25);
    QTest::newRow("us short month name") << "en_US"
                                         << "Dec 25 1990" << day(1990, 12, 25);
    QTest::newRow("us ordinal") << "en_US"
                                << "25th of December 1990" << day(1990, 12, 25);
    QTest::newRow("us iso") << "en_US"
                            << "1990-12-25" << day(1990, 12, 25);
    QTest::newRow("us spaces around") << "en_US"
                                      << "  12/25/1990 " << day(1990, 12, 25);
    QTest::newRow("us with time") << "en_US"
                                  << "11/30/2026 9:16 AM" << QDateTime(QDate(2026, 11, 30), QTime(9, 16));
    QTest::newRow("us with pm time") << "en_US"
                                     << "11/30/2026 9:16 PM" << QDateTime(QDate(2026, 11, 30), QTime(21, 16));
    QTest::newRow("us day 25 as month") << "en_US"
                                        << "25/12/1990" << refused;
    QTest::newRow("us no such day") << "en_US"
                                    << "2/30/1990" << refused;
    QTest::newRow("us no year") << "en_US"
                                << "12/25" << refused;
    QTest::newRow("us words") << "en_US"
                              << "last tuesday" << refused;
    QTest::newRow("us three-digit year") << "en_US"
                                         << "12/25/199" << refused;
    QTest::newRow("us ambiguous digits") << "en_US"
                                         << "1111990" << refused;
    QTest::newRow("us bad time") << "en_US"
                                 << "12/25/1990 25:00" << refused;
    // de: day first, dots.
    QTest::newRow("de dots") << "de_DE"
                             << "25.12.1985" << day(1985, 12, 25);
    QTest::newRow("de two-digit year") << "de_DE"
                                       << "25.12.85" << day(1985, 12, 25);
    QTest::newRow("de one digit") << "de_DE"
                                  << "1.3.1985" << day(1985, 3, 1);
    QTest::newRow("de month name") << "de_DE"
                                   << "25. Dezember 1985" << day(1985, 12, 25);
    QTest::newRow("de short month name") << "de_DE"
                                         << "25. Dez. 1985" << day(1985, 12, 25);
    QTest::newRow("de digits only") << "de_DE"
                                    << "25121985" << day(1985, 12, 25);
    QTest::newRow("de iso") << "de_DE"
                            << "1985-12-25" << day(1985, 12, 25);
    QTest::newRow("de with time") << "de_DE"
                                  << "25.12.1985 14:30" << QDateTime(QDate(1985, 12, 25), QTime(14, 30));
    QTest::newRow("de month 25") << "de_DE"
                                 << "12.25.1985" << refused;
    // fr: day first, slashes.
    QTest::newRow("fr slashes") << "fr_FR"
                                << "25/12/1985" << day(1985, 12, 25);
    QTest::newRow("fr month name") << "fr_FR"
                                   << "25 décembre 1985" << day(1985, 12, 25);
    QTest::newRow("fr short month name") << "fr_FR"
                                         << "25 déc. 1985" << day(1985, 12, 25);
    QTest::newRow("fr without accent") << "fr_FR"
                                       << "25 decembre 1985" << day(1985, 12, 25);
    QTest::newRow("fr premier") << "fr_FR"
                                << "1er mars 1990" << day(1990, 3, 1);
    QTest::newRow("fr dots") << "fr_FR"
                             << "14.03.1990" << day(1990, 3, 14);
    // es: day first.
    QTest::newRow("es slashes") << "es_ES"
                                << "25/12/1985" << day(1985, 12, 25);
    QTest::newRow("es month name") << "es_ES"
                                   << "25 de diciembre de 1985" << day(1985, 12, 25);
    // en_GB: day first, in English.
    QTest::newRow("gb slashes") << "en_GB"
                                << "25/12/1985" << day(1985, 12, 25);
    QTest::newRow("gb month name") << "en_GB"
                                   << "25 December 1985" << day(1985, 12, 25);
}

void TestPropertyValue::dateAsPeopleTypeIt()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QDateTime, expected);
    const QDateTime read = DateInput::parse(typed, QLocale(locale));
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(read, expected);
}

// What the form shows (DisplayText) is what it reads back, in every shipped language.
void TestPropertyValue::shownDateReadsBack_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *name : {"en_US", "de_DE", "fr_FR", "es_ES", "en_GB", "C"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestPropertyValue::shownDateReadsBack()
{
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    for (const QDateTime &shown :
         {QDateTime(QDate(1985, 12, 25), QTime(0, 0)), QDateTime(QDate(2026, 1, 2), QTime(9, 5)),
          QDateTime(QDate(1999, 7, 31), QTime(23, 59))}) {
        const QString text = DisplayText::dateTime(shown);
        QCOMPARE(DateInput::parse(text), shown);
    }
    QCOMPARE(DateInput::parse(DateInput::example()), QDateTime(QDate(1990, 12, 25), QTime(0, 0)));
    QLocale::setDefault(QLocale::c());
}

void TestPropertyValue::typedDateChecked()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const PropertyValue::Checked typed = PropertyValue::check(def(T::DateTime), QStringLiteral("25.12.1985"));
    QVERIFY(typed.isValid());
    QCOMPARE(typed.value.toDateTime(), QDateTime(QDate(1985, 12, 25), QTime(0, 0)).toUTC());
    // Not a date: refused with an example of one, and kept as typed (never stored as another date).
    const PropertyValue::Checked refused = PropertyValue::check(def(T::DateTime), QStringLiteral("12.25.1985"));
    QVERIFY(!refused.isValid());
    QCOMPARE(refused.value, QVariant(QStringLiteral("12.25.1985")));
    QVERIFY2(refused.error.contains(QStringLiteral("25.12.1990")), qPrintable(refused.error));
    QLocale::setDefault(QLocale::c());
}

// A birthday in the future or more than 150 years ago is a mistyped year: asked about, not stored.
void TestPropertyValue::birthdayIsQuestioned()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PropertyDef birthday = def(T::DateTime);
    birthday.name = QStringLiteral("birthday");
    const QDate today = QDate::currentDate();
    const auto check = [&](const QVariant &input) { return PropertyValue::check(birthday, input); };

    // What QDateTimeEdit made of "12/25/1990".
    const PropertyValue::Checked future = check(QStringLiteral("12/31/2519"));
    QVERIFY(!future.isValid());
    QVERIFY2(future.error.contains(QStringLiteral("12/31/2519")) && future.error.contains(QStringLiteral("future")),
             qPrintable(future.error));
    QVERIFY(!check(QDateTime(today.addDays(1), QTime(0, 0))).isValid());
    const PropertyValue::Checked old = check(QDateTime(today.addYears(-151), QTime(0, 0)));
    QVERIFY(!old.isValid());
    QVERIFY2(old.error.contains(QStringLiteral("150")), qPrintable(old.error));

    QVERIFY(check(QStringLiteral("12/25/1990")).isValid());
    QVERIFY(check(QDateTime(today, QTime(0, 0))).isValid());
    QVERIFY(check(QDateTime(today.addYears(-149), QTime(0, 0))).isValid());
    // The same names, spelled otherwise, are birth dates too; other dates may be anywhere in time.
    for (const char *name : {"birthDate", "date_of_birth", "DOB"})
        QVERIFY2(PropertyValue::isBirthDate(QLatin1String(name)), name);
    QVERIFY(!PropertyValue::isBirthDate(QStringLiteral("renewal")));
    QVERIFY(PropertyValue::check(def(T::DateTime), QStringLiteral("12/31/2519")).isValid());
    QLocale::setDefault(QLocale::c());
}
