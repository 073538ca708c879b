// The stall monitor of bench gui: a GUI thread kept busy is measured at least
// as long as it was busy, and the time the event loop waits is not counted.
// Lower bounds only: a busy machine can only make a stall longer.
#include "cli/GuiStallMonitor.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TstGuiStallMonitor final : public QObject {
    Q_OBJECT

private slots:
    void busyHandlerIsOneStallAtLeastAsLong()
    {
        GuiStallMonitor monitor;
        monitor.setArmed(true);
        monitor.setLabel(u"busy"_s);
        QEventLoop loop;
        QTimer::singleShot(0, &loop, [] {
            QElapsedTimer busy;
            busy.start();
            while (busy.elapsed() < 60) {
            }
        });
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        const auto longest = GuiStallMonitor::longest(monitor.stalls(), 1);
        QCOMPARE(longest.size(), 1);
        QVERIFY2(longest.first().ms >= 60.0, qPrintable(QString::number(longest.first().ms)));
        QCOMPARE(longest.first().label, u"busy"_s);
    }

    void waitingIsNotCounted()
    {
        GuiStallMonitor monitor;
        monitor.setArmed(true);
        QEventLoop loop;
        QElapsedTimer wall;
        wall.start();
        // The loop sleeps 300 ms, then one cheap timer event quits it.
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        const qint64 waited = wall.elapsed();
        QVERIFY(waited >= 300);
        double busy = 0;
        for (const GuiStallMonitor::Stall& stall : monitor.stalls())
            busy += stall.ms;
        // Had the wait been counted, the busy time would be about all of it.
        QVERIFY2(busy < waited / 2.0, qPrintable(QString::number(busy)));
    }

    void disarmedRecordsNothing()
    {
        GuiStallMonitor monitor;
        QEventLoop loop;
        QTimer::singleShot(0, &loop, [] {});
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(monitor.stalls().isEmpty());
    }
};

QTEST_MAIN(TstGuiStallMonitor)
#include "tst_gui_stall_monitor.moc"
