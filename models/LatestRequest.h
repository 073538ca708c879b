#pragma once

#include "db/WhenReady.h"

#include <QFuture>
#include <QObject>

#include <utility>

// Hands a model only the answers to its newest request. A reload (or a new
// query) started while an older one still runs makes the older answer stale:
// it is dropped instead of overwriting the newer rows.
class LatestRequest final {
public:
    LatestRequest() = default;
    Q_DISABLE_COPY_MOVE(LatestRequest)

    // Calls `onAnswer(result)` on `context`'s thread unless a request that
    // replaces the earlier ones was made meanwhile. `replacesEarlier` is false
    // for a request that continues the current one (the next page).
    template <class T, class F>
    void run(const QFuture<T>& future, QObject* context, F&& onAnswer, bool replacesEarlier = true)
    {
        if (replacesEarlier)
            ++m_generation;
        whenReady(future, context,
                  [this, generation = m_generation,
                   onAnswer = std::forward<F>(onAnswer)](const T& answer) mutable {
                      if (generation == m_generation)
                          onAnswer(answer);
                  });
    }

private:
    int m_generation = 0;
};
