#include "testboot/vmscreenwidget.h"

#include "testboot/vmmonitor.h"

#include <QKeyEvent>
#include <QPainter>

namespace Bootlace {

VmScreenWidget::VmScreenWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Virtual machine screen"));
    setMinimumSize(320, 200);
}

void VmScreenWidget::setScreen(const QImage &screen)
{
    m_screen = screen;
    update();
}

void VmScreenWidget::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void VmScreenWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_screen.isNull()) {
        p.setPen(QColor(0xc0, 0xc0, 0xc0));
        p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    } else {
        // Integer scaling keeps the VGA text crisp when it fits; otherwise scale smoothly.
        const QSize img = m_screen.size();
        const int factor = std::min(width() / img.width(), height() / img.height());
        QSize target = factor >= 1 ? img * factor : img.scaled(size(), Qt::KeepAspectRatio);
        const QRect area(QPoint((width() - target.width()) / 2, (height() - target.height()) / 2), target);
        p.setRenderHint(QPainter::SmoothPixmapTransform, factor < 1);
        p.drawImage(area, m_screen);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void VmScreenWidget::keyPressEvent(QKeyEvent *event)
{
    const QString name = VmMonitor::qemuKeyName(event->key(), event->modifiers(), event->text());
    if (name.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    Q_EMIT keyPressed(name);
}

void VmScreenWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

bool VmScreenWidget::focusNextPrevChild(bool)
{
    return false; // Tab belongs to the guest
}

} // namespace Bootlace
