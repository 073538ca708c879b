#include "GuiStallMonitor.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>

#include <algorithm>
#include <ctime>

GuiStallMonitor::GuiStallMonitor(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    QCoreApplication::instance()->installEventFilter(this);
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            &GuiStallMonitor::onAboutToBlock, Qt::DirectConnection);
}

GuiStallMonitor::~GuiStallMonitor()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void GuiStallMonitor::setArmed(bool armed)
{
    m_armed = armed;
    m_busySinceNs = -1;
}

bool GuiStallMonitor::eventFilter(QObject* watched, QEvent* event)
{
    // Only the first event after a wait: the filter must cost next to nothing.
    if (m_armed && m_busySinceNs < 0) {
        m_busySinceNs = m_clock.nsecsElapsed();
        m_busySinceCpuMs = threadCpuMs();
    }
    return QObject::eventFilter(watched, event);
}

void GuiStallMonitor::onAboutToBlock()
{
    if (m_busySinceNs < 0)
        return;
    const double ms = double(m_clock.nsecsElapsed() - m_busySinceNs) / 1e6;
    m_busySinceNs = -1;
    if (m_armed)
        m_stalls.append({ms, threadCpuMs() - m_busySinceCpuMs, m_label});
}

double GuiStallMonitor::threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QList<GuiStallMonitor::Stall> GuiStallMonitor::longest(QList<Stall> stalls, qsizetype count)
{
    std::stable_sort(stalls.begin(), stalls.end(),
                     [](const Stall& a, const Stall& b) { return a.ms > b.ms; });
    return stalls.mid(0, count);
}

QList<double> GuiStallMonitor::durations(const QList<Stall>& stalls)
{
    QList<double> ms;
    ms.reserve(stalls.size());
    for (const Stall& stall : stalls)
        ms.append(stall.ms);
    return ms;
}
