#pragma once

#include "domain/ServiceError.h"
#include "LatestRequest.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QList>

// The part every keyset-paged table shares: the first page on reload, the
// next one after the last row as the view scrolls (fetchMore), and only the
// newest request's answer taken. Subclasses say how a page is fetched and
// what a row shows. (A template, so not a Q_OBJECT: subclasses declare the
// signals and emit them from the hooks.)
template <class Row>
class KeysetTableModel : public QAbstractTableModel {
public:
    using Page = Result<QList<Row>>;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_fetching;
    }
    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent) || m_rows.isEmpty())
            return;
        m_fetching = true;
        m_latest.run(
            fetchPage(&m_rows.last(), m_pageSize), this,
            [this](const Page& page) {
                if (!page) {
                    m_fetching = false;
                    pageFailed(page.error().message());
                    return;
                }
                m_hasMore = page->size() == m_pageSize;
                if (!page->isEmpty()) {
                    // Still "fetching" while the rows go in: a view that asks
                    // for more from the insertion's signals must not ask for
                    // the page after the old last row a second time.
                    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
                    m_rows.append(*page);
                    endInsertRows();
                }
                m_fetching = false;
            },
            false);
    }

    // A page is on its way.
    bool isLoading() const { return m_fetching; }

    const Row* rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

protected:
    explicit KeysetTableModel(int pageSize, QObject* parent)
        : QAbstractTableModel(parent)
        , m_pageSize(pageSize)
    {}

    // The first page (`last` null) or the one after `last`.
    virtual QFuture<Page> fetchPage(const Row* last, int limit) = 0;
    virtual void pageFailed(const QString& message) = 0;
    virtual void firstPageLoaded() {}

    void reloadRows()
    {
        m_fetching = true;
        m_latest.run(fetchPage(nullptr, m_pageSize), this, [this](const Page& page) {
            if (!page) {
                m_fetching = false;
                pageFailed(page.error().message());
                return;
            }
            beginResetModel();
            m_rows = *page;
            m_hasMore = page->size() == m_pageSize;
            endResetModel();
            m_fetching = false;
            firstPageLoaded();
        });
    }
    const QList<Row>& rows() const { return m_rows; }

private:
    int m_pageSize;
    QList<Row> m_rows;
    bool m_hasMore = false;
    bool m_fetching = false;
    LatestRequest m_latest;
};
