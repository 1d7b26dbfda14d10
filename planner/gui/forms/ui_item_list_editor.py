# GENERATED FILE: DO NOT EDIT.
# Made from ui/item_list_editor.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

class Ui_ItemListEditor(object):
    def setupUi(self, ItemListEditor):
        if not ItemListEditor.objectName():
            ItemListEditor.setObjectName(u"ItemListEditor")
        ItemListEditor.resize(720, 260)
        self.editorLayout = QHBoxLayout(ItemListEditor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.itemList = QListView(ItemListEditor)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMinimumSize(QSize(220, 120))
        self.itemList.setMaximumSize(QSize(300, 16777215))
        self.itemList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.itemList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemList.setWordWrap(False)

        self.listColumn.addWidget(self.itemList)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(4)
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(ItemListEditor)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.removeButton = QPushButton(ItemListEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonRow.addWidget(self.removeButton)

        self.upButton = QToolButton(ItemListEditor)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setArrowType(Qt.ArrowType.UpArrow)

        self.buttonRow.addWidget(self.upButton)

        self.downButton = QToolButton(ItemListEditor)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setArrowType(Qt.ArrowType.DownArrow)

        self.buttonRow.addWidget(self.downButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.listColumn.addLayout(self.buttonRow)

        self.suggestButton = QPushButton(ItemListEditor)
        self.suggestButton.setObjectName(u"suggestButton")

        self.listColumn.addWidget(self.suggestButton)


        self.editorLayout.addLayout(self.listColumn)

        self.detailStack = QStackedWidget(ItemListEditor)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyDetail = QWidget()
        self.emptyDetail.setObjectName(u"emptyDetail")
        self.emptyDetailLayout = QVBoxLayout(self.emptyDetail)
        self.emptyDetailLayout.setObjectName(u"emptyDetailLayout")
        self.emptyDetailLabel = QLabel(self.emptyDetail)
        self.emptyDetailLabel.setObjectName(u"emptyDetailLabel")
        self.emptyDetailLabel.setText(u"Nothing selected")
        self.emptyDetailLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyDetailLabel.setWordWrap(True)

        self.emptyDetailLayout.addWidget(self.emptyDetailLabel)

        self.detailStack.addWidget(self.emptyDetail)
        self.detailPage = QWidget()
        self.detailPage.setObjectName(u"detailPage")
        self.detailLayout = QVBoxLayout(self.detailPage)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.detailLayout.addLayout(self.detailForm)

        self.extraArea = QVBoxLayout()
        self.extraArea.setObjectName(u"extraArea")

        self.detailLayout.addLayout(self.extraArea)

        self.detailStack.addWidget(self.detailPage)

        self.editorLayout.addWidget(self.detailStack)


        self.retranslateUi(ItemListEditor)
    # setupUi

    def retranslateUi(self, ItemListEditor):
        self.addButton.setText(QCoreApplication.translate("ItemListEditor", u"Add", None))
        self.removeButton.setText(QCoreApplication.translate("ItemListEditor", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("ItemListEditor", u"Move up (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("ItemListEditor", u"Move up", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("ItemListEditor", u"Move down (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("ItemListEditor", u"Move down", None))
#endif // QT_CONFIG(accessibility)
        self.suggestButton.setText(QCoreApplication.translate("ItemListEditor", u"Add the suggested items", None))
        pass
    # retranslateUi
