#include "ImportPreviewDialog.h"

#include "ui/widgets/MessageLabel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName, const ImportPreview& preview,
                                         QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_import(nullptr)
{
    setObjectName(u"importPreviewDialog"_s);
    setWindowTitle(tr("Import %1").arg(fileName));
    const QLocale locale;
    const auto n = [&locale](qint64 value) {
        return locale.toString(value);
    };
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    const auto count = [](qint64 value) {
        return int(std::min<qint64>(value, INT_MAX));
    };
    QStringList lines;
    lines << tr("%Ln row(s) in the file.", nullptr, count(preview.rows));
    if (preview.problemCount > 0) {
        lines << tr("%Ln row(s) cannot be imported as they are; correct them in the file and "
                    "import it again. Nothing is written until every row is right.",
                    nullptr, count(preview.problemCount));
    } else {
        lines << tr("New: %1 product(s), %2 variant(s).")
                     .arg(n(preview.productsCreated), n(preview.variantsCreated))
              << tr("Changed: %1 product(s), %2 variant(s).")
                     .arg(n(preview.productsChanged), n(preview.variantsChanged))
              << tr("Left as they are: %1 row(s).").arg(n(preview.unchanged));
    }
    m_summary->setText(lines.join(u'\n'));

    m_problems->setObjectName(u"importProblems"_s);
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setRowCount(int(preview.problems.size()));
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(true);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < preview.problems.size(); ++row) {
        const ImportProblem& problem = preview.problems.at(row);
        auto* line = new QTableWidgetItem(n(problem.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1,
                            new QTableWidgetItem(problem.column.isEmpty() ? tr("(the whole line)")
                                                                          : problem.column));
        auto* reason = new QTableWidgetItem(problem.reason);
        reason->setToolTip(problem.reason);
        m_problems->setItem(row, 2, reason);
    }
    // Rows as tall as their wrapped reason, at whatever width the column gets.
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->setVisible(!preview.problems.isEmpty());

    auto* buttons = new QDialogButtonBox(this);
    if (preview.canApply()) {
        m_import = buttons->addButton(tr("Import %1 row(s)").arg(n(preview.rows)),
                                      QDialogButtonBox::AcceptRole);
        m_import->setObjectName(u"importConfirm"_s);
        m_import->setDefault(true);
    }
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"importCancel"_s);
    if (!m_import)
        cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    if (preview.problemCount > preview.problems.size()) {
        auto* more = new QLabel(
            tr("The first %1 problems are shown.").arg(n(preview.problems.size())), this);
        layout->addWidget(more);
    }
    layout->addWidget(m_problems, 1);
    if (preview.problems.isEmpty())
        layout->addStretch(1);
    layout->addWidget(buttons);
    resize(preview.problems.isEmpty() ? QSize(440, 180) : QSize(720, 420));
}
