// The small input widgets of issue #12 on their own: a number field that
// keeps what was typed and says why it cannot be taken, and a date filter
// whose calendar opens at today's month while the filter is empty.
#include "ui/widgets/CheckedSpinBox.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class TstWidgets : public QObject {
    Q_OBJECT

private slots:
    void spinBoxKeepsWhatWasTyped();
    void emptyDateFilterOpensAtToday();
};

void TstWidgets::spinBoxKeepsWhatWasTyped()
{
    CheckedSpinBox spin;
    spin.setAllowedRange(1, 100, u"A percentage is from 1 to 100; you wrote %1."_s);
    spin.show();
    QVERIFY(QTest::qWaitForWindowExposed(&spin));
    spin.clear();
    QTest::keyClicks(&spin, u"150"_s);
    QCOMPARE(spin.value(), 150); // not 15
    QCOMPARE(spin.problem(), u"A percentage is from 1 to 100; you wrote 150."_s);
    QVERIFY(spin.property("invalidInput").toBool());
    spin.clear();
    QTest::keyClicks(&spin, u"-3"_s);
    QCOMPARE(spin.value(), -3); // not 3
    QVERIFY(!spin.problem().isEmpty());
    spin.setValue(42);
    QVERIFY(spin.problem().isEmpty());
    QVERIFY(!spin.property("invalidInput").toBool());
    // The arrows stay inside the range.
    spin.setValue(100);
    QTest::keyClick(&spin, Qt::Key_Up);
    QCOMPARE(spin.value(), 100);
}

void TstWidgets::emptyDateFilterOpensAtToday()
{
    OptionalDateEdit edit(u"From: any"_s);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QVERIFY(!edit.chosenDate().isValid());
    QCOMPARE(edit.text(), u"From: any"_s);
    // What the popup does as it opens: select the field's date, then show.
    QCalendarWidget* calendar = edit.calendarWidget();
    calendar->setSelectedDate(edit.date());
    calendar->parentWidget()->show();
    const QDate today = QDate::currentDate();
    QTRY_COMPARE(calendar->yearShown(), today.year());
    QCOMPARE(calendar->monthShown(), today.month());
    calendar->parentWidget()->hide();
    edit.setDate(QDate(2024, 3, 5));
    QCOMPARE(edit.chosenDate(), QDate(2024, 3, 5));
    edit.clear();
    QVERIFY(!edit.chosenDate().isValid());
}

QTEST_MAIN(TstWidgets)
#include "tst_widgets.moc"
