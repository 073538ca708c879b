#pragma once

#include <QtGlobal>

#include <functional>

// What long work on the database thread sees of its caller: whether it was
// cancelled, and where to report progress (the QFuture's progress range).
class TaskControl final {
public:
    TaskControl() = default;
    TaskControl(std::function<bool()> cancelled, std::function<void(qint64, qint64)> progress)
        : m_cancelled(std::move(cancelled))
        , m_progress(std::move(progress))
    {}

    bool isCanceled() const { return m_cancelled && m_cancelled(); }
    void setProgress(qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress(done, total);
    }

private:
    std::function<bool()> m_cancelled;
    std::function<void(qint64, qint64)> m_progress;
};
