# Function-size profile of a wasm file with a name section (build with names kept:
# wasm-bindgen --keep-debug, wasm-opt -g). Prints code bytes per crate and the largest
# functions. Usage: python3 .ci/wasm-profile.py file.wasm
import sys, re, collections
data=open(sys.argv[1],'rb').read()
def leb(b,i):
    r=0;s=0
    while True:
        x=b[i];i+=1;r|=(x&0x7f)<<s;s+=7
        if x<0x80: return r,i
i=8; sections={}; imports_funcs=0; code=None; names={}
while i<len(data):
    sid=data[i]; i+=1; size,i=leb(data,i); body=data[i:i+size]
    if sid==2:
        j=0;n,j=leb(body,j)
        for _ in range(n):
            l,j=leb(body,j); j+=l; l,j=leb(body,j); j+=l; kind=body[j]; j+=1
            if kind==0: _,j=leb(body,j); imports_funcs+=1
            elif kind==1: j+=1; fl,j=leb(body,j); _,j=leb(body,j); j = leb(body,j)[1] if fl&1 else j
            elif kind==2: fl,j=leb(body,j); _,j=leb(body,j); j = leb(body,j)[1] if fl&1 else j
            elif kind==3: j+=2
            elif kind==4: j+=1; _,j=leb(body,j)
    if sid==10: code=body
    if sid==11: print("data section bytes", size)
    if sid==0:
        nl,j=leb(body,0); nm=body[j:j+nl].decode(); j+=nl
        if nm=="name":
            while j<len(body):
                sub=body[j]; j+=1; sz,j=leb(body,j); end=j+sz
                if sub==1:
                    n,k=leb(body,j)
                    for _ in range(n):
                        idx,k=leb(body,k); l,k=leb(body,k); names[idx]=body[k:k+l].decode('utf8','replace'); k+=l
                j=end
    i+=size
j=0;n,j=leb(code,0);sizes=[]
for f in range(n):
    sz,j=leb(code,j); sizes.append((sz,names.get(imports_funcs+f,'?'))); j+=sz
print("code bytes", sum(s for s,_ in sizes), "functions", len(sizes))
groups=collections.Counter()
for s,nm in sizes:
    m=re.sub(r'17h[0-9a-f]{16}E$','',nm)
    key=None
    for pat in ['yew','serde_json','serde_path_to_error','serde_wasm_bindgen','serde','wasm_bindgen','js_sys','web_sys','itcq_widget','itcq_core','itcq_text','itcq_formats','itcq_msp','itcq_journey','itcq_web','itcq_api','itcq_briefing','core..fmt','alloc','core','std','dlmalloc','hashbrown','implicit_clone']:
        if pat in m: key=pat;break
    groups[key or 'other']+=s
for k,v in groups.most_common(25): print(f"{v:>8} {k}")
print("--- top functions")
for s,nm in sorted(sizes,reverse=True)[:int(sys.argv[2]) if len(sys.argv) > 2 else 25]: print(s, nm[:150])
