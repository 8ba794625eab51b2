#pragma once

#include <QDialog>

#include "core/userexport.h"

class QButtonGroup;
class QListWidget;
class QRadioButton;

// Asks what a Directory export writes: CSV or JSON, the users of the current query or the
// selected ones, and which columns (the password is never offered). The Directory asks for the
// file and runs the export (UserExporter) once this dialog is accepted.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `columns`: the properties offered, in order; `checked` those ticked at first.
    ExportDialog(const QStringList &columns, const QStringList &checked, qint64 queryCount, int selectedCount,
                 QWidget *parent = nullptr);

    UserExportRequest::Format format() const;
    bool selectionOnly() const;
    QStringList columns() const;

private:
    QRadioButton *m_csv;
    QRadioButton *m_json;
    QRadioButton *m_query;
    QRadioButton *m_selection;
    QListWidget *m_columns;
};
