import { asAssetId, type AssetId, type Contact } from '../../model/index.ts';
import type { CompiledStep } from '../compile/compile.ts';
import { DEP } from '../compile/compile.ts';
import { FLAG_BOUNCED, FLAG_UNSUBSCRIBED } from '../state/contacts.ts';
import { E_SENT } from '../state/enrollments.ts';
import { K, SKIP } from '../state/log.ts';
import { Q, type RunContext } from '../context.ts';
import { changed } from './changes.ts';
import { notifyWaits } from './enrollment-moves.ts';

/**
 * What contacts do: react to an email (bounce, open, click, download, unsubscribe, each after
 * a sampled delay), visit the site (visits.ts) and fill forms on their own.
 * Reactions follow the open: a click one minute after it, a download two minutes after the
 * click, an unsubscribe two minutes after the open (or at the reaction delay, unopened).
 */

export const REACT = { open: 1, click: 2, form: 3, unsubscribe: 4 } as const;
import { PER_WEEK_TO_PER_MINUTE } from './visits.ts';
import { reactingPersona } from './rates-from.ts';
const SITE_FORM = asAssetId('site-contact-form');

function touchActivity(sim: RunContext, i: number): number {
  sim.store.setColumn(i, sim.activityColumn, sim.nowMs, sim.nowMs);
  return sim.activityBit;
}

export function sendEmail(sim: RunContext, e: number, cs: CompiledStep): void {
  if (cs.step.kind !== 'send-email') return;
  const i = sim.enr.contact[e]!;
  const s = cs.index;
  const emailId = cs.step.email;
  const ei = sim.compiled.emailIndex.get(emailId) ?? -1;
  const flags = sim.store.flags[i]!;
  const address = sim.store.property(i, 'email');
  const skip = flags & FLAG_UNSUBSCRIBED ? SKIP.unsubscribed : flags & FLAG_BOUNCED ? SKIP.bounced : !address ? SKIP.noEmail : -1;
  if (skip >= 0) {
    sim.totals.skippedSends++;
    sim.log.add(sim.now, i, e, s, K.skipped, ei, skip);
    return;
  }
  sim.totals.emailsSent++;
  sim.enr.flags[e]! |= E_SENT;
  sim.log.add(sim.now, i, e, s, K.sent, ei, -1);
  sim.store.recordEmail(i, 'sent', emailId, sim.nowMs);
  const persona = reactingPersona(sim, i);
  const email = sim.compiled.emails[ei];
  const streams = sim.streams;
  if (!persona || streams.chance(i, persona.bounceRate)) {
    sim.store.flags[i]! |= FLAG_BOUNCED;
    sim.totals.bounced++;
    sim.log.add(sim.now, i, -1, s, K.bounced, ei, -1);
    sim.store.recordEmail(i, 'bounced', emailId, sim.nowMs);
    changed(sim, i, DEP.email);
    return;
  }
  sim.totals.delivered++;
  const delay = Math.max(1, Math.round(streams.logNormal(i, persona.reactionDelay.medianHours * 60, persona.reactionDelay.spread)));
  const opened = streams.chance(i, persona.openRate * (email?.openScale ?? 1));
  if (opened) {
    sim.schedule(sim.now + delay, Q.react, i, REACT.open, s);
    if (streams.chance(i, persona.clickRate * (email?.clickScale ?? 1))) {
      sim.schedule(sim.now + delay + 1, Q.react, i, REACT.click, s);
      const asset = email?.asset ? sim.compiled.assets[sim.compiled.assetIndex.get(email.asset) ?? -1] : undefined;
      if (email?.asset && streams.chance(i, persona.conversionRate * (asset?.conversionScale ?? 1))) {
        sim.schedule(sim.now + delay + 3, Q.react, i, REACT.form, s);
      }
    }
  }
  if (streams.chance(i, persona.unsubscribeRate)) sim.schedule(sim.now + delay + (opened ? 2 : 0), Q.react, i, REACT.unsubscribe, s);
  changed(sim, i, DEP.email);
}

export function handleReaction(sim: RunContext, i: number, code: number, s: number): void {
  const step = sim.compiled.steps[s]!.step;
  if (step.kind !== 'send-email') return;
  const emailId = step.email;
  const ei = sim.compiled.emailIndex.get(emailId) ?? -1;
  const at = sim.nowMs;
  switch (code) {
    case REACT.open:
    case REACT.click: {
      const open = code === REACT.open;
      if (open) sim.totals.opened++;
      else sim.totals.clicked++;
      sim.log.add(sim.now, i, -1, s, open ? K.opened : K.clicked, ei, -1);
      sim.store.recordEmail(i, open ? 'opened' : 'clicked', emailId, at);
      const bit = touchActivity(sim, i);
      notifyWaits(sim, i, open ? 'email-opened' : 'email-clicked', emailId);
      changed(sim, i, DEP.email | bit);
      return;
    }
    case REACT.form: {
      const asset = sim.compiled.emails[ei]?.asset;
      if (!asset) return;
      sim.totals.conversions++;
      submitForm(sim, i, asset, s, 0);
      return;
    }
    case REACT.unsubscribe:
      if (sim.store.flags[i]! & FLAG_UNSUBSCRIBED) return;
      sim.store.flags[i]! |= FLAG_UNSUBSCRIBED;
      sim.totals.unsubscribed++;
      sim.log.add(sim.now, i, -1, s, K.unsubscribed, ei, -1);
      sim.store.recordEmail(i, 'unsubscribed', emailId, at);
      changed(sim, i, DEP.email);
  }
}

function submitForm(sim: RunContext, i: number, asset: AssetId, s: number, spontaneous: 0 | 1): void {
  sim.log.add(sim.now, i, -1, s, K.submitted, sim.compiled.assetIndex.get(asset) ?? -1, spontaneous);
  sim.store.recordForm(i, asset, sim.nowMs);
  const bit = touchActivity(sim, i);
  notifyWaits(sim, i, 'form-submitted', asset);
  changed(sim, i, DEP.form | bit);
}

/** The contact's persona index: its own, else one drawn by share from its stream. */
export function choosePersona(sim: RunContext, i: number, contact: Contact): number {
  const personas = sim.compiled.personas;
  const own = personas.findIndex((x) => x.id === contact.persona);
  if (own >= 0) return own;
  const total = personas.reduce((s, x) => s + Math.max(0, x.share), 0);
  let r = sim.streams.next(i) * total;
  for (let k = 0; k < personas.length; k++) {
    r -= Math.max(0, personas[k]!.share);
    if (r < 0) return k;
  }
  return Math.max(0, personas.length - 1);
}

export function startBehaviour(sim: RunContext, i: number): void {
  const p = sim.compiled.personas[sim.store.persona(i)];
  if (!p) return;
  sim.visits.start(sim, i);
  if (p.formsPerWeek > 0) sim.schedule(sim.now + sim.streams.exponential(i, p.formsPerWeek * PER_WEEK_TO_PER_MINUTE), Q.form, i, 0, 0);
}

/** A spontaneous form fill of the contact's own: an asset of the project at random. */
export function handleForm(sim: RunContext, i: number): void {
  const p = sim.compiled.personas[sim.store.persona(i)]!;
  const assets = sim.compiled.assets;
  const asset = assets.length > 0 ? assets[Math.floor(sim.streams.next(i) * assets.length)]!.id : SITE_FORM;
  sim.totals.spontaneousForms++;
  submitForm(sim, i, asset, -1, 1);
  sim.schedule(sim.now + sim.streams.exponential(i, p.formsPerWeek * PER_WEEK_TO_PER_MINUTE), Q.form, i, 0, 0);
}
