#include "ui/editor/fieldrow.h"

#include "ui/editor/fieldeditors.h"
#include "ui/widgets/fieldmessage.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {
// One icon for every row: looking it up in the style per row is measurable when a form is built.
QIcon revertIcon(QStyle *style)
{
    static QIcon icon;
    if (icon.isNull())
        // Undo, not "clear" (the reset icon falls back to edit-clear, a paintbrush, without a theme).
        icon = QIcon::fromTheme(QStringLiteral("edit-undo"), style->standardIcon(QStyle::SP_ArrowBack));
    return icon;
}
} // namespace

FieldRow::FieldRow(const QString &name, FieldEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_label(new QLabel(parent))
    , m_editor(editor)
    , m_dirtyMarker(new QLabel(this))
    , m_revertButton(new QToolButton(this))
    , m_errorLabel(new FieldMessage(this))
    , m_elsewhereMarker(new QLabel(this))
    , m_elsewhereTimer(new QTimer(this))
{
    // Tests and accessibility tools find a property's widgets by these names.
    setObjectName(QStringLiteral("row_") + name);
    m_label->setObjectName(QStringLiteral("label_") + name);
    m_editor->setObjectName(QStringLiteral("editor_") + name);
    input()->setObjectName(QStringLiteral("field_") + name);
    m_dirtyMarker->setObjectName(QStringLiteral("dirty_") + name);
    m_revertButton->setObjectName(QStringLiteral("revert_") + name);
    m_errorLabel->setObjectName(QStringLiteral("error_") + name);
    m_elsewhereMarker->setObjectName(QStringLiteral("elsewhere_") + name);

    m_editor->setParent(this);
    m_label->setBuddy(input());

    m_dirtyMarker->setText(QStringLiteral("\u25CF"));
    m_dirtyMarker->setToolTip(tr("Changed, not saved yet"));
    m_dirtyMarker->setAccessibleName(tr("Changed"));
    m_revertButton->setIcon(revertIcon(style()));
    m_revertButton->setAutoRaise(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setField(input(), m_label);
    // A mark beside the input, as the "changed" marker is: a line of its own under the field pushed
    // the rest of the form down for six seconds and pulled it back. The words are its tooltip, its
    // accessible name and, while it shows, the field's accessible description; the banner names the
    // field too.
    m_elsewhereMarker->setText(QStringLiteral("\u21BB")); // ↻, taken again from the server
    QFont markFont = m_elsewhereMarker->font(); // to be seen at a glance, not read
    markFont.setBold(true);
    if (markFont.pointSizeF() > 0)
        markFont.setPointSizeF(markFont.pointSizeF() * 1.25);
    else
        markFont.setPixelSize(markFont.pixelSize() * 5 / 4);
    m_elsewhereMarker->setFont(markFont);
    m_elsewhereMarker->setToolTip(changedElsewhereText());
    m_elsewhereMarker->setAccessibleName(tr("Changed elsewhere"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_editor, 0, 0);
    layout->addWidget(m_elsewhereMarker, 0, 1); // next to the value it is about
    layout->addWidget(m_dirtyMarker, 0, 2);
    layout->addWidget(m_revertButton, 0, 3);
    layout->addWidget(m_errorLabel, 1, 0, 1, 4);
    m_elsewhereMarker->hide();
    m_elsewhereTimer->setSingleShot(true);
    connect(m_elsewhereTimer, &QTimer::timeout, this, &FieldRow::unmarkChangedElsewhere);
    layout->setColumnStretch(0, 1);
    // Markers take their room even when hidden so that fields do not jump when edited.
    for (QWidget *marker : {static_cast<QWidget *>(m_dirtyMarker), static_cast<QWidget *>(m_revertButton),
                            static_cast<QWidget *>(m_elsewhereMarker)}) {
        QSizePolicy keep = marker->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        marker->setSizePolicy(keep);
    }

    setDirty(false);
    setError(QString());
    connect(m_revertButton, &QToolButton::clicked, this, [this] { Q_EMIT revertRequested(m_name); });
}

FieldRow::~FieldRow()
{
    delete m_label;
}

int FieldRow::markerWidth() const
{
    const int spacing = static_cast<QGridLayout *>(layout())->horizontalSpacing();
    return m_dirtyMarker->sizeHint().width() + m_revertButton->sizeHint().width()
        + m_elsewhereMarker->sizeHint().width() + 3 * spacing;
}

QWidget *FieldRow::input() const
{
    return m_editor->input();
}

void FieldRow::setLabelText(const QString &text, bool required, bool identity)
{
    m_labelText = text;
    QString shown = text;
    QStringList hints;
    if (identity) {
        shown = tr("%1 (sign-in)").arg(shown);
        hints << tr("Used to sign in; must be unique");
    }
    if (required) {
        shown = tr("%1 *").arg(shown);
        hints << tr("Required");
    }
    m_label->setText(shown);
    m_label->setToolTip(hints.join(QLatin1Char('\n')));
    input()->setAccessibleName(text);
    m_revertButton->setToolTip(tr("Revert %1 to the saved value").arg(text));
    m_revertButton->setAccessibleName(tr("Revert %1").arg(text));
}

void FieldRow::setDirty(bool dirty)
{
    m_dirtyMarker->setVisible(dirty);
    m_revertButton->setVisible(dirty);
}

void FieldRow::setError(const QString &message)
{
    m_errorLabel->setMessage(message);
    // The field's description carries an error first; the mark's words again once it has none.
    if (message.isEmpty() && isMarkedChangedElsewhere())
        input()->setAccessibleDescription(changedElsewhereText());
}

QString FieldRow::changedElsewhereText()
{
    return tr("Changed elsewhere: just changed on another device, and now shown as the server has it");
}

void FieldRow::markChangedElsewhere(int ms)
{
    m_elsewhereMarker->show();
    m_elsewhereTimer->start(ms);
    if (error().isEmpty())
        input()->setAccessibleDescription(changedElsewhereText());
}

void FieldRow::unmarkChangedElsewhere()
{
    m_elsewhereMarker->hide();
    if (input()->accessibleDescription() == changedElsewhereText())
        input()->setAccessibleDescription(QString());
}

bool FieldRow::isMarkedChangedElsewhere() const
{
    return !m_elsewhereMarker->isHidden();
}

QString FieldRow::error() const
{
    return m_errorLabel->message();
}
