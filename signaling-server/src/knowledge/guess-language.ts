import type { ArticleLanguage } from '../../protocol';

// Characters common in support texts that exist in one Chinese script only.
const SIMPLIFIED_ONLY = /[个们这为无机体与说开关电脑网线问题连接码户设备软载视时间确认显样]/gu;
const TRADITIONAL_ONLY = /[個們這為無機體與說開關電腦網線問題連接碼戶設備軟載視時間確認顯樣]/gu;

/** The product language a text is most likely written in, from its script (and, for Chinese, its characters). */
export function guessLanguage(text: string): ArticleLanguage {
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Han}/u.test(text)) {
    const simplified = text.match(SIMPLIFIED_ONLY)?.length ?? 0;
    const traditional = text.match(TRADITIONAL_ONLY)?.length ?? 0;
    return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
  }
  // Letters only Vietnamese uses among the product's languages.
  if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(text)) return 'vi';
  return 'en';
}
