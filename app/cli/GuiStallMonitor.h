#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

// How long the GUI thread goes without returning to its event loop. A stall
// starts with the first event delivered after the loop last got ready to wait
// (an application event filter sees every event, timers and posted events
// included) and ends when the loop next gets ready to wait
// (QAbstractEventDispatcher::aboutToBlock). The time the loop sleeps is
// never counted. Each stall carries the label that was set when it ended
// (what the user was doing) and the GUI thread's CPU time in it: a stall
// much longer than its CPU time waited (on the disk, a lock) or was
// preempted by other processes.
class GuiStallMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiStallMonitor)
public:
    struct Stall {
        double ms = 0;
        double cpuMs = 0;
        QString label;
    };

    // This thread's CPU time.
    static double threadCpuMs();

    // Construct on the GUI thread, after the application object.
    explicit GuiStallMonitor(QObject* parent = nullptr);
    ~GuiStallMonitor() override;

    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    void setLabel(const QString& label) { m_label = label; }
    const QString& label() const { return m_label; }

    // Every stall recorded so far, in order; a phase is a range of them.
    const QList<Stall>& stalls() const { return m_stalls; }
    qsizetype mark() const { return m_stalls.size(); }
    QList<Stall> since(qsizetype mark) const { return m_stalls.mid(mark); }
    // The `count` longest of `stalls`, longest first.
    static QList<Stall> longest(QList<Stall> stalls, qsizetype count);
    static QList<double> durations(const QList<Stall>& stalls);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onAboutToBlock();

    QElapsedTimer m_clock;
    qint64 m_busySinceNs = -1; // -1: the loop is idle or about to wait
    double m_busySinceCpuMs = 0;
    bool m_armed = false;
    QString m_label;
    QList<Stall> m_stalls;
};
