#pragma once

#include "domain/ImportPreview.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// What importing a listings file would do, before anything is written: how
// many products and variants it creates and changes, how many rows it leaves
// alone, and every bad row with its line, column and reason. "Import" is
// offered only when no row is bad.
class ImportPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)
public:
    ImportPreviewDialog(const QString& fileName, const ImportPreview& preview,
                        QWidget* parent = nullptr);

private:
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_import;
};
