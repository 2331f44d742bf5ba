# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = 法律扶助機構的資料包
packs-intro = 法律扶助機構可以給您一個資料包：這是一個檔案，裡面有機構的聯絡方式、當地的說明和更新內容。應用程式在使用它之前，會先檢查它是誰做的。不會傳送任何東西。
packs-install = 從檔案安裝資料包
packs-none = 還沒有安裝資料包。
pack-version = 版本 { $version }，{ $date } 製作
pack-from = 來自 { $publisher }
pack-key = 金鑰碼：{ $key }
pack-restore = 還原到之前的版本
pack-remove = 刪除這個資料包
pack-installed = 資料包已安裝。
pack-restored = 完成。資料包已還原成以前的樣子。

## Before installing
pack-review-title = 您信任這家法律扶助機構嗎？
pack-review-new = 這是這家機構的第一個資料包。安裝之前，請向這家機構核對名稱和金鑰碼：它們必須和機構告訴您的完全一樣。
pack-review-known = 這個資料包來自您已經信任的法律扶助機構。
pack-adds-title = 這個資料包會新增什麼
pack-adds-contacts = 新增到名錄的聯絡人
pack-adds-outdated = 名錄中過時聯絡人的回報
pack-adds-profile = 這家法律扶助機構的名稱、網站，以及印在列印卡片上的一行字
pack-adds-guides = 資料包自己的指南：{ $titles }
pack-adds-languages = 使用這些語言：{ $languages }
pack-adds-official = 一個會修改本應用程式自己文字的官方更新：{ $files }
pack-review-install = 信任並安裝
pack-review-update = 安裝更新
pack-review-cancel = 取消

## Where pack content shows
pack-guide-from = 本指南包含來自 { $publisher } 的修改。
home-clinic = 您的法律扶助機構
clinic-call = 打電話

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = 這個資料包太大。什麼都沒有改變。
pack-error-not-a-pack = 這個檔案不是 kyr 資料包，或是不完整。什麼都沒有改變。
pack-error-signature = 這個資料包在做好以後被改動過或損壞了。什麼都沒有改變。
pack-error-malformed = 這個資料包做得不正確。什麼都沒有改變。
pack-error-not-official = 這個資料包用了本應用程式自己的名稱，但它不是本應用程式的製作者做的。什麼都沒有改變。
pack-error-other-key = 這個資料包用了您信任的一家法律扶助機構的名稱，但它的金鑰不一樣。它可能不是這家機構的。什麼都沒有改變。
pack-error-not-newer = 您已經有這個資料包的版本 { $installed }。這個檔案是版本 { $offered }。什麼都沒有改變。
pack-error-built-in = 這個資料包試圖修改本應用程式自己的文字，例如要對執法人員說的話。只有 kyr 的官方更新才可以這樣做。什麼都沒有改變。
pack-error-content = 這個資料包有錯誤，所以什麼都沒有改變。在 { $file } 第 { $line } 行：{ $problem }
pack-error-io = 無法儲存這個資料包。什麼都沒有改變。
pack-broken = 無法讀取一個已安裝的資料包。應用程式暫時使用它自己的內容。
