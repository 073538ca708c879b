// Money as typed: exact, in the user's locale, and a decimal written the
// other locale's way is refused rather than read 100 times too large.
#include "domain/Money.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TstMoney : public QObject {
    Q_OBJECT

private slots:
    void typedText_data();
    void typedText();
};

void TstMoney::typedText_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents"); // -1: refused
    QTest::newRow("en plain") << u"en_US"_s << u"12"_s << qint64(1200);
    QTest::newRow("en decimal") << u"en_US"_s << u"12.34"_s << qint64(1234);
    QTest::newRow("en grouped") << u"en_US"_s << u"1,234.50"_s << qint64(123450);
    QTest::newRow("en two groups") << u"en_US"_s << u"1,234,567"_s << qint64(123456700);
    QTest::newRow("en German decimal") << u"en_US"_s << u"12,34"_s << qint64(-1);
    QTest::newRow("en bad group") << u"en_US"_s << u"1,23"_s << qint64(-1);
    QTest::newRow("en three decimals") << u"en_US"_s << u"12.345"_s << qint64(-1);
    QTest::newRow("en group after point") << u"en_US"_s << u"1.234,5"_s << qint64(-1);
    QTest::newRow("en negative") << u"en_US"_s << u"-1,000.00"_s << qint64(-100000);
    QTest::newRow("de decimal") << u"de_DE"_s << u"9,99"_s << qint64(999);
    QTest::newRow("de grouped") << u"de_DE"_s << u"1.234,50"_s << qint64(123450);
    QTest::newRow("de English decimal") << u"de_DE"_s << u"9.99"_s << qint64(-1);
    QTest::newRow("de three decimals") << u"de_DE"_s << u"12,345"_s << qint64(-1);
    QTest::newRow("empty") << u"en_US"_s << QString() << qint64(-1);
    QTest::newRow("letters") << u"en_US"_s << u"cheap"_s << qint64(-1);
}

void TstMoney::typedText()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto money = Money::fromUserText(text, QLocale(locale));
    if (cents == -1) {
        QVERIFY2(!money, qPrintable(text));
        return;
    }
    QVERIFY2(money, qPrintable(text));
    QCOMPARE(money->cents(), cents);
}

QTEST_APPLESS_MAIN(TstMoney)
#include "tst_money.moc"
